// The fake backend's lessons: kept in memory with the store's rules (validated as Rust's
// LessonInput::validated, a session's in the order saved), searched by every word as a
// word beginning (a title match counting ten times a body match, a tag five), related by
// any telling word, and pinned to a session.
import type { Lesson } from '../lib/bindings/Lesson';
import type { LessonHit } from '../lib/bindings/LessonHit';
import type { LessonInput } from '../lib/bindings/LessonInput';
import type { IpcError } from '../lib/bindings/IpcError';
import type { Session } from '../lib/bindings/Session';
import { fold } from '../lib/search';
import type { HandlerMap } from './fakeRecords';

type LessonCommand =
  | 'lesson_create'
  | 'lesson_update'
  | 'lesson_delete'
  | 'lessons_of_session'
  | 'lessons_search'
  | 'lessons_related'
  | 'lessons_pinned'
  | 'lesson_pin';

const invalid = (field: string, message: string): IpcError => ({ kind: 'Invalid', message, field });
const gone = (what: string): IpcError => ({ kind: 'NotFound', message: `That ${what} no longer exists.`, field: null });

const STOP_WORDS = new Set(
  'about after action all also and any are before been but can could did does for from had has have how into its may more most not our ours out review should some than that the their them then there these they this those was were what when where which who why will with would you your'.split(' '),
);

const chars = (text: string) => Array.from(text).length;
const tokens = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const words = (text: string) => fold(text).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const telling = (word: string) => {
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return (bare.match(/[\p{L}\p{N}]/gu) ?? []).length >= 3 && !STOP_WORDS.has(bare);
};

/** How often a word (its parts in order, the last as a beginning) occurs in a text. */
function occurrences(word: string, text: string): number {
  const parts = tokens(word);
  const haystack = tokens(text);
  if (parts.length === 0) return 0;
  let count = 0;
  for (let i = 0; i + parts.length <= haystack.length; i++) {
    const fits = parts.every((part, j) => (j === parts.length - 1 ? haystack[i + j]!.startsWith(part) : haystack[i + j] === part));
    if (fits) count += 1;
  }
  return count;
}

function text(field: string, what: string, raw: string): string {
  const clean = raw.replace(/\r\n?/g, '\n').trim();
  if (chars(clean) > 5000) throw invalid(field, `${what} is too long: keep it under 5000 characters.`);
  return clean;
}

export function validLesson(input: LessonInput): LessonInput {
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (title === '') throw invalid('title', 'Give the lesson a title: one line that sums it up.');
  if (chars(title) > 200) throw invalid('title', 'The title is too long: keep it under 200 characters.');
  const what_happened = text('what_happened', 'What happened', input.what_happened);
  const cause = text('cause', 'The cause', input.cause);
  const learning = text('learning', 'What we learn', input.learning);
  const recommendation = text('recommendation', 'The recommendation', input.recommendation);
  if (what_happened === '' && learning === '' && recommendation === '') {
    throw invalid('what_happened', 'Say what happened, what we learn or what we recommend: a lesson needs at least one of them.');
  }
  if (input.step_id !== null && input.session_id === null) throw invalid('step_id', 'A lesson from a step needs the session the step belongs to.');
  const tags: string[] = [];
  input.tags.forEach((raw, index) => {
    const tag = raw.replace(/\s+/g, ' ').trim();
    if (tag === '') return;
    if (chars(tag) > 40) throw invalid(`tags.${index}`, `The tag “${tag}” is too long: keep tags under 40 characters.`);
    if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  });
  if (tags.length > 20) throw invalid('tags', 'A lesson can have at most 20 tags.');
  return { ...input, title, what_happened, cause, learning, recommendation, tags };
}

export class FakeLessons {
  lessons: Lesson[] = [];
  /** Session id -> the ids of the lessons pinned to it, in the order pinned. */
  pins = new Map<string, string[]>();
  #counter = 800;
  readonly #sessions: () => Session[];
  readonly #live: (id: string) => Session;

  /** `sessions`: every session, bin included; `live`: a session out of the bin, or throws. */
  constructor(sessions: () => Session[], live: (id: string) => Session) {
    this.#sessions = sessions;
    this.#live = live;
  }

