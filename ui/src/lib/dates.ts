// Dates, times and lengths as people read them in Mobilise: "25 Nov 2026", "14:00",
// "1 hr 30 mins"; and the conversions between the stored form and the date-time input.

// Three letters, no full stop, and always "Sep": Intl gives "Sept" in en-GB, so the
// names are ours rather than the platform's.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Reads a local wall-clock value such as "2026-11-25T14:00:00" without any time zone. */
export function parseLocal(value: string): WallClock | null {
  const match = LOCAL_PATTERN.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

const two = (n: number): string => String(n).padStart(2, '0');

function dateOf(clock: WallClock): string {
  return `${clock.day} ${MONTHS[clock.month - 1] ?? ''} ${clock.year}`;
}

function timeOf(clock: WallClock): string {
  return `${two(clock.hour)}:${two(clock.minute)}`;
}

/** "25 Nov 2026" from a stored local date-time; the raw text if it cannot be read. */
export function formatDate(local: string): string {
  const clock = parseLocal(local);
  return clock ? dateOf(clock) : local;
}

/** "14:00" (24-hour) from a stored local date-time. */
export function formatTime(local: string): string {
  const clock = parseLocal(local);
  return clock ? timeOf(clock) : '';
}

/** "25 Nov 2026 14:00" from a stored local date-time. */
export function formatDateTime(local: string): string {
  const clock = parseLocal(local);
  return clock ? `${dateOf(clock)} ${timeOf(clock)}` : local;
}

/** "25 Nov 2026 14:05" in this computer's time zone, from a UTC instant such as updated_at. */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return `${dateOf({
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: 0,
    minute: 0,
  })} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The value a datetime-local input shows: "2026-11-25T14:00". Empty when unreadable. */
export function toInputValue(local: string): string {
  const clock = parseLocal(local);
  if (!clock) return '';
  return `${clock.year}-${two(clock.month)}-${two(clock.day)}T${two(clock.hour)}:${two(clock.minute)}`;
}

/** What the Rust side accepts, "YYYY-MM-DDTHH:MM:SS", from a datetime-local value; null if incomplete. */
export function fromInputValue(value: string): string | null {
  const clock = parseLocal(value);
  if (!clock) return null;
  return `${clock.year}-${two(clock.month)}-${two(clock.day)}T${two(clock.hour)}:${two(clock.minute)}:00`;
}

/** "45 mins", "1 hr", "1 hr 30 mins", "4 hrs": the framework's own way of writing lengths. */
export function formatMinutes(total: number): string {
  const minutes = Math.max(0, Math.round(total));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const minPart = `${rest} ${rest === 1 ? 'min' : 'mins'}`;
  if (hours === 0) return minPart;
  const hourPart = `${hours} ${hours === 1 ? 'hr' : 'hrs'}`;
  return rest === 0 ? hourPart : `${hourPart} ${minPart}`;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "25 Nov 2026" from a date without a time, such as an action's due date "2026-11-25". */
export function formatDay(day: string): string {
  const match = DAY_PATTERN.exec(day.trim());
  if (!match) return day;
  const [year, month, date] = match.slice(1, 4).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return day;
  return `${date} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** "14:05" (24-hour, this computer's time zone) from a UTC instant; empty when unreadable. */
export function formatInstantTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Today as "YYYY-MM-DD" in this computer's time zone (a day something was done). */
export function localDay(now = new Date()): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
