// What every technique's console panel and projector stage are given, so the registry can
// hold them side by side and the screens draw them without knowing which technique it is.
import type { LiveView } from '../lib/bindings/LiveView';
import type { Session } from '../lib/bindings/Session';
import type { LiveSession } from '../state/liveSession.svelte';
import type { RecordConsole } from '../state/record.svelte';
import type { SessionActions } from '../state/sessionActions.svelte';

export interface PanelProps<R> {
  /** The record as Rust last answered, and how edits reach it. */
  keeper: RecordConsole;
  record: R;
  session: Session;
  actions: SessionActions;
  live: LiveSession;
  /** The step under way (its agenda id), or null before the start and after the finish. */
  stepId: number | null;
  /** What that step is for (Rust's step key), or null when none is under way. */
  stepKey: string | null;
  /** The record's change added people to the session (walk-ins): read the session again. */
  rosterChanged: () => void;
}

/** What a technique's word in the "Before you start" reminder is given. */
export interface ReminderProps {
  session: Session;
  /** Today, as this computer's clock has it unless a test gives it. */
  now: Date;
}

export interface StageProps<D> {
  /** What Rust says the room sees of the record now. */
  display: D;
  /** How long the session's clock has run since Rust's view came (0 while it stands still). */
  sinceMs: number;
}

/** What a technique's part that fills the whole projector (a table plan) is given. */
export interface ScreenProps<D> {
  display: D;
  view: LiveView;
  /** The step's time left, counted locally between Rust's views. */
  remainingMs: number;
}
