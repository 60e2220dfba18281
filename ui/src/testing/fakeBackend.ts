// An in-memory stand-in for the Rust commands, installed with mockIPC: the component
// tests drive screens against it, and `npm run dev` in a plain browser uses it to preview.
import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { CommandArgs, CommandName, CommandResult } from '../lib/api';
import type { DatabaseStatus } from '../lib/bindings/DatabaseStatus';
import type { DisplayPlacement } from '../lib/bindings/DisplayPlacement';
import type { IpcError } from '../lib/bindings/IpcError';
import type { Participant } from '../lib/bindings/Participant';
import type { Person } from '../lib/bindings/Person';
import type { Session } from '../lib/bindings/Session';
import type { SessionDraft } from '../lib/bindings/SessionDraft';
import type { SessionSummary } from '../lib/bindings/SessionSummary';
import type { Technique } from '../lib/bindings/Technique';
import type { TechniqueRecord } from '../lib/bindings/TechniqueRecord';
import { EVENT_VIEW } from '../lib/liveEvents';
import { matchesWords } from '../lib/search';
import { openedView } from './openedViews';
import { Replay, type Transcript } from './replay';

/** Commands only a recorded scenario answers (`replay`): their rules are Rust's alone. */
type Recorded =
  | 'note_add'
  | 'note_update'
  | 'note_move'
  | 'note_delete'
  | 'action_add'
  | 'action_update'
  | 'action_delete'
  | 'lesson_create'
  | 'lesson_update'
  | 'lesson_delete'
  | 'lesson_pin'
  | 'live_open'
  | 'live_command'
  | 'live_display'
  | 'live_current'
  | 'live_set_thresholds'
  | 'live_thresholds'
  | 'series_list'
  | 'series_create'
  | 'series_update'
  | 'series_delete'
  | 'series_next_meeting'
  | 'series_carried';

type Handlers = { [K in Exclude<CommandName, Recorded>]: (args: CommandArgs<K>) => CommandResult<K> };

export interface FakeOptions {
  techniques?: Technique[];
  sessions?: Session[];
  people?: Person[];
  status?: DatabaseStatus;
  /** The folder the folder picker answers with; null is "cancelled". */
  pickedFolder?: string | null;
  /** Milliseconds each command takes, to see loading states in the preview. */
  delay?: number;
  /** The file the Save dialog answers with; null is "cancelled". */
  savedPath?: string | null;
}

export interface Call {
  command: string;
  args: unknown;
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * A session's notes, actions and lessons where no recording answers: none yet. Anything
 * more (a note typed, an action agreed, a lesson found) is a recorded scenario's.
 */
const nothingRecorded = {
  notes_list: () => [],
  actions_of_session: () => [],
  actions_open_of: () => [],
  actions_list: () => [],
  lessons_of_session: () => [],
  lessons_pinned: () => [],
  lessons_related: () => [],
  lessons_search: () => [],
} satisfies Partial<Handlers>;
const invalid = (field: string, message: string): IpcError => ({ kind: 'Invalid', message, field });
const notFound = (): IpcError => ({ kind: 'NotFound', message: 'That session no longer exists.', field: null });

export class FakeBackend {
  techniques: Technique[];
  sessions: (Session & { deleted_at: string | null })[];
  people: Person[];
  status: DatabaseStatus;
  pickedFolder: string | null;
  savedPath: string | null;
  calls: Call[] = [];
  /** Where display_open says the audience display went. */
  placement: DisplayPlacement = { second_screen: true, monitor: 'HDMI-1' };
  /** A recorded scenario that answers the commands it holds, before any fake does. */
  #replay: Replay | null = null;
  /** Failures to answer with instead of running a command. */
  failures: Partial<Record<CommandName, IpcError>> = {};
  #counter = 100;

