// The lessons captured in one session: listed in the order saved, and the one being
// written or edited in the lesson dialog (from a note, afresh or an existing one), saved
// with Rust's refusal handed back to the form, and deleted.
import { api, asIpcError, type IpcError } from '../lib/api';
import type { Lesson } from '../lib/bindings/Lesson';
import type { LessonInput } from '../lib/bindings/LessonInput';
import type { Note } from '../lib/bindings/Note';
import { localDay } from '../lib/dates';
import { emptyLesson, lessonFromNote, type LessonPart } from '../lib/lessonSteps';
import { toasts } from './toasts.svelte';

export function lessonInputOf(lesson: Lesson): LessonInput {
  return {
    title: lesson.title,
    what_happened: lesson.what_happened,
    cause: lesson.cause,
    learning: lesson.learning,
    recommendation: lesson.recommendation,
    tags: [...lesson.tags],
    session_id: lesson.session_id,
    step_id: lesson.step_id,
    learned_on: lesson.learned_on,
  };
}

/** What the lesson dialog is open on: a new lesson (id null) or an edit, and its heading. */
export interface LessonDraft {
  id: string | null;
  heading: string;
  input: LessonInput;
}

export class SessionLessons {
  items = $state<Lesson[]>([]);
  loaded = $state(false);
  draft = $state<LessonDraft | null>(null);
  #sessionId = '';

  async load(sessionId: string): Promise<void> {
    this.#sessionId = sessionId;
    try {
      this.items = await api.lessonsOfSession(sessionId);
    } catch (failure) {
      toasts.show(`The lessons could not be loaded: ${asIpcError(failure).message}`, { tone: 'error' });
    }
    this.loaded = true;
  }

  /** Opens the dialog on a new lesson of this session, at the step being run (if any). */
  startNew(stepId: number | null): void {
    this.draft = { id: null, heading: 'Add a lesson', input: emptyLesson(this.#sessionId, stepId, localDay()) };
  }

  /** Opens the dialog on a lesson drafted from a note, its text in the step's part. */
  startFromNote(note: Note, part: LessonPart): void {
    this.draft = { id: null, heading: 'Save as lesson', input: lessonFromNote(note, part, localDay()) };
  }

  startEdit(lesson: Lesson): void {
    this.draft = { id: lesson.id, heading: 'Edit lesson', input: lessonInputOf(lesson) };
  }

  cancel(): void {
    this.draft = null;
  }

  /** Saves the dialog's lesson; the refusal comes back so it can sit beside its field. */
  async save(input: LessonInput): Promise<IpcError | null> {
    const id = this.draft?.id ?? null;
    const error = id === null ? await this.create(input) : await this.update(id, input);
    if (!error) this.draft = null;
    return error;
  }

  async create(input: LessonInput): Promise<IpcError | null> {
    try {
      const lesson = await api.lessonCreate(input);
      if (lesson.session_id === this.#sessionId) this.items = [...this.items, lesson];
      toasts.show(`Lesson saved: ${lesson.title}`);
      return null;
    } catch (failure) {
      return asIpcError(failure);
    }
  }

  async update(id: string, input: LessonInput): Promise<IpcError | null> {
    try {
      const saved = await api.lessonUpdate(id, input);
      this.items = saved.session_id === this.#sessionId ? this.items.map((l) => (l.id === id ? saved : l)) : this.items.filter((l) => l.id !== id);
      toasts.show('Lesson updated');
      return null;
    } catch (failure) {
      return asIpcError(failure);
    }
  }

  async remove(lesson: Lesson): Promise<boolean> {
    try {
      await api.lessonDelete(lesson.id);
      this.items = this.items.filter((l) => l.id !== lesson.id);
      toasts.show('Lesson deleted');
      return true;
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
      return false;
    }
  }
}
