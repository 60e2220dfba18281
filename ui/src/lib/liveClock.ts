// The live timer as people read it, worked out from the last LiveView and how long ago it
// arrived: time left (never a counter that is decremented), the warning level and its
// words, "+03:12" overtime, "Ends about 15:40" and "3 min behind". Pure, so it is tested
// without a window or a clock.
import type { LiveStatus } from './bindings/LiveStatus';
import type { LiveView } from './bindings/LiveView';
import type { Thresholds } from './bindings/Thresholds';
import type { Warning } from './bindings/Warning';

/** What is left of the current step `elapsedMs` after `view` arrived: frozen unless running. */
export function localRemainingMs(view: LiveView, elapsedMs: number): number {
  if (view.state.status !== 'running') return view.remaining_ms;
  return view.remaining_ms - Math.max(0, elapsedMs);
}

/** The same levels as Rust's `Warning::for_remaining`; Normal unless a step is under way. */
export function warningFor(remainingMs: number, thresholds: Thresholds, status: LiveStatus): Warning {
  if (status !== 'running' && status !== 'paused') return 'normal';
  if (remainingMs <= 0) return 'overtime';
  if (remainingMs <= thresholds.red_secs * 1000) return 'red';
  if (remainingMs <= thresholds.amber_secs * 1000) return 'amber';
  return 'normal';
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "MM:SS", or "H:MM:SS" past an hour, for a whole number of seconds. */
function clockFace(totalSecs: number): string {
  const hours = Math.floor(totalSecs / 3600);
  const minutes = Math.floor((totalSecs % 3600) / 60);
  const seconds = totalSecs % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/**
 * The big time: "MM:SS" counting down (whole seconds rounded up, so "00:01" shows until
 * the very end), "+MM:SS" counting up in overtime, "H:MM:SS" (or "+H:MM:SS") past an hour.
 */
export function formatClock(remainingMs: number): string {
  if (remainingMs <= 0) return `+${clockFace(Math.floor(-remainingMs / 1000))}`;
  return clockFace(Math.ceil(remainingMs / 1000));
}

/** How long past zero "Time's up" shows before the label says "Overtime". */
export const TIMES_UP_MS = 60_000;

function amount(secs: number): string {
  if (secs % 60 === 0) {
    const minutes = secs / 60;
    return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  }
  return `${secs} ${secs === 1 ? 'second' : 'seconds'}`;
}

/** The words that go with the colour, so the level never depends on colour alone. */
export function warningLabel(warning: Warning, remainingMs: number, thresholds: Thresholds): string {
  switch (warning) {
    case 'normal':
      return 'On time';
    case 'amber':
      return `${amount(thresholds.amber_secs)} left`;
    case 'red':
      return `${amount(thresholds.red_secs)} left`;
    case 'overtime':
      return remainingMs > -TIMES_UP_MS ? "Time's up" : 'Overtime';
  }
}

/** True in the first moments after zero, when the timer flashes (unless motion is reduced). */
export function isTimesUp(warning: Warning, remainingMs: number): boolean {
  return warning === 'overtime' && remainingMs > -TIMES_UP_MS;
}

/**
 * How far behind (positive) the meeting is `elapsedMs` after the view: the view's figure,
 * with the current step's overtime brought up to date.
 */
export function localScheduleDeltaMs(view: LiveView, elapsedMs: number): number {
  const overThen = Math.max(0, -view.remaining_ms);
  const overNow = Math.max(0, -localRemainingMs(view, elapsedMs));
  return view.schedule_delta_ms - overThen + overNow;
}

/**
 * When the meeting should end, `elapsedMs` after the view, as epoch milliseconds: the
 * view's planned end moved on by the time that passed, less what the step used of its
 * own time meanwhile. Null after the finish.
 */
export function localPlannedEnd(view: LiveView, elapsedMs: number): number | null {
  if (view.planned_end === null) return null;
  const then = Date.parse(view.planned_end);
  if (Number.isNaN(then)) return null;
  const elapsed = Math.max(0, elapsedMs);
  const leftThen = Math.max(0, view.remaining_ms);
  const leftNow = Math.max(0, localRemainingMs(view, elapsed));
  return then + elapsed + leftNow - leftThen;
}

/** "3 min behind", "2 min ahead", or "On schedule" within half a minute. */
export function scheduleDeltaText(deltaMs: number): string {
  const minutes = Math.round(Math.abs(deltaMs) / 60_000);
  if (minutes === 0) return 'On schedule';
  return `${minutes} min ${deltaMs > 0 ? 'behind' : 'ahead'}`;
}

/** "Ends about 15:40" (24-hour, this computer's time zone). */
export function plannedEndText(epochMs: number): string {
  const at = new Date(epochMs);
  return `Ends about ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** "10 min", "1 hr 5 min", "45 sec": a step's planned length in the agenda list. */
export function formatLength(secs: number): string {
  const whole = Math.max(0, Math.round(secs));
  if (whole < 60) return `${whole} sec`;
  const minutes = Math.round(whole / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${minutes} min`;
  return rest === 0 ? `${hours} hr` : `${hours} hr ${rest} min`;
}

/** "12:34" (or "1:02:03") for a time taken, in whole seconds. */
export function formatDuration(secs: number): string {
  return clockFace(Math.max(0, Math.round(secs)));
}
