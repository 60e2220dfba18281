// The fake backend's Fishbowls: the set-up (checked field by field, as Rust does), the log
// of changes with the seat rules of an open and a closed fishbowl, and the talk time
// summed from the log against the fake clock, only while the session's clock runs.
import type { Agenda } from '../lib/bindings/Agenda';
import type { FishbowlState } from '../lib/bindings/FishbowlState';
import type { FishbowlChange } from '../lib/bindings/FishbowlChange';
import type { FishbowlDisplay } from '../lib/bindings/FishbowlDisplay';
import type { FishbowlOverview } from '../lib/bindings/FishbowlOverview';
import type { FishbowlSetup } from '../lib/bindings/FishbowlSetup';
import type { IpcError } from '../lib/bindings/IpcError';
import type { LiveStatus } from '../lib/bindings/LiveStatus';
import type { Session } from '../lib/bindings/Session';
import type { TechniqueChange } from '../lib/bindings/TechniqueChange';
import type { TechniqueDisplay } from '../lib/bindings/TechniqueDisplay';
import type { TechniqueView } from '../lib/bindings/TechniqueView';
import { chairCount, spareChair } from '../techniques/fishbowl/fishbowl';
import { equity, notYetSpoken, suggestedLeaver, talkTime, thisSitting, type Logged, type Running } from './fakeFishbowlTalk';
import { catalogued } from './fixtures';

/** The steps in which the room sees the chairs, and the one the points are presented in (Rust's keys). */
const CHAIR_STEPS = ['briefing', 'discussion'];
const KEY_POINTS_STEP = 'key-points';

const refuse = (message: string, field: string | null = null): IpcError => ({ kind: 'Invalid', message, field });
const iso = (at: number): string => new Date(at).toISOString();

export const FISHBOWL_CHECKLIST = [
  'Appoint a facilitator and scribe',
  'Arrange an outer circle with easy access to three or four chairs in the inner circle',
  'Identify a stimulating question for discussion',
  'Identify and brief your inner-circle participants that will start the discussion',
];

/** Rust's suggestion before anything is saved: open, three chairs, 1.5 hours. */
export function suggestedSetup(question: string): FishbowlSetup {
  return {
    question,
    mode: 'open',
    inner_chairs: 3,
    facilitator: null,
    scribe: null,
    starters: [],
    turn_limit_secs: null,
    person_limit_secs: null,
    rotation_secs: null,
    names_on_display: false,
    briefing_minutes: 10,
    discussion_minutes: 55,
    key_points_minutes: 10,
    debrief_minutes: 15,
    checklist: FISHBOWL_CHECKLIST.map((label) => ({ label, done_on: null })),
  };
}

export interface FishbowlHooks {
  session: (id: string) => Session;
  status: (id: string) => LiveStatus;
  /** The step titles of the Fishbowl technique, for the agenda a set-up makes. */
  stepTitles: () => string[];
  /** Puts the set-up's agenda in place (only asked before the start). */
  setAgenda: (id: string, agenda: Agenda) => void;
  /** Tells the windows, as Rust does after every change. */
  publish: (id: string) => void;
  now: () => number;
}

interface Bowl {
  setup: FishbowlSetup;
  saved: boolean;
  events: Logged[];
}

