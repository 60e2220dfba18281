// Planned against actual for a finished session, computed in the UI from the runs kept.
import { describe, expect, it } from 'vitest';
import type { LiveState } from './bindings/LiveState';
import { differenceText, timingSummary, wholeSecs } from './liveSummary';
import { applyLive, newLiveState } from '../testing/fakeLive';

const T0 = Date.parse('2026-11-25T14:00:00Z');
const min = 60_000;

function agenda() {
  const step = (id: number, title: string, minutes: number) => ({ id, key: null, title, questions: [], prompts: [], planned_secs: minutes * 60, optional: false });
  return { steps: [step(1, 'Plan', 10), step(2, 'Happened', 15), step(3, 'Learn', 20)] };
}

/** Plan 12 min, Happened 5 min, back to Plan 1 min 30.4 s, Happened 4 min, finish. */
function finished(): LiveState {
  let s = newLiveState(agenda());
  const at = (ms: number) => T0 + ms;
  s = applyLive(s, { type: 'Start' }, at(0));
  s = applyLive(s, { type: 'Next' }, at(12 * min));
  s = applyLive(s, { type: 'Previous' }, at(17 * min));
  s = applyLive(s, { type: 'Next' }, at(18 * min + 30_400));
  s = applyLive(s, { type: 'Finish' }, at(22 * min + 30_400));
  return s;
}

describe('the timing summary', () => {
  it('adds up every run of a step, keeps agenda order and shows unreached steps as 0', () => {
    const summary = timingSummary(finished());
    expect(summary.steps.map((r) => [r.title, r.planned_secs, r.actual_secs])).toEqual([
      ['Plan', 600, 12 * 60 + 90],
      ['Happened', 900, 9 * 60],
      ['Learn', 1200, 0],
    ]);
    expect(summary.total_planned_secs).toBe(2700);
    expect(summary.total_actual_secs).toBe(22 * 60 + 30);
  });

  it('lists a step that ran and was then removed after the agenda, by its last title', () => {
    let s = newLiveState(agenda());
    s = applyLive(s, { type: 'Start' }, T0);
    s = applyLive(s, { type: 'RenameStep', id: 1, title: 'Intentions' }, T0 + 1000);
    s = applyLive(s, { type: 'Next' }, T0 + 5 * min);
    s = applyLive(s, { type: 'RemoveStep', id: 1 }, T0 + 6 * min);
    s = applyLive(s, { type: 'Finish' }, T0 + 8 * min);
    const rows = timingSummary(s).steps;
    expect(rows.map((r) => r.title)).toEqual(['Happened', 'Learn', 'Intentions']);
    expect(rows.at(-1)).toMatchObject({ on_agenda: false, actual_secs: 300, planned_secs: 600 });
  });

  it('rounds half a second up and never goes below zero', () => {
    expect(wholeSecs(1499)).toBe(1);
    expect(wholeSecs(1500)).toBe(2);
    expect(wholeSecs(-40)).toBe(0);
  });

  it('says how far off plan a step was', () => {
    expect(differenceText(600, 735)).toBe('2:15 over');
    expect(differenceText(600, 510)).toBe('1:30 under');
    expect(differenceText(600, 620)).toBe('On time');
  });
});
