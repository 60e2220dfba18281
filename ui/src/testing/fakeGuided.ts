// The fake backend's records of an Appreciative Inquiry's board and a learning set
// meeting, and the learning sets: stored whole, with the bidding order Rust works out and
// the rounds a meeting's bids plan. A Retrospect's, a Before Action Review's and a Peer
// Assist's replies are not faked: their tests replay what the app recorded.
import type { Action } from '../lib/bindings/Action';
import type { Agenda } from '../lib/bindings/Agenda';
import type { IpcError } from '../lib/bindings/IpcError';
import type { SeriesOverview } from '../lib/bindings/SeriesOverview';
import type { LiveStatus } from '../lib/bindings/LiveStatus';
import type { Need } from '../lib/bindings/Need';
import type { Person } from '../lib/bindings/Person';
import type { Session } from '../lib/bindings/Session';
import type { SessionSummary } from '../lib/bindings/SessionSummary';
import type { SetMeeting } from '../lib/bindings/SetMeeting';
import type { TechniqueId } from '../lib/bindings/TechniqueId';
import type { TechniqueOverview } from '../lib/bindings/TechniqueOverview';
import type { TechniqueRecord } from '../lib/bindings/TechniqueRecord';
import type { TechniqueView } from '../lib/bindings/TechniqueView';
import type { HandlerMap } from './fakeRecords';
import recorded from './recorded/records.json';

type GuidedCommand =
  | 'technique_get'
  | 'technique_change'
  | 'series_list'
  | 'series_create'
  | 'series_update'
  | 'series_delete'
  | 'series_next_meeting'
  | 'series_carried';

const refuse = (message: string, field: string | null = null): IpcError => ({ kind: 'Invalid', message, field });

const NEED: Need[] = ['low', 'medium', 'high'];

/** Each technique's record as Rust starts it, recorded by the Rust bindings test. */
const EMPTY = recorded as unknown as Record<TechniqueId, TechniqueRecord | null>;

/** An empty record for a technique that keeps one, as Rust starts it. A Fishbowl's and a
 *  Knowledge Café's are their own fakes' (fakeFishbowl.ts, fakeCafe.ts). */
export function emptyRecord(technique: TechniqueId): TechniqueRecord | null {
  if (technique === 'fishbowl' || technique === 'knowledge-cafe') return null;
  const empty = EMPTY[technique];
  return empty ? structuredClone(empty) : null;
}

export function biddingOrder(meeting: SetMeeting): string[] {
  return meeting.bids
    .map((bid, index) => ({ bid, index }))
    .sort((a, b) => NEED.indexOf(b.bid.need) - NEED.indexOf(a.bid.need) || a.index - b.index)
    .map(({ bid }) => bid.person_id);
}

function overviewOf(record: TechniqueRecord, session: Session): TechniqueOverview {
  switch (record.technique) {
    case 'retrospect':
      throw new Error("A Retrospect's replies are recorded: replay transcripts/retrospect.json.");
    case 'before-action-review':
      throw new Error("A Before Action Review's replies are recorded: replay transcripts/before-action-review.json.");
    case 'action-learning-sets':
      return { technique: 'action-learning-sets', overview: { order: biddingOrder(record.record) } };
    case 'peer-assist':
      throw new Error("A Peer Assist's replies are recorded: replay transcripts/peer-assist.json.");
    case 'appreciative-inquiry':
      return { technique: 'appreciative-inquiry', overview: {} };
    case 'after-action-review':
      return { technique: 'after-action-review', overview: null };
    case 'fishbowl':
    case 'knowledge-cafe':
      throw new Error(`A ${record.technique} record is its own fake's (fakeFishbowl.ts, fakeCafe.ts).`);
  }
}

function viewOf(record: TechniqueRecord, session: Session, finished: boolean): TechniqueView {
  const confidential = record.technique === 'action-learning-sets' && record.record.rounds.some((r) => r.confidential && r.step_ids.length > 0);
  return { record, overview: overviewOf(record, session), finished, confidential };
}