function checkSetup(setup: FishbowlSetup, people: string[]): void {
  const within = (value: number | null, min: number, max: number) => value === null || (value >= min && value <= max);
  if (setup.question.trim() === '') throw refuse('Write the stimulating question the inner circle will debate.', 'question');
  if (setup.inner_chairs !== 3 && setup.inner_chairs !== 4) throw refuse('The inner circle has 3 or 4 talking chairs.', 'innerChairs');
  if (setup.facilitator !== null && !people.includes(setup.facilitator)) throw refuse("Choose the facilitator from the session's participants.", 'facilitator');
  if (setup.scribe !== null && !people.includes(setup.scribe)) throw refuse("Choose the scribe from the session's participants.", 'scribe');
  if (setup.scribe !== null && setup.scribe === setup.facilitator) {
    throw refuse('The facilitator cannot also be the scribe: appoint someone else to capture the key points.', 'scribe');
  }
  if (setup.starters.length > setup.inner_chairs) {
    throw refuse(`Choose at most ${setup.inner_chairs} people to start: one for each talking chair.`, 'starters');
  }
  setup.starters.forEach((starter, index) => {
    if (starter === setup.facilitator || starter === setup.scribe) {
      throw refuse('The facilitator and the scribe stay outside the inner circle: choose someone else to start.', `starters.${index}`);
    }
  });
  if (!within(setup.turn_limit_secs, 30, 1800)) throw refuse('A turn can be limited to between 30 seconds and 30 minutes.', 'turnLimitSecs');
  if (!within(setup.person_limit_secs, 60, 7200)) throw refuse("Each person's time can be limited to between 1 minute and 2 hours.", 'personLimitSecs');
  if (setup.turn_limit_secs !== null && setup.person_limit_secs !== null && setup.person_limit_secs < setup.turn_limit_secs) {
    throw refuse("Each person's total time cannot be shorter than one turn.", 'personLimitSecs');
  }
  if (setup.rotation_secs !== null && setup.mode === 'open') {
    throw refuse('Timed rounds are for a closed fishbowl: in an open one, people join when they choose.', 'rotationSecs');
  }
  if (!within(setup.rotation_secs, 60, 3600)) throw refuse('A round before rotating can last between 1 and 60 minutes.', 'rotationSecs');
  const steps: [keyof FishbowlSetup & `${string}_minutes`, string, string][] = [
    ['briefing_minutes', 'briefingMinutes', 'Explaining the fishbowl'],
    ['discussion_minutes', 'discussionMinutes', 'The discussion'],
    ['key_points_minutes', 'keyPointsMinutes', 'Presenting the key points'],
    ['debrief_minutes', 'debriefMinutes', 'The debrief'],
  ];
  for (const [key, field, what] of steps) {
    if (!within(setup[key], 1, 240)) throw refuse(`${what} must last between 1 and 240 minutes.`, field);
  }
}

/** The state after `change` at `at`, or the refusal Rust gives. */
function apply(before: FishbowlState, setup: FishbowlSetup, at: number, change: FishbowlChange): FishbowlState {
  const s = structuredClone(before);
  const chairOf = (person: string) => s.chairs.indexOf(person);
  const vacate = (chair: number) => {
    const person = s.chairs[chair];
    if (chair < 0 || !person) return;
    s.chairs[chair] = null;
    const sitting = [...s.sittings].reverse().find((x) => x.person === person && x.to === null);
    if (sitting) sitting.to = iso(at);
    if (s.holder === person && chairOf(person) < 0) s.holder = null;
  };
  switch (change.type) {
    case 'Seat': {
      const { person, chair, leaver } = change;
      if (chair >= s.chairs.length) throw refuse(`There is no chair ${chair + 1} in this fishbowl.`);
      if (s.chairs[chair] === person) throw refuse('They are already sitting in that chair.');
      if (leaver !== null && setup.mode === 'closed') {
        throw refuse('In a closed fishbowl nobody leaves for someone to join: choose whose chair they take instead.');
      }
      if (leaver === person) throw refuse('The person joining cannot also be the one who leaves.');
      if (leaver !== null && chairOf(leaver) < 0) throw refuse('The person asked to leave is not in the inner circle.');
      const after = s.chairs.map((c) => (c === person || (leaver !== null && c === leaver) ? null : c));
      after[chair] = person;
      if (setup.mode === 'open' && after.every((c) => c !== null)) {
        throw refuse('Someone must leave the inner circle so a chair stays free for the next person to join.');
      }
      const holder = s.holder;
      vacate(chairOf(person));
      if (leaver !== null) vacate(chairOf(leaver));
      vacate(chair);
      s.chairs[chair] = person;
      s.sittings.push({ person, chair, from: iso(at), to: null });
      s.holder = holder !== null && chairOf(holder) >= 0 ? holder : null;
      break;
    }
    case 'Leave':
      if (chairOf(change.person) < 0) throw refuse('That person is not in the inner circle.');
      vacate(chairOf(change.person));
      break;
    case 'Pass':
      if (change.to !== null && chairOf(change.to) < 0) {
        throw refuse('Only someone in the inner circle can hold the fish: invite them to sit in first.');
      }
      s.holder = change.to;
      break;
    case 'AddPoint':
      if (s.points.some((p) => p.id === change.id)) throw refuse('That key point is already recorded.');
      if (change.text.trim() === '') throw refuse('Write the key point first.');
      s.points.push({ id: change.id, at: iso(at), text: change.text.trim(), speaker: change.speaker });
      break;
    case 'EditPoint': {
      const point = s.points.find((p) => p.id === change.id);
      if (change.text.trim() === '') throw refuse('Write the key point first.');
      if (!point) throw refuse('That key point is no longer there: it may have been removed.');
      Object.assign(point, { text: change.text.trim(), speaker: change.speaker });
      break;
    }
    case 'RemovePoint':
      if (!s.points.some((p) => p.id === change.id)) throw refuse('That key point is no longer there: it may have been removed.');
      s.points = s.points.filter((p) => p.id !== change.id);
      break;
  }
  return s;
}

