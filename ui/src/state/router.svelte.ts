// Which screen is showing, the way back, and the guard that stops unsaved edits being
// lost on the way out. A state machine in memory: no URLs, no server.
import type { SessionDraft } from '../lib/bindings/SessionDraft';
import type { TechniqueId } from '../lib/bindings/TechniqueId';

export type Route =
  | { name: 'library' }
  | { name: 'technique'; id: TechniqueId }
  | { name: 'sessions' }
  | { name: 'session'; id: string }
  | { name: 'new-session'; draft: SessionDraft }
  | { name: 'run'; id: string }
  | { name: 'people' }
  | { name: 'actions' }
  | { name: 'series'; technique: TechniqueId };

/** Where the main navigation is: one of its places, or a technique's screen of its series. */
export type Section = 'library' | 'sessions' | 'people' | 'actions' | TechniqueId;

export function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'library':
    case 'technique':
      return 'library';
    case 'sessions':
    case 'session':
    case 'new-session':
    case 'run':
      return 'sessions';
    case 'people':
      return 'people';
    case 'actions':
      return 'actions';
    case 'series':
      return route.technique;
  }
}

type Move = { kind: 'push'; route: Route } | { kind: 'back' } | { kind: 'close' };

/** Says whether leaving now would lose something. */
export type LeaveGuard = () => boolean;

class Router {
  current = $state<Route>({ name: 'library' });
  #history = $state<Route[]>([]);
  /** A move waiting for the person to confirm that unsaved changes may be discarded. */
  pending = $state<Move | null>(null);
  /** Bumped on every move that should take focus to the new page's heading. */
  arrivals = $state(0);
  #guard: LeaveGuard | null = null;
  #closeWindow: (() => void) | null = null;

  canGoBack = $derived(this.#history.length > 0);
  section = $derived(sectionOf(this.current));

  /** Goes to a page; `force` skips the unsaved-changes guard (the record was just deleted). */
  navigate(route: Route, { force = false }: { force?: boolean } = {}): void {
    if (force) this.#go({ kind: 'push', route });
    else this.#attempt({ kind: 'push', route });
  }

  back(): void {
    if (this.#history.length > 0) this.#attempt({ kind: 'back' });
  }

  /** Swaps the current page without a history entry or a focus move (a new session once saved). */
  replace(route: Route): void {
    this.current = route;
  }

  /** Registers the guard of the screen on show; returns its removal. */
  guard(check: LeaveGuard): () => void {
    this.#guard = check;
    return () => {
      if (this.#guard === check) this.#guard = null;
    };
  }

  /**
   * The window is being closed. Returns true when it may close now; otherwise the person
   * is asked first, and `close` runs if they choose to discard their edits.
   */
  requestClose(close: () => void): boolean {
    this.#closeWindow = close;
    if (this.#guard?.()) {
      this.pending = { kind: 'close' };
      return false;
    }
    return true;
  }

  discardAndLeave(): void {
    const move = this.pending;
    this.pending = null;
    if (move) this.#go(move);
  }

  stay(): void {
    this.pending = null;
  }

  /** Forgets history and guards: for tests and for a database switch. */
  reset(route: Route = { name: 'library' }): void {
    this.current = route;
    this.#history = [];
    this.pending = null;
    this.#guard = null;
  }

  #attempt(move: Move): void {
    if (this.#guard?.()) {
      this.pending = move;
      return;
    }
    this.#go(move);
  }

  #go(move: Move): void {
    if (move.kind === 'close') {
      this.#closeWindow?.();
      return;
    }
    if (move.kind === 'push') {
      this.#history = [...this.#history, this.current];
      this.current = move.route;
    } else {
      const previous = this.#history.at(-1);
      if (!previous) return;
      this.#history = this.#history.slice(0, -1);
      this.current = previous;
    }
    this.arrivals += 1;
  }
}

export const router = new Router();
