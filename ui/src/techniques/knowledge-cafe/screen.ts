// When a café's table plan fills the projector: for the settle time at the start of each
// round (counted on the step's own timer, so it holds while paused), and whenever the
// facilitator puts it up.
import type { CafeDisplay } from '../../lib/bindings/CafeDisplay';
import type { LiveView } from '../../lib/bindings/LiveView';

/** Milliseconds of the round's settle time still to run, or null outside a round. */
export function settleLeftMs(cafe: CafeDisplay, view: LiveView, remainingMs: number): number | null {
  const state = view.state;
  const step = state.agenda.steps[state.current];
  if (cafe.current_round === null || state.status === 'not-started' || !step) return null;
  const allowanceMs = step.planned_secs * 1000 + state.adjust_ms;
  return cafe.settle_secs * 1000 - (allowanceMs - remainingMs);
}

/** Whether the table plan is up now. */
export function tablePlanUp(cafe: CafeDisplay, view: LiveView, remainingMs: number): boolean {
  const settle = settleLeftMs(cafe, view, remainingMs);
  return cafe.shown_round !== null && (view.display.show_plan || (settle !== null && settle > 0));
}
