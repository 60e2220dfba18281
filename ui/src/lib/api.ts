// The one typed door to the Rust side: every IPC command the UI calls, with its argument
// and result types, and the normalisation of failures into IpcError.
import { invoke } from '@tauri-apps/api/core';
import type { Action } from './bindings/Action';
import type { ActionInput } from './bindings/ActionInput';
import type { ActionQuery } from './bindings/ActionQuery';
import type { ActionRow } from './bindings/ActionRow';
import type { DatabaseStatus } from './bindings/DatabaseStatus';
import type { IpcError } from './bindings/IpcError';
import type { DisplayPlacement } from './bindings/DisplayPlacement';
import type { DisplayState } from './bindings/DisplayState';
import type { ErrorKind } from './bindings/ErrorKind';
import type { ExportDone } from './bindings/ExportDone';
import type { ExportFormat } from './bindings/ExportFormat';
import type { Lesson } from './bindings/Lesson';
import type { LessonHit } from './bindings/LessonHit';
import type { LessonInput } from './bindings/LessonInput';
import type { LiveCommand } from './bindings/LiveCommand';
import type { LiveView } from './bindings/LiveView';
import type { Note } from './bindings/Note';
import type { NoteInput } from './bindings/NoteInput';
import type { ParticipantInput } from './bindings/ParticipantInput';
import type { Person } from './bindings/Person';
import type { PersonInput } from './bindings/PersonInput';
import type { SeriesInput } from './bindings/SeriesInput';
import type { SeriesOverview } from './bindings/SeriesOverview';
import type { Session } from './bindings/Session';
import type { SessionDraft } from './bindings/SessionDraft';
import type { SessionQuery } from './bindings/SessionQuery';
import type { SessionSummary } from './bindings/SessionSummary';
import type { Technique } from './bindings/Technique';
import type { TechniqueChange } from './bindings/TechniqueChange';
import type { TechniqueId } from './bindings/TechniqueId';
import type { TechniqueView } from './bindings/TechniqueView';
import type { Thresholds } from './bindings/Thresholds';

type NoArgs = Record<string, never>;

/** Command name -> [arguments, result]. Mirrors src-tauri/src/commands/. */
interface Commands {
  app_painted: [NoArgs, null];
  database_status: [NoArgs, DatabaseStatus];
  database_use_folder: [{ folder: string }, DatabaseStatus];
  library_techniques: [NoArgs, Technique[]];
  session_new_draft: [{ technique: TechniqueId }, SessionDraft];
  session_create: [{ draft: SessionDraft }, Session];
  session_get: [{ id: string }, Session];
  session_update: [{ id: string; draft: SessionDraft }, Session];
  session_list: [{ query: SessionQuery }, SessionSummary[]];
  session_duplicate: [{ id: string }, Session];
  session_delete: [{ id: string }, null];
  session_restore: [{ id: string }, Session];
  session_empty_bin: [NoArgs, number];
  people_list: [{ text: string }, Person[]];
  person_update: [{ id: string; person: PersonInput }, Person];
  person_delete: [{ id: string }, null];
  live_open: [{ sessionId: string }, LiveView];
  live_command: [{ sessionId: string; command: LiveCommand }, LiveView];
  live_display: [{ sessionId: string; display: DisplayState }, LiveView];
  live_current: [NoArgs, LiveView | null];
  live_set_thresholds: [{ thresholds: Thresholds }, LiveView];
  live_thresholds: [NoArgs, Thresholds];
  display_open: [NoArgs, DisplayPlacement];
  display_close: [NoArgs, null];
  notes_list: [{ sessionId: string }, Note[]];
  note_add: [{ sessionId: string; note: NoteInput }, Note];
  note_update: [{ id: string; text: string }, Note];
  note_move: [{ id: string; position: number }, Note[]];
  note_delete: [{ id: string }, null];
  actions_of_session: [{ sessionId: string }, Action[]];
  actions_open_of: [{ sessionId: string }, Action[]];
  action_add: [{ sessionId: string; action: ActionInput }, Action];
  action_update: [{ id: string; action: ActionInput }, Action];
  action_delete: [{ id: string }, null];
  actions_list: [{ query: ActionQuery }, ActionRow[]];
  technique_get: [{ sessionId: string }, TechniqueView];
  technique_change: [{ sessionId: string; change: TechniqueChange }, TechniqueView];
  series_list: [{ technique: TechniqueId }, SeriesOverview[]];
  series_create: [{ technique: TechniqueId; series: SeriesInput }, SeriesOverview];
  series_update: [{ technique: TechniqueId; id: string; series: SeriesInput }, SeriesOverview];
  series_delete: [{ technique: TechniqueId; id: string }, null];
  series_next_meeting: [{ technique: TechniqueId; id: string; scheduledAt: string }, Session];
  series_carried: [{ sessionId: string }, Action[]];
  lesson_create: [{ lesson: LessonInput }, Lesson];
  lesson_update: [{ id: string; lesson: LessonInput }, Lesson];
  lesson_delete: [{ id: string }, null];
  lessons_of_session: [{ sessionId: string }, Lesson[]];
  lessons_search: [{ query: string; limit?: number | null }, LessonHit[]];
  lessons_related: [{ text: string; excludeSession: string | null; limit?: number | null }, LessonHit[]];
  lessons_pinned: [{ sessionId: string }, LessonHit[]];
  lesson_pin: [{ sessionId: string; lessonId: string; pinned: boolean }, LessonHit[]];
  export_suggested_path: [{ sessionId: string; format: ExportFormat }, string];
  export_session: [
    { sessionId: string; format: ExportFormat; path: string; includeNames: boolean; includeConfidential: boolean },
    ExportDone,
  ];
}

