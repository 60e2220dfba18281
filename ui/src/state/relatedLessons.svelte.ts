// A session's look at what earlier sessions learned (for a technique with a step that
// draws on them): the lessons related to
// the session's title and purpose (or those matching words typed), best first, and the
// ones the facilitator pins to this session.
import { api, asIpcError, type IpcError } from '../lib/api';
import type { LessonHit } from '../lib/bindings/LessonHit';
import { toasts } from './toasts.svelte';

/** The most related lessons shown, and the most found by a search. */
export const RELATED_LIMIT = 10;
export const SEARCH_LIMIT = 20;

export class RelatedLessons {
  hits = $state<LessonHit[]>([]);
  pinned = $state<LessonHit[]>([]);
  /** The words the shown list was searched for; empty for the lessons related to the session. */
  query = $state('');
  loading = $state(false);
  loaded = $state(false);
  error = $state<IpcError | null>(null);
  /** The hits not pinned already, in their ranked order. */
  unpinned = $derived(this.hits.filter((hit) => !this.pinned.some((p) => p.lesson.id === hit.lesson.id)));

  readonly sessionId: string;
  #about = '';
  #request = 0;

  constructor(sessionId: string) {
    this.sessionId = sessionId;
  }

  /** Reads the pinned lessons and those related to `about` (the session's title and purpose). */
  async load(about: string): Promise<void> {
    this.#about = about;
    try {
      this.pinned = await api.lessonsPinned(this.sessionId);
    } catch (failure) {
      toasts.show(`The pinned lessons could not be loaded: ${asIpcError(failure).message}`, { tone: 'error' });
    }
    await this.search('');
  }

  /** Lessons holding every word of `query`, or those related to the session when it is empty. */
  async search(query: string): Promise<void> {
    const request = ++this.#request;
    const words = query.trim();
    this.loading = true;
    try {
      const hits = words === '' ? await api.lessonsRelated(this.#about, this.sessionId, RELATED_LIMIT) : await api.lessonsSearch(words, SEARCH_LIMIT);
      if (request !== this.#request) return;
      // This session's own lessons are in its lessons panel already.
      this.hits = hits.filter((hit) => hit.lesson.session_id !== this.sessionId);
      this.query = words;
      this.error = null;
    } catch (failure) {
      if (request === this.#request) this.error = asIpcError(failure);
    } finally {
      if (request === this.#request) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  async pin(hit: LessonHit, pinned: boolean): Promise<void> {
    try {
      this.pinned = await api.lessonPin(this.sessionId, hit.lesson.id, pinned);
      toasts.show(pinned ? `Pinned to this session: ${hit.lesson.title}` : `Unpinned: ${hit.lesson.title}`);
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
    }
  }
}