  constructor(options: FakeOptions = {}) {
    this.techniques = clone(options.techniques ?? []);
    this.sessions = clone(options.sessions ?? []).map((s) => ({ ...s, deleted_at: null }));
    this.people = clone(options.people ?? []);
    this.status = options.status ?? { folder: '/home/facilitator/Mobilise', file: '/home/facilitator/Mobilise/mobilise.sqlite3', problem: null };
    this.pickedFolder = options.pickedFolder ?? null;
    this.savedPath = options.savedPath ?? null;
    const delay = options.delay ?? 0;
    // A technique's changes are answered only by a recorded scenario, and an untouched
    // record reads as the app's recording of one.
    const kind = (sessionId: string) => this.#live(sessionId).technique;
    const unrecorded = (command: string, sessionId: string) =>
      new Error(`No recording answers ${command} for a ${kind(sessionId)} session: replay a scenario the app's tests recorded`);
    const technique_get: Handlers['technique_get'] = (args) => {
      const untouched = openedView(kind(args.sessionId));
      if (!untouched) throw unrecorded('technique_get', args.sessionId);
      return { ...untouched, finished: this.#live(args.sessionId).status === 'finished' };
    };
    const technique_change: Handlers['technique_change'] = (args) => {
      throw unrecorded('technique_change', args.sessionId);
    };
    this.handlers = {
      ...this.#sessionHandlers,
      ...nothingRecorded,
      technique_get,
      technique_change,
      ...this.#exportHandlers,
    };
    mockIPC(async (command, payload) => {
      this.calls.push({ command, args: payload });
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (command === 'plugin:dialog|open') return this.pickedFolder;
      if (command === 'plugin:dialog|save') return this.savedPath;
      if (command.startsWith('plugin:opener|')) return null;
      // Full screen and the like: nothing to change in a page without a window.
      if (command.startsWith('plugin:window|')) return command.endsWith('is_fullscreen') ? false : null;
      const failure = this.failures[command as CommandName];
      if (failure) throw failure;
      if (this.#replay?.answers(command)) return this.#replay.answer(command, payload);
      const handler = (this.handlers as Partial<Record<string, (args: unknown) => unknown>>)[command];
      if (!handler) throw new Error(`The fake backend has no command ${command}: replay a scenario the app's tests recorded`);
      return clone(handler(payload ?? {}));
    }, { shouldMockEvents: true });
  }

  /**
   * Answers the commands recorded in `scenario` of `transcript` from the recording, with
   * the scenario's session (its first recorded read) among the sessions.
   */
  replay(transcript: Transcript, scenario: string): Replay {
    const replay = new Replay(transcript, scenario, (view) => void emit(EVENT_VIEW, view).catch(() => undefined));
    this.#replay = replay;
    if (replay.answers('session_get')) {
      const session = replay.first<Session>('session_get');
      if (!this.sessions.some((s) => s.id === session.id)) this.sessions.push({ ...session, deleted_at: null });
    }
    return replay;
  }

  /** The record of `technique` the console last sent to be saved, or null. */
  lastSaved<T extends TechniqueRecord['technique']>(technique: T): Extract<TechniqueRecord, { technique: T }> | null {
    const change = (this.callsTo('technique_change').at(-1)?.args as CommandArgs<'technique_change'> | undefined)?.change;
    if (change?.kind !== 'save' || change.record.technique !== technique) return null;
    return change.record as Extract<TechniqueRecord, { technique: T }>;
  }

  callsTo(command: CommandName): Call[] {
    return this.calls.filter((call) => call.command === command);
  }

  #id(prefix: string): string {
    this.#counter += 1;
    return `${prefix}-${this.#counter}`;
  }

  #live(id: string, deleted = false) {
    const found = this.sessions.find((s) => s.id === id && (s.deleted_at !== null) === deleted);
    if (!found) throw notFound();
    return found;
  }

  #validate(draft: SessionDraft): void {
    if (draft.title.trim() === '') throw invalid('title', 'Give the session a title.');
    draft.participants.forEach((row, index) => {
      if (row.name.trim() === '' && (row.organisation.trim() !== '' || row.role.trim() !== '')) {
        throw invalid(`participants.${index}`, 'Give this participant a name, or clear the row.');
      }
    });
  }

  #participants(draft: SessionDraft): Participant[] {
    return draft.participants
      .filter((row) => row.name.trim() !== '')
      .map((row) => {
        const name = row.name.trim();
        const organisation = row.organisation.trim();
        let person = this.people.find((p) => p.name === name && p.organisation === organisation);
        if (!person) {
          person = { id: this.#id('person'), name, organisation, session_count: 0 };
          this.people.push(person);
        }
        return { person_id: person.id, name, organisation, role: row.role.trim() };
      });
  }

