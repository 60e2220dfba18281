// The live timer's arithmetic: the big time (countdown, overtime, hours), what is left a
// while after a view arrived, the warning level and its words, and the schedule words.
import { describe, expect, it } from 'vitest';
import type { LiveView } from './bindings/LiveView';
import {
  formatClock,
  formatDuration,
  formatLength,
  isTimesUp,
  localPlannedEnd,
  localRemainingMs,
  localScheduleDeltaMs,
  plannedEndText,
  scheduleDeltaText,
  warningFor,
  warningLabel,
} from './liveClock';
import { afterActionReview } from '../testing/fixtures';
import { applyLive, liveView, newLiveState } from '../testing/fakeLive';

const T0 = Date.parse('2026-11-25T14:00:00Z');
const thresholds = { amber_secs: 120, red_secs: 30 };

function agenda() {
  return {
    steps: afterActionReview.steps.map((step, index) => ({
      id: index + 1,
      key: step.key,
      title: step.title,
      questions: step.questions,
      prompts: step.prompts,
      planned_secs: step.default_minutes * 60,
      optional: false,
    })),
  };
}

/** A view of the first step (10 minutes), started at T0 and seen `after` ms later. */
function runningView(after = 0, paused = false): LiveView {
  let state = applyLive(newLiveState(agenda()), { type: 'Start' }, T0);
  if (paused) state = applyLive(state, { type: 'Pause' }, T0 + after);
  return liveView('s-1', state, { message: null, blank: false, show_plan: false }, T0 + after);
}

describe('the big time', () => {
  it('counts down in minutes and seconds, rounding up so 00:01 shows until the end', () => {
    expect(formatClock(600_000)).toBe('10:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(1)).toBe('00:01');
  });

  it('shows overtime with a plus, counting up from zero', () => {
    expect(formatClock(0)).toBe('+00:00');
    expect(formatClock(-999)).toBe('+00:00');
    expect(formatClock(-192_000)).toBe('+03:12');
  });

  it('shows hours as H:MM:SS beyond an hour, either way', () => {
    expect(formatClock(3_600_000)).toBe('1:00:00');
    expect(formatClock(3_599_000)).toBe('59:59');
    expect(formatClock(5_025_000)).toBe('1:23:45');
    expect(formatClock(-3_723_000)).toBe('+1:02:03');
  });

  it('writes lengths and durations for the agenda and the summary', () => {
    expect(formatLength(600)).toBe('10 min');
    expect(formatLength(45)).toBe('45 sec');
    expect(formatLength(3900)).toBe('1 hr 5 min');
    expect(formatDuration(754)).toBe('12:34');
    expect(formatDuration(0)).toBe('00:00');
  });
});

describe('time left, worked out locally', () => {
  it('takes the time since the view arrived off what it said, while running', () => {
    const view = runningView();
    expect(view.remaining_ms).toBe(600_000);
    expect(localRemainingMs(view, 1_500)).toBe(598_500);
    expect(localRemainingMs(view, 700_000)).toBe(-100_000);
  });

  it('stays frozen while paused or before the start', () => {
    const paused = runningView(60_000, true);
    expect(localRemainingMs(paused, 30_000)).toBe(540_000);
    const before = liveView('s-1', newLiveState(agenda()), { message: null, blank: false, show_plan: false }, T0);
    expect(localRemainingMs(before, 30_000)).toBe(600_000);
  });

  it('moves the planned end on only once the step runs over', () => {
    const view = runningView();
    const end = Date.parse(view.planned_end ?? '');
    expect(end).toBe(T0 + 60 * 60_000);
    expect(localPlannedEnd(view, 120_000)).toBe(end);
    expect(localPlannedEnd(view, 660_000)).toBe(end + 60_000);
    // Paused, the end moves with the clock.
    expect(localPlannedEnd(runningView(0, true), 120_000)).toBe(end + 120_000);
  });

  it('counts the current step behind only by its overtime', () => {
    const view = runningView();
    expect(localScheduleDeltaMs(view, 300_000)).toBe(0);
    expect(localScheduleDeltaMs(view, 780_000)).toBe(180_000);
  });
});

describe('the warning level', () => {
  it('changes at exactly the thresholds, as Rust does', () => {
    expect(warningFor(120_001, thresholds, 'running')).toBe('normal');
    expect(warningFor(120_000, thresholds, 'running')).toBe('amber');
    expect(warningFor(30_000, thresholds, 'running')).toBe('red');
    expect(warningFor(1, thresholds, 'paused')).toBe('red');
    expect(warningFor(0, thresholds, 'running')).toBe('overtime');
  });

  it('is normal when no step is under way', () => {
    expect(warningFor(0, thresholds, 'not-started')).toBe('normal');
    expect(warningFor(-5, thresholds, 'finished')).toBe('normal');
  });

  it('has words for every level, from the thresholds', () => {
    expect(warningLabel('amber', 100_000, thresholds)).toBe('2 minutes left');
    expect(warningLabel('red', 20_000, thresholds)).toBe('30 seconds left');
    expect(warningLabel('amber', 50_000, { amber_secs: 60, red_secs: 10 })).toBe('1 minute left');
    expect(warningLabel('overtime', -5_000, thresholds)).toBe("Time's up");
    expect(warningLabel('overtime', -90_000, thresholds)).toBe('Overtime');
    expect(isTimesUp('overtime', -5_000)).toBe(true);
    expect(isTimesUp('overtime', -90_000)).toBe(false);
    expect(isTimesUp('red', 5_000)).toBe(false);
  });
});

describe('the schedule in words', () => {
  it('says behind, ahead or on schedule in whole minutes', () => {
    expect(scheduleDeltaText(180_000)).toBe('3 min behind');
    expect(scheduleDeltaText(-120_000)).toBe('2 min ahead');
    expect(scheduleDeltaText(29_000)).toBe('On schedule');
    expect(scheduleDeltaText(-29_000)).toBe('On schedule');
  });

  it('gives the end as a 24-hour local time', () => {
    const at = new Date(2026, 10, 25, 15, 40).getTime();
    expect(plannedEndText(at)).toBe('Ends about 15:40');
    expect(plannedEndText(new Date(2026, 10, 25, 9, 5).getTime())).toBe('Ends about 09:05');
  });
});
