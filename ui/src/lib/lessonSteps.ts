// Which steps yield lessons and which part of a lesson their notes fill, and which draw on
// earlier sessions' lessons (Rust's catalogue says, on each step), which techniques review
// their lessons at the close, and a lesson drafted from a note.
import type { AgendaStep } from './bindings/AgendaStep';
import type { LessonInput } from './bindings/LessonInput';
import type { LessonPart } from './bindings/LessonPart';
import type { Note } from './bindings/Note';
import type { Technique } from './bindings/Technique';
import { MAX_TITLE_CHARS } from './bindings/limits';

export type { LessonPart };


/** The part of a lesson the notes of this step fill, or null when the step yields none. */
export function lessonPartOf(technique: Technique | undefined, stepKey: string | null): LessonPart | null {
  if (stepKey === null) return null;
  return technique?.steps.find((step) => step.key === stepKey)?.lesson_part ?? null;
}

/** The framework closes these with "capture the lessons learned in the repository". */
export function reviewsLessonsAtClose(technique: Technique | undefined): boolean {
  return technique?.steps.some((step) => step.lesson_part !== null) ?? false;
}

/** Whether a step of the technique draws on the lessons of earlier sessions. */
export function looksForRelatedLessons(technique: Technique | undefined): boolean {
  return technique?.steps.some((step) => step.looks_back) ?? false;
}

/** Whether the step under way (by its key) is one that draws on earlier lessons. */
export function looksBackAt(technique: Technique | undefined, stepKey: string | null): boolean {
  return stepKey !== null && (technique?.steps.find((step) => step.key === stepKey)?.looks_back ?? false);
}

/** The first line of a text with something on it, cut to the longest a title can be. */
export function firstLine(text: string, max = MAX_TITLE_CHARS): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return Array.from(line.trim()).slice(0, max).join('').trimEnd();
}

/** Tags typed as "e-obs, Ward 7, go-live": trimmed, blanks dropped. */
export function tagsFromText(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

export function tagsToText(tags: string[]): string {
  return tags.join(', ');
}

/** A new, empty lesson of a session (and the step it is added at), learned on `day`. */
export function emptyLesson(sessionId: string | null, stepId: number | null, day: string): LessonInput {
  return {
    title: '',
    what_happened: '',
    cause: '',
    learning: '',
    recommendation: '',
    tags: [],
    session_id: sessionId,
    step_id: sessionId === null ? null : stepId,
    learned_on: day,
  };
}

/** A lesson drafted from a note: its first line as the title, its text in `part`. */
export function lessonFromNote(note: Note, part: LessonPart, day: string): LessonInput {
  return { ...emptyLesson(note.session_id, note.step_id, day), title: firstLine(note.text), [part]: note.text.trim() };
}

/** "Step 4: What can we learn from this?" for a lesson's step; null when it has none here. */
export function stepLabelOf(steps: AgendaStep[], stepId: number | null, lead = 'Step'): string | null {
  if (stepId === null) return null;
  const index = steps.findIndex((step) => step.id === stepId);
  return index < 0 ? null : `${lead} ${index + 1}: ${steps[index]!.title}`;
}
