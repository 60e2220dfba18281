// One window's picture of the live session: the last LiveView it was given (by a command's
// answer or the "live-view" event, whichever is newer), its own clock to draw the timer
// from, and the commands the facilitator sends. Rust owns the state; this only draws it.
import { api, asIpcError, type IpcError } from '../lib/api';
import type { AgendaStep } from '../lib/bindings/AgendaStep';
import type { DisplayState } from '../lib/bindings/DisplayState';
import type { LiveCommand } from '../lib/bindings/LiveCommand';
import type { LiveCue } from '../lib/bindings/LiveCue';
import type { LiveView } from '../lib/bindings/LiveView';
import type { Thresholds } from '../lib/bindings/Thresholds';
import { localPlannedEnd, localRemainingMs, localScheduleDeltaMs, warningFor } from '../lib/liveClock';
import { listenLive } from '../lib/liveEvents';
import { toasts } from './toasts.svelte';

/** How often the timer is redrawn. */
export const REDRAW_MS = 250;

export class LiveSession {
  view = $state<LiveView | null>(null);
  error = $state<IpcError | null>(null);
  loading = $state(false);
  /** performance.now() when the view arrived, and at the last redraw. */
  receivedAt = $state(0);
  clock = $state(0);
  /** The session this window follows; null follows whichever is running (the audience). */
  #sessionId: string | null = null;

  elapsedMs = $derived(Math.max(0, this.clock - this.receivedAt));
  status = $derived(this.view?.state.status ?? 'not-started');
  step = $derived<AgendaStep | null>(this.view?.state.agenda.steps[this.view.state.current] ?? null);
  /** Position of the current question within the step (0 when it has none). */
  question = $derived(this.view?.state.question ?? 0);
  remainingMs = $derived(this.view ? localRemainingMs(this.view, this.elapsedMs) : 0);
  warning = $derived(this.view ? warningFor(this.remainingMs, this.view.thresholds, this.status) : 'normal');
  scheduleDeltaMs = $derived(this.view ? localScheduleDeltaMs(this.view, this.elapsedMs) : 0);
  plannedEnd = $derived(this.view ? localPlannedEnd(this.view, this.elapsedMs) : null);
  display = $derived<DisplayState>(this.view?.display ?? { message: null, blank: false, show_plan: false });

  constructor(sessionId: string | null = null) {
    this.#sessionId = sessionId;
  }

  /** Takes a view unless it is older than the one shown, or of another session. */
  accept(view: LiveView): void {
    if (this.#sessionId !== null && view.session_id !== this.#sessionId) return;
    if (this.view && view.session_id === this.view.session_id && Date.parse(view.now) < Date.parse(this.view.now)) return;
    this.view = view;
    this.receivedAt = performance.now();
    this.clock = this.receivedAt;
  }

  /**
   * Listens for views (and cues), and redraws the clock every REDRAW_MS. Returns the
   * function that stops both.
   */
  connect(oncue?: (cue: LiveCue) => void): () => void {
    let stopped = false;
    let stopListening: (() => void) | null = null;
    void listenLive({
      onview: (view) => this.accept(view),
      oncue: oncue
        ? (cue) => {
            if (this.#sessionId === null || cue.session_id === this.#sessionId) oncue(cue);
          }
        : undefined,
    }).then((stop) => {
      if (stopped) stop();
      else stopListening = stop;
    });
    const timer = setInterval(() => {
      this.clock = performance.now();
    }, REDRAW_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      stopListening?.();
    };
  }

  /** Opens the session for running (the console). */
  async open(sessionId: string): Promise<void> {
    this.#sessionId = sessionId;
    this.loading = true;
    this.error = null;
    try {
      this.accept(await api.liveOpen(sessionId));
    } catch (failure) {
      this.error = asIpcError(failure);
    } finally {
      this.loading = false;
    }
  }

  /** Asks for whatever is running now (the audience window, on start). */
  async follow(): Promise<void> {
    try {
      const view = await api.liveCurrent();
      if (view) this.accept(view);
    } catch (failure) {
      this.error = asIpcError(failure);
    }
  }

  /** Sends a command; a refusal is shown as Rust worded it. Returns whether it was done. */
  async send(command: LiveCommand): Promise<boolean> {
    const id = this.view?.session_id;
    if (!id) return false;
    try {
      this.accept(await api.liveCommand(id, command));
      return true;
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
      return false;
    }
  }

  /** Start, pause or resume, whichever the timer needs now. */
  toggle(): Promise<boolean> {
    switch (this.status) {
      case 'not-started':
        return this.send({ type: 'Start' });
      case 'running':
        return this.send({ type: 'Pause' });
      case 'paused':
        return this.send({ type: 'Resume' });
      case 'finished':
        return Promise.resolve(false);
    }
  }

  async setDisplay(display: DisplayState): Promise<boolean> {
    const id = this.view?.session_id;
    if (!id) return false;
    try {
      this.accept(await api.liveDisplay(id, display));
      return true;
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
      return false;
    }
  }

  /** Changes when the timer warns; the refusal comes back so it can sit by its field. */
  async setThresholds(thresholds: Thresholds): Promise<IpcError | null> {
    try {
      this.accept(await api.liveSetThresholds(thresholds));
      return null;
    } catch (failure) {
      return asIpcError(failure);
    }
  }

  toggleBlank(): Promise<boolean> {
    return this.setDisplay({ ...this.display, blank: !this.display.blank });
  }

  showMessage(message: string | null): Promise<boolean> {
    return this.setDisplay({ ...this.display, message });
  }
}
