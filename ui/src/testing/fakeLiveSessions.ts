// The fake backend's live commands: the one session being run, opened from its technique's
// agenda, changed by commands and display settings, and announced to every listener.
import type { DisplayPlacement } from '../lib/bindings/DisplayPlacement';
import type { DisplayState } from '../lib/bindings/DisplayState';
import type { IpcError } from '../lib/bindings/IpcError';
import type { LiveCommand } from '../lib/bindings/LiveCommand';
import type { LiveState } from '../lib/bindings/LiveState';
import type { LiveView } from '../lib/bindings/LiveView';
import type { Session } from '../lib/bindings/Session';
import type { Technique } from '../lib/bindings/Technique';
import type { Thresholds } from '../lib/bindings/Thresholds';
import type { Warning } from '../lib/bindings/Warning';
import { emit } from '@tauri-apps/api/event';
import { announce, applyLive, DEFAULT_THRESHOLDS, liveView, newLiveState } from './fakeLive';
import { agendaFor, lengthsOf } from './fakeLengths';
import type { HandlerMap } from './fakeRecords';

type LiveCommandName =
  | 'live_open'
  | 'live_command'
  | 'live_display'
  | 'live_current'
  | 'live_set_thresholds'
  | 'live_thresholds'
  | 'display_open'
  | 'display_close';

const invalid = (field: string, message: string): IpcError => ({ kind: 'Invalid', message, field });

/** The thresholds unchanged, or the refusal Rust's Thresholds::validated gives. */
function validThresholds(t: Thresholds): Thresholds {
  if (t.red_secs < 5) throw invalid('red_secs', 'Red needs at least 5 seconds before the end of a step.');
  if (t.amber_secs <= t.red_secs) throw invalid('amber_secs', 'Amber must start earlier than red: give it more time before the end.');
  if (t.amber_secs > 3600) throw invalid('amber_secs', 'Amber can start at most 60 minutes before the end of a step.');
  return { ...t };
}

const notOpen = (): IpcError => ({
  kind: 'NotFound',
  message: 'That session is not open for running. Open it from the sessions list.',
  field: null,
});

export class FakeLiveSessions {
  states = new Map<string, LiveState>();
  running: { sessionId: string; display: DisplayState } | null = null;
  /** Where display_open says the audience display went. */
  placement: DisplayPlacement = { second_screen: true, monitor: 'HDMI-1' };
  /** The stored warning thresholds (the "live.thresholds" setting). */
  thresholds: Thresholds = { ...DEFAULT_THRESHOLDS };
  /** The clock the live session reads; tests may replace it. */
  now: () => number = () => Date.now();
  readonly #session: (id: string) => Session;
  readonly #technique: (session: Session) => Technique | undefined;

  constructor(session: (id: string) => Session, technique: (session: Session) => Technique | undefined) {
    this.#session = session;
    this.#technique = technique;
  }

  /** The view of the running session now (for tests). */
  view(): LiveView | null {
    const running = this.running;
    const state = running && this.states.get(running.sessionId);
    if (!running || !state) return null;
    const now = this.now();
    const technique = this.#technique(this.#session(running.sessionId));
    return {
      ...liveView(running.sessionId, state, running.display, now, { ...this.thresholds }),
      technique: null,
      lengths: technique && state.status === 'not-started' ? lengthsOf(technique, state.agenda) : [],
    };
  }

  /** Tells every window the view again (after a technique's change). */
  republish(sessionId: string): void {
    if (this.running?.sessionId === sessionId) this.#publish();
  }

  #publish(): LiveView {
    const view = this.view();
    if (!view) throw notOpen();
    announce(view);
    return view;
  }

  /** Sends the cue the shell sends when the timer changes colour by itself. */
  async cue(warning: Warning): Promise<void> {
    if (this.running) await emit('live-cue', { session_id: this.running.sessionId, warning });
  }

  readonly handlers: HandlerMap<LiveCommandName> = {
    live_open: ({ sessionId }) => {
      const session = this.#session(sessionId);
      if (!this.states.has(sessionId)) {
        const technique = this.#technique(session);
        this.states.set(sessionId, newLiveState(technique ? agendaFor(technique, null) : { steps: [] }));
        session.status = 'running';
      }
      const display = this.running?.sessionId === sessionId ? this.running.display : { message: null, blank: false, show_plan: false };
      this.running = { sessionId, display };
      return this.#publish();
    },
    live_command: ({ sessionId, command }) => {
      const state = this.states.get(sessionId);
      if (!state || this.running?.sessionId !== sessionId) throw notOpen();
      const technique = this.#technique(this.#session(sessionId));
      const resolved: LiveCommand =
        command.type === 'UseLength' && technique ? { type: 'SetAgenda', agenda: agendaFor(technique, command.variant) } : command;
      const next = applyLive(state, resolved, this.now());
      this.states.set(sessionId, next);
      if (next.status === 'finished') this.#session(sessionId).status = 'finished';
      return this.#publish();
    },
    live_display: ({ sessionId, display }) => {
      if (this.running?.sessionId !== sessionId) throw notOpen();
      const message = display.message?.trim() || null;
      if (message && message.length > 140) {
        throw { kind: 'Invalid', message: 'Keep the message under 140 characters so the room can read it.', field: 'message' } satisfies IpcError;
      }
      this.running.display = { message, blank: display.blank, show_plan: display.show_plan };
      return this.#publish();
    },
    live_current: () => this.view(),
    live_set_thresholds: ({ thresholds }) => {
      if (!this.running) throw notOpen();
      this.thresholds = validThresholds(thresholds);
      return this.#publish();
    },
    live_thresholds: () => ({ ...this.thresholds }),
    display_open: () => this.placement,
    display_close: () => null,
  };
}