  #countPeople(): void {
    for (const person of this.people) {
      person.session_count = this.sessions.filter(
        (s) => s.deleted_at === null && s.participants.some((p) => p.person_id === person.id),
      ).length;
    }
  }

  #store(id: string, draft: SessionDraft, created_at: string, follows: string | null = null): Session & { deleted_at: null } {
    const { participants: _rows, ...rest } = draft;
    const now = new Date().toISOString();
    return { ...rest, title: draft.title.trim(), id, participants: this.#participants(draft), follows, created_at, updated_at: now, deleted_at: null };
  }

  #summary(s: Session & { deleted_at: string | null }): SessionSummary {
    return {
      id: s.id,
      technique: s.technique,
      title: s.title,
      scheduled_at: s.scheduled_at,
      facilitator: s.facilitator,
      location: s.location,
      status: s.status,
      participant_count: s.participants.length,
      updated_at: s.updated_at,
      deleted_at: s.deleted_at,
    };
  }

  #withoutDeletedAt(s: Session & { deleted_at: string | null }): Session {
    const { deleted_at: _deleted, ...session } = s;
    return session;
  }

  readonly handlers: Handlers;

  readonly #exportHandlers = {
    export_suggested_path: ({ sessionId, format }) => {
      const session = this.#live(sessionId);
      return `/home/facilitator/Documents/${session.scheduled_at.slice(0, 10)} ${session.title}.${format}`;
    },
    export_session: ({ sessionId, path }) => {
      this.#live(sessionId);
      return { path, bytes: 18_432 };
    },
  } satisfies Partial<Handlers>;

  readonly #sessionHandlers = {
    app_painted: () => null,
    display_open: () => this.placement,
    display_close: () => null,
    database_status: () => this.status,
    database_use_folder: ({ folder }) => {
      this.status = { folder, file: `${folder}/mobilise.sqlite3`, problem: null };
      return this.status;
    },
    library_techniques: () => this.techniques,
    session_new_draft: ({ technique }) => ({
      technique,
      title: this.techniques.find((t) => t.id === technique)?.name ?? technique,
      scheduled_at: '2026-11-25T14:00:00',
      facilitator: '',
      location: '',
      purpose: '',
      status: 'planned',
      participants: [],
    }),
    session_create: ({ draft }) => {
      this.#validate(draft);
      const session = this.#store(this.#id('session'), draft, new Date().toISOString());
      this.sessions.push(session);
      this.#countPeople();
      return this.#withoutDeletedAt(session);
    },
    session_get: ({ id }) => this.#withoutDeletedAt(this.#live(id)),
    session_update: ({ id, draft }) => {
      this.#validate(draft);
      const old = this.#live(id);
      const session = this.#store(id, draft, old.created_at, old.follows);
      this.sessions = this.sessions.map((s) => (s.id === id ? session : s));
      this.#countPeople();
      return this.#withoutDeletedAt(session);
    },
    session_list: ({ query }) =>
      this.sessions
        .filter(
          (s) =>
            (s.deleted_at !== null) === query.deleted &&
            (query.technique === null || s.technique === query.technique) &&
            (query.status === null || s.status === query.status) &&
            matchesWords(query.text, s.title, s.purpose),
        )
        .sort((a, b) => b.scheduled_at.localeCompare(a.scheduled_at))
        .map((s) => this.#summary(s)),
    session_duplicate: ({ id }) => {
      const old = this.#live(id);
      const copy = { ...clone(old), id: this.#id('session'), title: `${old.title} (copy)`, status: 'planned' as const, follows: old.id };
      this.sessions.push(copy);
      this.#countPeople();
      return this.#withoutDeletedAt(copy);
    },
    session_delete: ({ id }) => {
      this.#live(id).deleted_at = new Date().toISOString();
      this.#countPeople();
      return null;
    },
    session_restore: ({ id }) => {
      const session = this.#live(id, true);
      session.deleted_at = null;
      this.#countPeople();
      return this.#withoutDeletedAt(session);
    },
    session_empty_bin: () => {
      const before = this.sessions.length;
      this.sessions = this.sessions.filter((s) => s.deleted_at === null);
      return before - this.sessions.length;
    },
    people_list: ({ text }) =>
      this.people
        .filter((p) => matchesWords(text, p.name, p.organisation))
        .sort((a, b) => a.name.localeCompare(b.name)),
    person_update: ({ id, person }) => {
      if (person.name.trim() === '') throw invalid('name', 'Give this person a name.');
      const found = this.people.find((p) => p.id === id);
      if (!found) throw { kind: 'NotFound', message: 'That person is no longer in the list.', field: null } satisfies IpcError;
      found.name = person.name.trim();
      found.organisation = person.organisation.trim();
      for (const s of this.sessions) {
        for (const p of s.participants) if (p.person_id === id) Object.assign(p, { name: found.name, organisation: found.organisation });
      }
      return found;
    },
    person_delete: ({ id }) => {
      this.people = this.people.filter((p) => p.id !== id);
      for (const s of this.sessions) s.participants = s.participants.filter((p) => p.person_id !== id);
      return null;
    },
  } satisfies Partial<Handlers>;
}