  #lesson(id: string): Lesson {
    const lesson = this.lessons.find((l) => l.id === id);
    if (!lesson) throw gone('lesson');
    return lesson;
  }

  #hit(lesson: Lesson, rank: number): LessonHit {
    const session = this.#sessions().find((s) => s.id === lesson.session_id);
    return { lesson, session_title: session?.title ?? null, technique: session?.technique ?? null, rank };
  }

  #score(lesson: Lesson, word: string): number {
    const body = [lesson.what_happened, lesson.cause, lesson.learning, lesson.recommendation].join('\n');
    return 10 * occurrences(word, lesson.title) + 5 * occurrences(word, lesson.tags.join(' , ')) + occurrences(word, body);
  }

  /** Lessons matching `all` (or any) of the words, best first; newest first without words. */
  #hits(query: string[], all: boolean, exclude: string | null, limit: number): LessonHit[] {
    const newest = (a: Lesson, b: Lesson) => b.learned_on.localeCompare(a.learned_on) || b.created_at.localeCompare(a.created_at);
    return this.lessons
      .filter((lesson) => exclude === null || lesson.session_id !== exclude)
      .map((lesson) => ({ lesson, scores: query.map((word) => this.#score(lesson, word)) }))
      .filter(({ scores }) => query.length === 0 || (all ? scores.every((s) => s > 0) : scores.some((s) => s > 0)))
      .map(({ lesson, scores }) => ({ lesson, rank: scores.reduce((sum, s) => sum + s, 0) }))
      .sort((a, b) => b.rank - a.rank || newest(a.lesson, b.lesson))
      .slice(0, limit)
      .map(({ lesson, rank }) => this.#hit(lesson, rank));
  }

  #pinned(sessionId: string): LessonHit[] {
    return (this.pins.get(sessionId) ?? []).flatMap((id) => {
      const lesson = this.lessons.find((l) => l.id === id);
      return lesson ? [this.#hit(lesson, 0)] : [];
    });
  }

  readonly handlers: HandlerMap<LessonCommand> = {
    lesson_create: ({ lesson }) => {
      const clean = validLesson(lesson);
      if (clean.session_id !== null) this.#live(clean.session_id);
      this.#counter += 1;
      // A millisecond apart, so lessons saved in one test still sort in the order saved.
      const now = new Date(Date.now() + this.#counter).toISOString();
      const stored: Lesson = { ...clean, id: `lesson-${this.#counter}`, created_at: now, updated_at: now };
      this.lessons.push(stored);
      return stored;
    },
    lesson_update: ({ id, lesson }) => {
      const stored = this.#lesson(id);
      const clean = validLesson(lesson);
      if (clean.session_id !== null && clean.session_id !== stored.session_id) this.#live(clean.session_id);
      Object.assign(stored, clean, { updated_at: new Date().toISOString() });
      return stored;
    },
    lesson_delete: ({ id }) => {
      this.#lesson(id);
      this.lessons = this.lessons.filter((l) => l.id !== id);
      for (const [session, ids] of this.pins) this.pins.set(session, ids.filter((pinned) => pinned !== id));
      return null;
    },
    lessons_of_session: ({ sessionId }) => {
      this.#live(sessionId);
      return this.lessons.filter((l) => l.session_id === sessionId);
    },
    lessons_search: ({ query, limit }) => this.#hits(words(query), true, null, Math.min(limit ?? 50, 50)),
    lessons_related: ({ text, excludeSession, limit }) => {
      const telling_ = words(text).filter(telling);
      return telling_.length === 0 ? [] : this.#hits(telling_, false, excludeSession ?? null, Math.min(limit ?? 10, 50));
    },
    lessons_pinned: ({ sessionId }) => {
      this.#live(sessionId);
      return this.#pinned(sessionId);
    },
    lesson_pin: ({ sessionId, lessonId, pinned }) => {
      this.#live(sessionId);
      this.#lesson(lessonId);
      const ids = (this.pins.get(sessionId) ?? []).filter((id) => id !== lessonId);
      this.pins.set(sessionId, pinned ? [...ids, lessonId] : ids);
      return this.#pinned(sessionId);
    },
  };
}
