// Planned against actual for a finished session, from its agenda and the runs it kept:
// the same rules as the Rust summary (agenda order, then steps that ran and were removed;
// every run of a step added up; whole seconds, half rounding up).
import type { LiveState } from './bindings/LiveState';
import type { StepTiming } from './bindings/StepTiming';
import type { TimingSummary } from './bindings/TimingSummary';

/** Milliseconds to whole seconds, half a second rounding up; never negative. */
export function wholeSecs(ms: number): number {
  return Math.floor((Math.max(0, ms) + 500) / 1000);
}

export function timingSummary(state: LiveState): TimingSummary {
  const usedMs = (id: number): number =>
    state.completed.filter((run) => run.step_id === id).reduce((sum, run) => sum + run.active_ms, 0);

  const rows: { row: StepTiming; ms: number }[] = state.agenda.steps.map((step) => {
    const ms = usedMs(step.id);
    return {
      row: { step_id: step.id, title: step.title, planned_secs: step.planned_secs, actual_secs: wholeSecs(ms), on_agenda: true },
      ms,
    };
  });
  for (const run of state.completed) {
    if (rows.some(({ row }) => row.step_id === run.step_id)) continue;
    const last = state.completed.filter((r) => r.step_id === run.step_id).at(-1) ?? run;
    const ms = usedMs(run.step_id);
    rows.push({
      row: { step_id: run.step_id, title: last.title, planned_secs: last.planned_secs, actual_secs: wholeSecs(ms), on_agenda: false },
      ms,
    });
  }
  return {
    steps: rows.map(({ row }) => row),
    total_planned_secs: rows.reduce((sum, { row }) => sum + row.planned_secs, 0),
    total_actual_secs: wholeSecs(rows.reduce((sum, { ms }) => sum + ms, 0)),
  };
}

/** "+2:15 over", "1:30 under", "On time": actual against planned for one row. */
export function differenceText(plannedSecs: number, actualSecs: number): string {
  const diff = actualSecs - plannedSecs;
  if (Math.abs(diff) < 30) return 'On time';
  const secs = Math.abs(diff);
  const face = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
  return diff > 0 ? `${face} over` : `${face} under`;
}
