// Generated from the #[tauri::command] functions in src-tauri/src by src-tauri/build.rs:
// do not edit. Regenerate with `UPDATE_BINDINGS=1 cargo test --test bindings`.
import type { Action } from './Action';
import type { ActionInput } from './ActionInput';
import type { ActionQuery } from './ActionQuery';
import type { ActionRow } from './ActionRow';
import type { DatabaseStatus } from './DatabaseStatus';
import type { DisplayPlacement } from './DisplayPlacement';
import type { DisplayState } from './DisplayState';
import type { ExportDone } from './ExportDone';
import type { ExportFormat } from './ExportFormat';
import type { Lesson } from './Lesson';
import type { LessonHit } from './LessonHit';
import type { LessonInput } from './LessonInput';
import type { LiveCommand } from './LiveCommand';
import type { LiveView } from './LiveView';
import type { Note } from './Note';
import type { NoteInput } from './NoteInput';
import type { Person } from './Person';
import type { PersonInput } from './PersonInput';
import type { SeriesInput } from './SeriesInput';
import type { SeriesOverview } from './SeriesOverview';
import type { Session } from './Session';
import type { SessionDraft } from './SessionDraft';
import type { SessionQuery } from './SessionQuery';
import type { SessionSummary } from './SessionSummary';
import type { Technique } from './Technique';
import type { TechniqueChange } from './TechniqueChange';
import type { TechniqueId } from './TechniqueId';
import type { TechniqueView } from './TechniqueView';
import type { Thresholds } from './Thresholds';

type NoArgs = Record<string, never>;

/** Command name -> [arguments, result]. */
export interface Commands {
  action_add: [{ sessionId: string; action: ActionInput }, Action];
  action_delete: [{ id: string }, null];
  action_update: [{ id: string; action: ActionInput }, Action];
  actions_list: [{ query: ActionQuery }, ActionRow[]];
  actions_of_session: [{ sessionId: string }, Action[]];
  actions_open_of: [{ sessionId: string }, Action[]];
  app_painted: [NoArgs, null];
  database_status: [NoArgs, DatabaseStatus];
  database_use_folder: [{ folder: string }, DatabaseStatus];
  display_close: [NoArgs, null];
  display_open: [NoArgs, DisplayPlacement];
  export_session: [{ sessionId: string; format: ExportFormat; path: string; includeNames: boolean; includeConfidential?: boolean | null }, ExportDone];
  export_suggested_path: [{ sessionId: string; format: ExportFormat }, string];
  lesson_create: [{ lesson: LessonInput }, Lesson];
  lesson_delete: [{ id: string }, null];
  lesson_pin: [{ sessionId: string; lessonId: string; pinned: boolean }, LessonHit[]];
  lesson_update: [{ id: string; lesson: LessonInput }, Lesson];
  lessons_of_session: [{ sessionId: string }, Lesson[]];
  lessons_pinned: [{ sessionId: string }, LessonHit[]];
  lessons_related: [{ text: string; excludeSession?: string | null; limit?: number | null }, LessonHit[]];
  lessons_search: [{ query: string; limit?: number | null }, LessonHit[]];
  library_techniques: [NoArgs, Technique[]];
  live_command: [{ sessionId: string; command: LiveCommand }, LiveView];
  live_current: [NoArgs, LiveView | null];
  live_display: [{ sessionId: string; display: DisplayState }, LiveView];
  live_open: [{ sessionId: string }, LiveView];
  live_set_thresholds: [{ thresholds: Thresholds }, LiveView];
  live_thresholds: [NoArgs, Thresholds];
  note_add: [{ sessionId: string; note: NoteInput }, Note];
  note_delete: [{ id: string }, null];
  note_move: [{ id: string; position: number }, Note[]];
  note_update: [{ id: string; text: string }, Note];
  notes_list: [{ sessionId: string }, Note[]];
  people_list: [{ text: string }, Person[]];
  person_delete: [{ id: string }, null];
  person_update: [{ id: string; person: PersonInput }, Person];
  series_carried: [{ sessionId: string }, Action[]];
  series_create: [{ technique: TechniqueId; series: SeriesInput }, SeriesOverview];
  series_delete: [{ technique: TechniqueId; id: string }, null];
  series_list: [{ technique: TechniqueId }, SeriesOverview[]];
  series_next_meeting: [{ technique: TechniqueId; id: string; scheduledAt: string }, Session];
  series_update: [{ technique: TechniqueId; id: string; series: SeriesInput }, SeriesOverview];
  session_create: [{ draft: SessionDraft }, Session];
  session_delete: [{ id: string }, null];
  session_duplicate: [{ id: string }, Session];
  session_empty_bin: [NoArgs, number];
  session_get: [{ id: string }, Session];
  session_list: [{ query: SessionQuery }, SessionSummary[]];
  session_new_draft: [{ technique: TechniqueId }, SessionDraft];
  session_restore: [{ id: string }, Session];
  session_update: [{ id: string; draft: SessionDraft }, Session];
  technique_change: [{ sessionId: string; change: TechniqueChange }, TechniqueView];
  technique_get: [{ sessionId: string }, TechniqueView];
}