export type CommandName = keyof Commands;
export type CommandArgs<K extends CommandName> = Commands[K][0];
export type CommandResult<K extends CommandName> = Commands[K][1];

const ERROR_KINDS: readonly ErrorKind[] = [
  'NotFound',
  'NewerSchema',
  'NotADatabase',
  'Invalid',
  'DiskFull',
  'ReadOnly',
  'Io',
  'NoDatabase',
  'Internal',
];

export function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, message } = value as Record<string, unknown>;
  return (
    typeof kind === 'string' &&
    (ERROR_KINDS as readonly string[]).includes(kind) &&
    typeof message === 'string'
  );
}

// Anything that is not our own error shape (a Tauri deserialisation failure, a missing
// command) carries debug text nobody should read: it is logged and replaced.
export function asIpcError(value: unknown): IpcError {
  if (isIpcError(value)) return { kind: value.kind, message: value.message, field: value.field ?? null };
  console.error('Unexpected failure from the app', value);
  return {
    kind: 'Internal',
    message: 'Something went wrong inside Mobilise. Try again, and restart the app if it keeps happening.',
    field: null,
  };
}

let noDatabaseHandler: (() => void) | null = null;

/** Called when any command says no database is open, so the app can show why. */
export function onNoDatabase(handler: (() => void) | null): void {
  noDatabaseHandler = handler;
}

async function call<K extends CommandName>(command: K, args: CommandArgs<K>): Promise<CommandResult<K>> {
  try {
    return await invoke<CommandResult<K>>(command, args);
  } catch (failure) {
    const error = asIpcError(failure);
    if (error.kind === 'NoDatabase') noDatabaseHandler?.();
    throw error;
  }
}