export class FakeFishbowls {
  bowls = new Map<string, Bowl>();
  running = new Map<string, Running>();
  readonly #hooks: FishbowlHooks;

  constructor(hooks: FishbowlHooks) {
    this.#hooks = hooks;
  }

  /** Follows the session's clock after each live command (as Rust reads the live log). */
  clock(sessionId: string, status: LiveStatus, at: number): void {
    const runs = this.running.get(sessionId) ?? [];
    const last = runs.at(-1);
    if (status === 'running' && (last === undefined || last[1] !== null)) runs.push([at, null]);
    if (status !== 'running' && last !== undefined && last[1] === null) last[1] = at;
    this.running.set(sessionId, runs);
  }

  #bowl(sessionId: string): Bowl {
    const session = this.#hooks.session(sessionId);
    if (session.technique !== 'fishbowl') throw refuse('This session is not a Fishbowl.');
    const found = this.bowls.get(sessionId) ?? { setup: suggestedSetup(session.purpose), saved: false, events: [] };
    this.bowls.set(sessionId, found);
    return found;
  }

  #state(bowl: Bowl): FishbowlState {
    const empty: FishbowlState = { chairs: Array.from({ length: chairCount(bowl.setup) }, () => null), holder: null, points: [], sittings: [] };
    return bowl.events.reduce((state, e) => apply(state, bowl.setup, e.at, e.change), empty);
  }

  overview(sessionId: string): FishbowlOverview {
    const bowl = this.#bowl(sessionId);
    const { setup } = bowl;
    const people = this.#hooks.session(sessionId).participants;
    const status = this.#hooks.status(sessionId);
    const now = this.#hooks.now();
    const running = this.running.get(sessionId) ?? [];
    const state = this.#state(bowl);
    const talk = talkTime(bowl.events, running, now);
    const sitting = thisSitting(state, bowl.events, running, now);
    return structuredClone({
      setup,
      saved: bowl.saved,
      started: status !== 'not-started',
      finished: status === 'finished',
      clock_running: status === 'running',
      now: iso(now),
      state,
      outer: people.map((p) => p.person_id).filter((id) => id !== setup.facilitator && id !== setup.scribe && !state.chairs.includes(id)),
      talk,
      equity: equity(setup, state, talk, people),
      not_yet_spoken: notYetSpoken(setup, state, talk, people),
      this_sitting: sitting,
      suggested_leaver: suggestedLeaver(sitting),
    });
  }

  /** The room's part of the live view of a fishbowl session; `step`: the agenda step under way (its key), if any. */
  display(sessionId: string, now: number, step: string | null = null): TechniqueDisplay | null {
    if (this.#hooks.session(sessionId).technique !== 'fishbowl') return null;
    const display = this.#display(this.#bowl(sessionId), sessionId, now, step);
    return { kind: 'Record', shows: display.staged, stage: { technique: 'fishbowl', display } };
  }

  #display(bowl: Bowl, sessionId: string, now: number, step: string | null): FishbowlDisplay {
    const state = this.#state(bowl);
    const people = this.#hooks.session(sessionId).participants;
    const spare = spareChair(bowl.setup);
    const talk = talkTime(bowl.events, this.running.get(sessionId) ?? [], now);
    const holderChair = state.holder === null ? null : state.chairs.indexOf(state.holder);
    const presenting = bowl.saved && step === KEY_POINTS_STEP && state.points.length > 0;
    return {
      staged: bowl.saved && (presenting || (step !== null && CHAIR_STEPS.includes(step)) || (step !== null && holderChair !== null)),
      question: bowl.setup.question,
      open: bowl.setup.mode === 'open',
      chairs: state.chairs.map((sitter, chair) => ({
        spare: chair === spare,
        occupied: sitter !== null,
        name: sitter !== null && bowl.setup.names_on_display ? (people.find((p) => p.person_id === sitter)?.name ?? null) : null,
        holds_token: sitter !== null && sitter === state.holder,
      })),
      holder_chair: holderChair,
      names_shown: bowl.setup.names_on_display,
      turn_limit_secs: bowl.setup.turn_limit_secs,
      turn_elapsed_ms: talk.current?.elapsed_ms ?? null,
      presenting,
      key_points: state.points.map((point) => ({
        text: point.text,
        speaker: point.speaker !== null && bowl.setup.names_on_display ? (people.find((p) => p.person_id === point.speaker)?.name ?? null) : null,
      })),
    };
  }

  #agenda(setup: FishbowlSetup): Agenda {
    // The fishbowl's four steps carry the keys of Rust's catalogue.
    const keys = catalogued('fishbowl').steps.map((step) => step.key);
    const titles = this.#hooks.stepTitles();
    const parts: [string[], number][] = [
      [[setup.question], setup.briefing_minutes],
      [[setup.question], setup.discussion_minutes],
      [[], setup.key_points_minutes],
      [['How effective was the fishbowl?'], setup.debrief_minutes],
    ];
    return {
      steps: parts.map(([questions, minutes], i) => ({ id: i + 1, key: keys[i] ?? null, title: titles[i] ?? '', questions, prompts: [], planned_secs: minutes * 60, optional: false })),
    };
  }

  /** The session's fishbowl as `technique_get` answers. */
  view(sessionId: string): TechniqueView {
    const bowl = this.#bowl(sessionId);
    return structuredClone({
      record: { technique: 'fishbowl', record: { setup: bowl.saved ? bowl.setup : null } },
      overview: { technique: 'fishbowl', overview: this.overview(sessionId) },
      finished: this.#hooks.status(sessionId) === 'finished',
      confidential: false,
    });
  }

  /** `technique_change` for a fishbowl session. */
  change(sessionId: string, change: TechniqueChange): TechniqueView {
    if (change.kind === 'save') {
      if (change.record.technique !== 'fishbowl' || change.record.record.setup === null) throw refuse('There is no set-up to save.');
      this.#setup(sessionId, change.record.record.setup);
    } else {
      if (change.change.technique !== 'fishbowl') throw refuse('That change belongs to another technique.');
      this.#change(sessionId, change.change.change);
    }
    return this.view(sessionId);
  }

  #setup(sessionId: string, setup: FishbowlSetup): void {
    {
      const bowl = this.#bowl(sessionId);
      checkSetup(setup, this.#hooks.session(sessionId).participants.map((p) => p.person_id));
      const clean: FishbowlSetup = {
        ...structuredClone(setup),
        question: setup.question.trim(),
        checklist: FISHBOWL_CHECKLIST.map((label) => ({ label, done_on: setup.checklist.find((c) => c.label === label)?.done_on ?? null })),
      };
      if (this.#hooks.status(sessionId) === 'not-started') {
        const at = this.#hooks.now();
        bowl.events = clean.starters.map((person, chair) => ({ at, change: { type: 'Seat', person, chair, leaver: null } }));
        this.#hooks.setAgenda(sessionId, this.#agenda(clean));
      } else {
        const fixed = (s: FishbowlSetup) =>
          JSON.stringify([s.mode, s.inner_chairs, s.starters, s.briefing_minutes, s.discussion_minutes, s.key_points_minutes, s.debrief_minutes]);
        if (fixed(bowl.setup) !== fixed(clean)) {
          throw refuse(
            'The fishbowl has started, so its mode, chairs, starters and timings are fixed. You can still change the question, the facilitator and scribe, the limits, names on the display and the checklist.',
          );
        }
      }
      bowl.setup = clean;
      bowl.saved = true;
      this.#hooks.publish(sessionId);
    }
  }

  #change(sessionId: string, change: FishbowlChange): void {
    {
      const bowl = this.#bowl(sessionId);
      if (!bowl.saved) throw refuse("Save the fishbowl's set-up first: then there are chairs to sit in.");
      const moves = change.type === 'Seat' || change.type === 'Leave' || change.type === 'Pass';
      if (moves && this.#hooks.status(sessionId) === 'finished') {
        throw refuse('The session has finished: the chairs and the fish stay as they were. Key points can still be tidied.');
      }
      const people = this.#hooks.session(sessionId).participants.map((p) => p.person_id);
      if (change.type === 'Seat' && (change.person === bowl.setup.facilitator || change.person === bowl.setup.scribe)) {
        throw refuse('The facilitator and the scribe stay outside the inner circle.');
      }
      const named = change.type === 'Seat' ? change.person : change.type === 'AddPoint' || change.type === 'EditPoint' ? change.speaker : null;
      if (named !== null && !people.includes(named)) throw refuse('That person is not a participant of this session.');
      const at = this.#hooks.now();
      apply(this.#state(bowl), bowl.setup, at, change);
      bowl.events.push({ at, change: structuredClone(change) });
      this.#hooks.publish(sessionId);
    }
  }
}
