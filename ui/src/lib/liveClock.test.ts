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
import { Replay, transcriptOf } from '../testing/replay';
import recorded from '../testing/transcripts/live-clock.json';

const thresholds = { amber_secs: 120, red_secs: 30 };
const transcript = transcriptOf(recorded);
const running = new Replay(transcript, 'one step running');
const pausedRun = new Replay(transcript, 'paused a minute in');
/** The app's views of a 10-minute first step: as it started, and "after N ms". */
const started = running.reply<LiveView>('started');
const MOMENTS = (transcript['one step running'] ?? []).flatMap((e) => (e.label?.startsWith('after ') ? [Number(e.label.split(' ')[1])] : []));

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
    expect(started.remaining_ms).toBe(600_000);
    expect(localRemainingMs(started, 1_500)).toBe(598_500);
    expect(localRemainingMs(started, 700_000)).toBe(-100_000);
  });

  it('stays frozen while paused or before the start', () => {
    const paused = pausedRun.reply<LiveView>('paused');
    expect(localRemainingMs(paused, 30_000)).toBe(540_000);
    expect(localRemainingMs(running.reply<LiveView>('not started'), 30_000)).toBe(600_000);
  });

  it('moves the planned end on only once the step runs over', () => {
    const end = Date.parse(started.planned_end ?? '');
    expect(localPlannedEnd(started, 120_000)).toBe(end);
    expect(localPlannedEnd(started, 660_000)).toBe(end + 60_000);
    // Paused, the end moves with the clock.
    const paused = pausedRun.reply<LiveView>('paused');
    expect(localPlannedEnd(paused, 120_000)).toBe(Date.parse(paused.planned_end ?? '') + 120_000);
  });

  it('counts the current step behind only by its overtime', () => {
    expect(localScheduleDeltaMs(started, 300_000)).toBe(0);
    expect(localScheduleDeltaMs(started, 780_000)).toBe(180_000);
  });

  // The one rule the windows keep a copy of, so the clock counts smoothly between views:
  // at every moment the app was asked, the local figures are the app's own.
  it("matches the app's time left, warning, planned end and lateness at every recorded moment", () => {
    expect(MOMENTS.length).toBeGreaterThan(8);
    for (const ms of MOMENTS) {
      const rust = running.reply<LiveView>(`after ${ms} ms`);
      const left = localRemainingMs(started, ms);
      expect({ ms, left, warning: warningFor(left, started.thresholds, started.state.status) }).toEqual({ ms, left: rust.remaining_ms, warning: rust.warning });
      expect(localScheduleDeltaMs(started, ms)).toBe(rust.schedule_delta_ms);
      expect(localPlannedEnd(started, ms)).toBe(Date.parse(rust.planned_end ?? ''));
    }
    const paused = pausedRun.reply<LiveView>('paused');
    const later = pausedRun.reply<LiveView>('after 120000 ms');
    expect(localRemainingMs(paused, 120_000)).toBe(later.remaining_ms);
    expect(localPlannedEnd(paused, 120_000)).toBe(Date.parse(later.planned_end ?? ''));
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
