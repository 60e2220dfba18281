// A running session's notes under each question and its parking lot: added at once, edited
// in place with a debounced save (and a flush on blur and on close), moved and deleted.
import { api, asIpcError } from '../lib/api';
import type { Note } from '../lib/bindings/Note';
import type { NoteInput } from '../lib/bindings/NoteInput';
import type { NoteKind } from '../lib/bindings/NoteKind';
import { registerFlush } from '../lib/pendingWrites';
import { toasts } from './toasts.svelte';

/** How long typing must pause before an edit is saved. */
export const SAVE_DELAY_MS = 400;

export interface NoteList {
  kind: NoteKind;
  step_id: number | null;
  question: number | null;
}

const inList = (note: Note, list: NoteList): boolean =>
  note.kind === list.kind && note.step_id === list.step_id && note.question === list.question;

export class SessionNotes {
  items = $state<Note[]>([]);
  loaded = $state(false);
  #sessionId = '';
  /** Edits waiting to be saved: note id -> the text to save. */
  #waiting = new Map<string, string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unregister: () => void;

  constructor() {
    this.#unregister = registerFlush(() => this.flush());
  }

  async load(sessionId: string): Promise<void> {
    this.#sessionId = sessionId;
    try {
      this.items = await api.notesList(sessionId);
    } catch (failure) {
      toasts.show(`The notes could not be loaded: ${asIpcError(failure).message}`, { tone: 'error' });
    }
    this.loaded = true;
  }

  listOf(list: NoteList): Note[] {
    return this.items.filter((note) => inList(note, list)).sort((a, b) => a.position - b.position);
  }

  /** Adds a note at the end of its list; returns it, or null when it was refused. */
  async add(input: NoteInput): Promise<Note | null> {
    if (input.text.trim() === '') return null;
    try {
      const note = await api.noteAdd(this.#sessionId, input);
      this.items = [...this.items, note];
      return note;
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
      return null;
    }
  }

  /** Shows the new text at once and saves it when typing pauses. */
  edit(id: string, text: string): void {
    this.items = this.items.map((note) => (note.id === id ? { ...note, text } : note));
    this.#waiting.set(id, text);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush({ keepEmpty: true }), SAVE_DELAY_MS);
  }

  /**
   * Saves every waiting edit now. A note left empty is deleted (Rust refuses blank text),
   * except while someone is still typing in it (`keepEmpty`).
   */
  async flush({ keepEmpty = false }: { keepEmpty?: boolean } = {}): Promise<void> {
    clearTimeout(this.#timer);
    const edits = [...this.#waiting];
    this.#waiting.clear();
    await Promise.all(
      edits.map(async ([id, text]) => {
        if (text.trim() === '') {
          if (keepEmpty) this.#waiting.set(id, text);
          else await this.remove(id);
          return;
        }
        try {
          const saved = await api.noteUpdate(id, text);
          // Keep the text on screen as typed (Rust trims it; the cursor must not jump).
          this.items = this.items.map((note) => (note.id === id ? { ...saved, text: note.text } : note));
        } catch (failure) {
          toasts.show(`A note could not be saved: ${asIpcError(failure).message}`, { tone: 'error' });
        }
      }),
    );
  }

  /** Moves a note within its list to `position` (from 0). */
  async move(id: string, position: number): Promise<void> {
    await this.flush({ keepEmpty: true });
    try {
      const list = await api.noteMove(id, position);
      const moved = new Map(list.map((note) => [note.id, note]));
      this.items = this.items.map((note) => moved.get(note.id) ?? note);
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
    }
  }

  async remove(id: string): Promise<void> {
    this.#waiting.delete(id);
    try {
      await api.noteDelete(id);
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
      return;
    }
    const gone = this.items.find((note) => note.id === id);
    this.items = this.items
      .filter((note) => note.id !== id)
      .map((note) =>
        gone && inList(note, gone) && note.position > gone.position ? { ...note, position: note.position - 1 } : note,
      );
  }

  /** Saves what is waiting and stops listening for the window closing. */
  async close(): Promise<void> {
    this.#unregister();
    await this.flush();
  }
}