export const api = {
  appPainted: () => call('app_painted', {}),
  databaseStatus: () => call('database_status', {}),
  databaseUseFolder: (folder: string) => call('database_use_folder', { folder }),
  libraryTechniques: () => call('library_techniques', {}),
  sessionNewDraft: (technique: TechniqueId) => call('session_new_draft', { technique }),
  sessionCreate: (draft: SessionDraft) => call('session_create', { draft }),
  sessionGet: (id: string) => call('session_get', { id }),
  sessionUpdate: (id: string, draft: SessionDraft) => call('session_update', { id, draft }),
  sessionList: (query: SessionQuery) => call('session_list', { query }),
  sessionDuplicate: (id: string) => call('session_duplicate', { id }),
  sessionDelete: (id: string) => call('session_delete', { id }),
  sessionRestore: (id: string) => call('session_restore', { id }),
  sessionEmptyBin: () => call('session_empty_bin', {}),
  peopleList: (text: string) => call('people_list', { text }),
  personUpdate: (id: string, person: PersonInput) => call('person_update', { id, person }),
  personDelete: (id: string) => call('person_delete', { id }),
  liveOpen: (sessionId: string) => call('live_open', { sessionId }),
  liveCommand: (sessionId: string, command: LiveCommand) => call('live_command', { sessionId, command }),
  liveDisplay: (sessionId: string, display: DisplayState) => call('live_display', { sessionId, display }),
  liveCurrent: () => call('live_current', {}),
  liveSetThresholds: (thresholds: Thresholds) => call('live_set_thresholds', { thresholds }),
  liveThresholds: () => call('live_thresholds', {}),
  displayOpen: () => call('display_open', {}),
  displayClose: () => call('display_close', {}),
  notesList: (sessionId: string) => call('notes_list', { sessionId }),
  noteAdd: (sessionId: string, note: NoteInput) => call('note_add', { sessionId, note }),
  noteUpdate: (id: string, text: string) => call('note_update', { id, text }),
  noteMove: (id: string, position: number) => call('note_move', { id, position }),
  noteDelete: (id: string) => call('note_delete', { id }),
  actionsOfSession: (sessionId: string) => call('actions_of_session', { sessionId }),
  actionsOpenOf: (sessionId: string) => call('actions_open_of', { sessionId }),
  actionAdd: (sessionId: string, action: ActionInput) => call('action_add', { sessionId, action }),
  actionUpdate: (id: string, action: ActionInput) => call('action_update', { id, action }),
  actionDelete: (id: string) => call('action_delete', { id }),
  actionsList: (query: ActionQuery) => call('actions_list', { query }),
  techniqueGet: (sessionId: string) => call('technique_get', { sessionId }),
  techniqueChange: (sessionId: string, change: TechniqueChange) => call('technique_change', { sessionId, change }),
  seriesList: (technique: TechniqueId) => call('series_list', { technique }),
  seriesCreate: (technique: TechniqueId, series: SeriesInput) => call('series_create', { technique, series }),
  seriesUpdate: (technique: TechniqueId, id: string, series: SeriesInput) => call('series_update', { technique, id, series }),
  seriesDelete: (technique: TechniqueId, id: string) => call('series_delete', { technique, id }),
  seriesNextMeeting: (technique: TechniqueId, id: string, scheduledAt: string) => call('series_next_meeting', { technique, id, scheduledAt }),
  seriesCarried: (sessionId: string) => call('series_carried', { sessionId }),
  lessonCreate: (lesson: LessonInput) => call('lesson_create', { lesson }),
  lessonUpdate: (id: string, lesson: LessonInput) => call('lesson_update', { id, lesson }),
  lessonDelete: (id: string) => call('lesson_delete', { id }),
  lessonsOfSession: (sessionId: string) => call('lessons_of_session', { sessionId }),
  lessonsSearch: (query: string, limit: number | null = null) => call('lessons_search', { query, limit }),
  lessonsRelated: (text: string, excludeSession: string | null, limit: number | null = null) =>
    call('lessons_related', { text, excludeSession, limit }),
  lessonsPinned: (sessionId: string) => call('lessons_pinned', { sessionId }),
  lessonPin: (sessionId: string, lessonId: string, pinned: boolean) => call('lesson_pin', { sessionId, lessonId, pinned }),
  exportSuggestedPath: (sessionId: string, format: ExportFormat) => call('export_suggested_path', { sessionId, format }),
  exportSession: (sessionId: string, format: ExportFormat, path: string, includeNames: boolean, includeConfidential = false) =>
    call('export_session', { sessionId, format, path, includeNames, includeConfidential }),
};

export type { IpcError };
