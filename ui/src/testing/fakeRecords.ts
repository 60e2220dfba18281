// The fake backend's notes, parking lot and actions: kept in memory with the same rules as
// the store (positions without gaps, blank text refused, open and overdue actions first).
import type { CommandArgs, CommandName, CommandResult } from '../lib/api';
import type { Action } from '../lib/bindings/Action';
import type { ActionInput } from '../lib/bindings/ActionInput';
import type { ActionRow } from '../lib/bindings/ActionRow';
import type { IpcError } from '../lib/bindings/IpcError';
import type { Note } from '../lib/bindings/Note';
import type { Session } from '../lib/bindings/Session';
import { matchesWords } from '../lib/search';

export type HandlerMap<K extends CommandName> = { [C in K]: (args: CommandArgs<C>) => CommandResult<C> };

type RecordCommand =
  | 'notes_list'
  | 'note_add'
  | 'note_update'
  | 'note_move'
  | 'note_delete'
  | 'actions_of_session'
  | 'actions_open_of'
  | 'action_add'
  | 'action_update'
  | 'action_delete'
  | 'actions_list';

const invalid = (field: string, message: string): IpcError => ({ kind: 'Invalid', message, field });
const gone = (what: string): IpcError => ({ kind: 'NotFound', message: `That ${what} no longer exists.`, field: null });

/** Today as "YYYY-MM-DD" in this computer's time zone. */
export function localToday(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

export class FakeRecords {
  notes: Note[] = [];
  actions: Action[] = [];
  #counter = 500;

  readonly #sessions: () => Session[];

  constructor(sessions: () => Session[]) {
    this.#sessions = sessions;
  }

  #id(prefix: string): string {
    this.#counter += 1;
    return `${prefix}-${this.#counter}`;
  }

  #sameList(a: Note, b: Note): boolean {
    return a.session_id === b.session_id && a.kind === b.kind && a.step_id === b.step_id && a.question === b.question;
  }

  #listOf(note: Note): Note[] {
    return this.notes.filter((n) => this.#sameList(n, note)).sort((a, b) => a.position - b.position);
  }

  #note(id: string): Note {
    const note = this.notes.find((n) => n.id === id);
    if (!note) throw gone('note');
    return note;
  }

  #action(id: string): Action {
    const action = this.actions.find((a) => a.id === id);
    if (!action) throw gone('action');
    return action;
  }

  #validAction(input: ActionInput): ActionInput {
    if (input.what.trim() === '') throw invalid('what', 'Say what the action is.');
    if (input.owner.trim() === '') throw invalid('owner', 'Say who will do it.');
    return { ...input, what: input.what.trim(), owner: input.owner.trim() };
  }

  readonly handlers: HandlerMap<RecordCommand> = {
    notes_list: ({ sessionId }) => this.notes.filter((n) => n.session_id === sessionId),
    note_add: ({ sessionId, note }) => {
      if (note.text.trim() === '') throw invalid('text', 'The note is empty: write something, or delete it.');
      const now = new Date().toISOString();
      const draft: Note = { ...note, id: this.#id('note'), session_id: sessionId, position: 0, text: note.text.trim(), created_at: now, updated_at: now };
      draft.position = this.#listOf(draft).length;
      this.notes.push(draft);
      return draft;
    },
    note_update: ({ id, text }) => {
      if (text.trim() === '') throw invalid('text', 'The note is empty: write something, or delete it.');
      const note = this.#note(id);
      Object.assign(note, { text: text.trim(), updated_at: new Date().toISOString() });
      return note;
    },
    note_move: ({ id, position }) => {
      const note = this.#note(id);
      const list = this.#listOf(note).filter((n) => n.id !== id);
      if (position > list.length) throw invalid('position', 'There is no such place in the list.');
      list.splice(position, 0, note);
      list.forEach((n, index) => (n.position = index));
      return list;
    },
    note_delete: ({ id }) => {
      const note = this.#note(id);
      this.notes = this.notes.filter((n) => n.id !== id);
      this.#listOf(note).forEach((n, index) => (n.position = index));
      return null;
    },
    actions_of_session: ({ sessionId }) => this.actions.filter((a) => a.session_id === sessionId),
    actions_open_of: ({ sessionId }) => this.actions.filter((a) => a.session_id === sessionId && a.status === 'open'),
    action_add: ({ sessionId, action }) => {
      const now = new Date().toISOString();
      const stored: Action = { ...this.#validAction(action), id: this.#id('action'), session_id: sessionId, created_at: now, updated_at: now };
      this.actions.push(stored);
      return stored;
    },
    action_update: ({ id, action }) => {
      const stored = this.#action(id);
      Object.assign(stored, this.#validAction(action), { updated_at: new Date().toISOString() });
      return stored;
    },
    action_delete: ({ id }) => {
      this.#action(id);
      this.actions = this.actions.filter((a) => a.id !== id);
      return null;
    },
    actions_list: ({ query }) => {
      const today = localToday();
      const rank = (row: ActionRow) => (row.action.status !== 'open' ? 2 : row.overdue ? 0 : 1);
      return this.actions
        .filter(
          (a) =>
            (query.status === null || a.status === query.status) &&
            a.owner.toLowerCase().includes(query.owner.trim().toLowerCase()) &&
            matchesWords(query.text, a.what, a.owner),
        )
        .flatMap((action): ActionRow[] => {
          const session = this.#sessions().find((s) => s.id === action.session_id);
          if (!session) return [];
          const overdue = action.status === 'open' && action.due_on !== null && action.due_on < today;
          return [{ action, session_title: session.title, technique: session.technique, overdue }];
        })
        .sort(
          (a, b) =>
            rank(a) - rank(b) ||
            (a.action.due_on ?? '9999').localeCompare(b.action.due_on ?? '9999') ||
            a.action.created_at.localeCompare(b.action.created_at),
        );
    },
  };
}