export interface GuidedHooks {
  session: (id: string) => Session;
  sessions: () => Session[];
  people: () => Person[];
  status: (id: string) => LiveStatus;
  agenda: (id: string) => Agenda | null;
  /** Replaces the steps after the step with id `after` (as SetUpcoming does). */
  setUpcoming: (id: string, after: number, steps: Agenda['steps']) => Agenda;
  actions: () => Action[];
  createSession: (title: string, scheduledAt: string, people: Person[]) => Session;
  publish: (id: string) => void;
}

export class FakeGuided {
  records = new Map<string, TechniqueRecord>();
  sets: SeriesOverview[] = [];
  #counter = 900;
  readonly #hooks: GuidedHooks;

  constructor(hooks: GuidedHooks) {
    this.#hooks = hooks;
  }

  #id(prefix: string): string {
    this.#counter += 1;
    return `${prefix}-${this.#counter}`;
  }

  #read(session: Session): TechniqueRecord {
    const empty = emptyRecord(session.technique);
    if (!empty) throw refuse('This technique keeps no record of its own besides its notes and actions.');
    return structuredClone(this.records.get(session.id) ?? empty);
  }

  #meetings(setId: string): SessionSummary[] {
    return this.#hooks
      .sessions()
      .filter((s) => {
        const r = this.records.get(s.id);
        return r?.technique === 'action-learning-sets' && r.record.set_id === setId;
      })
      .sort((a, b) => a.scheduled_at.localeCompare(b.scheduled_at))
      .map((s) => ({
        id: s.id,
        technique: s.technique,
        title: s.title,
        scheduled_at: s.scheduled_at,
        facilitator: s.facilitator,
        location: s.location,
        status: s.status,
        participant_count: s.participants.length,
        updated_at: s.updated_at,
        deleted_at: null,
      }));
  }

  #refresh(set: SeriesOverview): SeriesOverview {
    return { ...set, members: this.#hooks.people().filter((p) => set.series.members.includes(p.id)), meetings: this.#meetings(set.series.id) };
  }

  #setInput(name: string, members: string[]): { name: string; members: string[] } {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (!clean) throw refuse('Give the set a name.', 'name');
    const unique = [...new Set(members)];
    if (unique.length > 12) throw refuse('A learning set works in a small group: keep it to 12 members.', 'members');
    return { name: clean, members: unique };
  }

  #save(sessionId: string, record: TechniqueRecord): TechniqueView {
    const session = this.#hooks.session(sessionId);
    this.#read(session);
    if (record.technique !== session.technique) throw refuse('That change belongs to another technique.');
    if (this.#hooks.status(sessionId) === 'finished') throw refuse('This session has finished, so its record can no longer change.');
    this.records.set(sessionId, structuredClone(record));
    this.#hooks.publish(sessionId);
    return viewOf(structuredClone(record), session, false);
  }

  #planRounds(sessionId: string): TechniqueView {
    const session = this.#hooks.session(sessionId);
    if (this.#hooks.status(sessionId) === 'finished') throw refuse('This session has finished, so its record can no longer change.');
    const record = this.#read(session);
    if (record.technique !== 'action-learning-sets') throw refuse('That change belongs to another technique.');
    const meeting = record.record;
    if (meeting.bids.length === 0) throw refuse('Nobody has bid for time yet: take the bids first.');
    const name = (id: string) => session.participants.find((p) => p.person_id === id)?.name ?? 'A member';
    const steps: Agenda['steps'] = [];
    const rounds: { presenter: string; positions: number[] }[] = [];
    const step = (title: string, minutes: number, questions: string[] = [], optional = false) => {
      steps.push({ id: 0, key: null, title, questions, prompts: [], planned_secs: minutes * 60, optional });
      return steps.length - 1;
    };
    for (const presenter of biddingOrder(meeting)) {
      const positions = [step(`${name(presenter)}: presentation`, meeting.timings.presentation)];
      positions.push(
        step(`${name(presenter)}: questions and actions`, meeting.timings.questions, [
          'Goal: What do you want?',
          'Reality: What is happening now?',
          'Options: What could you do?',
          'Will: What will you do?',
        ]),
      );
      if (meeting.gift_round) positions.push(step(`${name(presenter)}: “gift” round`, meeting.timings.gift, [], true));
      positions.push(step(`${name(presenter)}: learning and review`, meeting.timings.learning));
      rounds.push({ presenter, positions });
    }
    step("Review of the set's process", Math.max(meeting.timings.learning, 10));
    const agenda = this.#hooks.setUpcoming(sessionId, 2, steps);
    const after = agenda.steps.findIndex((s) => s.id === 2);
    const ids = agenda.steps.slice(after + 1).map((s) => s.id);
    const planned: TechniqueRecord = {
      technique: 'action-learning-sets',
      record: {
        ...meeting,
        rounds: rounds.map(({ presenter, positions }) => ({
          presenter,
          step_ids: positions.map((p) => ids[p]!),
          confidential: meeting.rounds.some((r) => r.presenter === presenter && r.confidential),
        })),
      },
    };
    return this.#save(sessionId, planned);
}

  readonly handlers: HandlerMap<GuidedCommand> = {
    technique_get: ({ sessionId }) => {
      const session = this.#hooks.session(sessionId);
      return viewOf(this.#read(session), session, this.#hooks.status(sessionId) === 'finished');
    },
    technique_change: ({ sessionId, change }) => {
      if (change.kind === 'save') return this.#save(sessionId, change.record);
      return this.#planRounds(sessionId);
    },
    series_list: () => this.sets.map((s) => this.#refresh(s)).sort((a, b) => a.series.name.localeCompare(b.series.name)),
    series_create: ({ technique, series }) => {
      const input = this.#setInput(series.name, series.members);
      const now = new Date().toISOString();
      const created: SeriesOverview = { series: { id: this.#id('set'), technique, ...input, created_at: now, updated_at: now }, members: [], meetings: [] };
      this.sets.push(created);
      return this.#refresh(created);
    },
    series_update: ({ id, series }) => {
      const found = this.sets.find((s) => s.series.id === id);
      if (!found) throw { kind: 'NotFound', message: 'That learning set no longer exists.', field: null } satisfies IpcError;
      Object.assign(found.series, this.#setInput(series.name, series.members), { updated_at: new Date().toISOString() });
      return this.#refresh(found);
    },
    series_delete: ({ id }) => {
      this.sets = this.sets.filter((s) => s.series.id !== id);
      for (const record of this.records.values()) {
        if (record.technique === 'action-learning-sets' && record.record.set_id === id) record.record.set_id = null;
      }
      return null;
    },
    series_next_meeting: ({ id: setId, scheduledAt }) => {
      const found = this.sets.find((s) => s.series.id === setId);
      if (!found) throw { kind: 'NotFound', message: 'That learning set no longer exists.', field: null } satisfies IpcError;
      const count = this.#meetings(setId).length;
      const members = this.#hooks.people().filter((p) => found.series.members.includes(p.id));
      const session = this.#hooks.createSession(`${found.series.name}: meeting ${count + 1}`, scheduledAt, members);
      const empty = emptyRecord('action-learning-sets');
      if (empty?.technique === 'action-learning-sets') this.records.set(session.id, { ...empty, record: { ...empty.record, set_id: setId } });
      return session;
    },
    series_carried: ({ sessionId }) => {
      const record = this.records.get(sessionId);
      if (record?.technique !== 'action-learning-sets' || !record.record.set_id) return [];
      const session = this.#hooks.session(sessionId);
      const set = this.sets.find((s) => s.series.id === (record.record.set_id ?? ''));
      const earlier = this.#meetings(record.record.set_id).filter((m) => m.scheduled_at < session.scheduled_at);
      return earlier.flatMap((m) =>
        this.#hooks
          .actions()
          .filter((a) => a.session_id === m.id && a.status === 'open' && a.owner_person_id !== null && (set?.series.members ?? []).includes(a.owner_person_id)),
      );
    },
  };
}
