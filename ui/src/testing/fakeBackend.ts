// An in-memory stand-in for the Rust commands, installed with mockIPC: the component
// tests drive screens against it, and `npm run dev` in a plain browser uses it to preview.
import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { CommandArgs, CommandName, CommandResult } from '../lib/api';
import type { DatabaseStatus } from '../lib/bindings/DatabaseStatus';
import type { DisplayPlacement } from '../lib/bindings/DisplayPlacement';
import type { IpcError } from '../lib/bindings/IpcError';
import type { Session } from '../lib/bindings/Session';
import type { TechniqueRecord } from '../lib/bindings/TechniqueRecord';
import { EVENT_VIEW } from '../lib/liveEvents';
import { CATALOGUE } from './fixtures';
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
  | 'series_carried'
  | 'session_new_draft'
  | 'session_create'
  | 'session_get'
  | 'session_update'
  | 'session_duplicate'
  | 'session_delete'
  | 'session_restore'
  | 'session_empty_bin'
  | 'person_update'
  | 'person_delete';

type Handlers = { [K in Exclude<CommandName, Recorded>]: (args: CommandArgs<K>) => CommandResult<K> };

export interface FakeOptions {
  /** What the app says of its database as it starts. */
  status?: DatabaseStatus;
  /** What it says once the folder picked is opened (`database_use_folder`). */
  chosenStatus?: DatabaseStatus;
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
 * The lists where no recording answers: no sessions, people, notes, actions or lessons
 * yet. Anything more (a session saved, a note typed, a lesson found) is a recorded
 * scenario's.
 */
const nothingRecorded = {
  session_list: () => [],
  people_list: () => [],
  notes_list: () => [],
  actions_of_session: () => [],
  actions_open_of: () => [],
  actions_list: () => [],
  lessons_of_session: () => [],
  lessons_pinned: () => [],
  lessons_related: () => [],
  lessons_search: () => [],
} satisfies Partial<Handlers>;

export class FakeBackend {
  /** The sessions of the scenarios replayed: a technique's untouched record is read by its kind. */
  #sessions: Session[] = [];
  status: DatabaseStatus;
  chosenStatus: DatabaseStatus | null;
  pickedFolder: string | null;
  savedPath: string | null;
  calls: Call[] = [];
  /** Where display_open says the audience display went. */
  placement: DisplayPlacement = { second_screen: true, monitor: 'HDMI-1' };
  /** A recorded scenario that answers the commands it holds, before any fake does. */
  #replay: Replay | null = null;
  /** Failures to answer with instead of running a command. */
  failures: Partial<Record<CommandName, IpcError>> = {};

  constructor(options: FakeOptions = {}) {
    this.status = options.status ?? { folder: '/home/facilitator/Mobilise', file: '/home/facilitator/Mobilise/mobilise.sqlite3', problem: null };
    this.chosenStatus = options.chosenStatus ?? null;
    this.pickedFolder = options.pickedFolder ?? null;
    this.savedPath = options.savedPath ?? null;
    const delay = options.delay ?? 0;
    // A technique's changes are answered only by a recorded scenario, and an untouched
    // record reads as the app's recording of one.
    const session = (sessionId: string) => {
      const found = this.#sessions.find((s) => s.id === sessionId);
      if (!found) throw new Error(`No recorded scenario holds session ${sessionId}: replay one the app's tests recorded`);
      return found;
    };
    const unrecorded = (command: string, sessionId: string) =>
      new Error(`No recording answers ${command} for a ${session(sessionId).technique} session: replay a scenario the app's tests recorded`);
    const technique_get: Handlers['technique_get'] = (args) => {
      const untouched = openedView(session(args.sessionId).technique);
      if (!untouched) throw unrecorded('technique_get', args.sessionId);
      return untouched;
    };
    const technique_change: Handlers['technique_change'] = (args) => {
      throw unrecorded('technique_change', args.sessionId);
    };
    this.handlers = {
      ...this.#windowHandlers,
      ...nothingRecorded,
      technique_get,
      technique_change,
      ...this.#fileHandlers,
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
      if (!handler) throw new Error(`No recording answers ${command}: replay a scenario the app's tests recorded`);
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
    const first = replay.firstFound<Session>('session_get');
    if (first && !this.#sessions.some((s) => s.id === first.id)) this.#sessions.push(first);
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

  readonly handlers: Handlers;

  /** The laptop's side: the database file, the screens, the library as Rust ships it. */
  readonly #windowHandlers = {
    app_painted: () => null,
    display_open: () => this.placement,
    display_close: () => null,
    database_status: () => this.status,
    database_use_folder: () => {
      if (!this.chosenStatus) throw new Error('Give the fake the status the app reports for the folder picked (chosenStatus)');
      this.status = this.chosenStatus;
      return this.status;
    },
    library_techniques: () => CATALOGUE,
  } satisfies Partial<Handlers>;

  /**
   * The file system's side of an export: the Save dialog's answer is the test's, and the
   * file is "written" there. What goes in it is the export crate's, tested on real files.
   */
  readonly #fileHandlers = {
    export_suggested_path: ({ format }) => `/home/facilitator/Documents/record.${format}`,
    export_session: ({ path }) => ({ path, bytes: 18_432 }),
  } satisfies Partial<Handlers>;
}