export type CommandName = keyof Commands;
export type CommandArgs<K extends CommandName> = Commands[K][0];
export type CommandResult<K extends CommandName> = Commands[K][1];
export type Call = <K extends CommandName>(command: K, args: CommandArgs<K>) => Promise<CommandResult<K>>;

/** Every command as a function taking its arguments in the order Rust declares them. */
export function commandsOver(call: Call) {
  return {
    actionAdd: (sessionId: string, action: ActionInput) => call('action_add', { sessionId, action }),
    actionDelete: (id: string) => call('action_delete', { id }),
    actionUpdate: (id: string, action: ActionInput) => call('action_update', { id, action }),
    actionsList: (query: ActionQuery) => call('actions_list', { query }),
    actionsOfSession: (sessionId: string) => call('actions_of_session', { sessionId }),
    actionsOpenOf: (sessionId: string) => call('actions_open_of', { sessionId }),
    appPainted: () => call('app_painted', {  }),
    databaseStatus: () => call('database_status', {  }),
    databaseUseFolder: (folder: string) => call('database_use_folder', { folder }),
    displayClose: () => call('display_close', {  }),
    displayOpen: () => call('display_open', {  }),
    exportSession: (sessionId: string, format: ExportFormat, path: string, includeNames: boolean, includeConfidential: boolean | null = null) => call('export_session', { sessionId, format, path, includeNames, includeConfidential }),
    exportSuggestedPath: (sessionId: string, format: ExportFormat) => call('export_suggested_path', { sessionId, format }),
    lessonCreate: (lesson: LessonInput) => call('lesson_create', { lesson }),
    lessonDelete: (id: string) => call('lesson_delete', { id }),
    lessonPin: (sessionId: string, lessonId: string, pinned: boolean) => call('lesson_pin', { sessionId, lessonId, pinned }),
    lessonUpdate: (id: string, lesson: LessonInput) => call('lesson_update', { id, lesson }),
    lessonsOfSession: (sessionId: string) => call('lessons_of_session', { sessionId }),
    lessonsPinned: (sessionId: string) => call('lessons_pinned', { sessionId }),
    lessonsRelated: (text: string, excludeSession: string | null = null, limit: number | null = null) => call('lessons_related', { text, excludeSession, limit }),
    lessonsSearch: (query: string, limit: number | null = null) => call('lessons_search', { query, limit }),
    libraryTechniques: () => call('library_techniques', {  }),
    liveCommand: (sessionId: string, command: LiveCommand) => call('live_command', { sessionId, command }),
    liveCurrent: () => call('live_current', {  }),
    liveDisplay: (sessionId: string, display: DisplayState) => call('live_display', { sessionId, display }),
    liveOpen: (sessionId: string) => call('live_open', { sessionId }),
    liveSetThresholds: (thresholds: Thresholds) => call('live_set_thresholds', { thresholds }),
    liveThresholds: () => call('live_thresholds', {  }),
    noteAdd: (sessionId: string, note: NoteInput) => call('note_add', { sessionId, note }),
    noteDelete: (id: string) => call('note_delete', { id }),
    noteMove: (id: string, position: number) => call('note_move', { id, position }),
    noteUpdate: (id: string, text: string) => call('note_update', { id, text }),
    notesList: (sessionId: string) => call('notes_list', { sessionId }),
    peopleList: (text: string) => call('people_list', { text }),
    personDelete: (id: string) => call('person_delete', { id }),
    personUpdate: (id: string, person: PersonInput) => call('person_update', { id, person }),
    seriesCarried: (sessionId: string) => call('series_carried', { sessionId }),
    seriesCreate: (technique: TechniqueId, series: SeriesInput) => call('series_create', { technique, series }),
    seriesDelete: (technique: TechniqueId, id: string) => call('series_delete', { technique, id }),
    seriesList: (technique: TechniqueId) => call('series_list', { technique }),
    seriesNextMeeting: (technique: TechniqueId, id: string, scheduledAt: string) => call('series_next_meeting', { technique, id, scheduledAt }),
    seriesUpdate: (technique: TechniqueId, id: string, series: SeriesInput) => call('series_update', { technique, id, series }),
    sessionCreate: (draft: SessionDraft) => call('session_create', { draft }),
    sessionDelete: (id: string) => call('session_delete', { id }),
    sessionDuplicate: (id: string) => call('session_duplicate', { id }),
    sessionEmptyBin: () => call('session_empty_bin', {  }),
    sessionGet: (id: string) => call('session_get', { id }),
    sessionList: (query: SessionQuery) => call('session_list', { query }),
    sessionNewDraft: (technique: TechniqueId) => call('session_new_draft', { technique }),
    sessionRestore: (id: string) => call('session_restore', { id }),
    sessionUpdate: (id: string, draft: SessionDraft) => call('session_update', { id, draft }),
    techniqueChange: (sessionId: string, change: TechniqueChange) => call('technique_change', { sessionId, change }),
    techniqueGet: (sessionId: string) => call('technique_get', { sessionId }),
  };
}
