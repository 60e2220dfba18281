// The date, time and length formats people see across Mobilise.
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDay,
  formatDateTime,
  formatInstant,
  formatInstantTime,
  localDay,
  formatMinutes,
  formatTime,
  fromInputValue,
  toInputValue,
} from './dates';

describe('dates as people read them', () => {
  it('writes the day, a three-letter month with no full stop, and the year', () => {
    expect(formatDate('2026-11-25T14:00:00')).toBe('25 Nov 2026');
    expect(formatDate('2026-01-05T09:30:00')).toBe('5 Jan 2026');
  });

  it('writes September as "Sep", never "Sept"', () => {
    expect(formatDate('2027-09-01T08:00:00')).toBe('1 Sep 2027');
  });

  it('writes times on the 24-hour clock with leading zeros', () => {
    expect(formatTime('2026-11-25T14:00:00')).toBe('14:00');
    expect(formatTime('2026-11-25T09:05:00')).toBe('09:05');
    expect(formatTime('2026-11-25T00:00:00')).toBe('00:00');
  });

  it('joins date and time for the sessions list', () => {
    expect(formatDateTime('2026-11-25T14:00:00')).toBe('25 Nov 2026 14:00');
  });

  it('does not shift a stored local time by the computer time zone', () => {
    // Stored times are wall-clock; a UTC parse would move 23:30 into the next day somewhere.
    expect(formatDateTime('2026-12-31T23:30:00')).toBe('31 Dec 2026 23:30');
  });

  it('shows unreadable text as it is rather than "Invalid Date"', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatTime('soon')).toBe('');
  });

  it('shows an instant in local time in the same style', () => {
    const local = new Date(2026, 8, 3, 7, 4);
    expect(formatInstant(local.toISOString())).toBe('3 Sep 2026 07:04');
  });
});

describe('the date-time input', () => {
  it('drops the seconds for the input and adds them back for Rust', () => {
    expect(toInputValue('2026-11-25T14:00:00')).toBe('2026-11-25T14:00');
    expect(fromInputValue('2026-11-25T14:00')).toBe('2026-11-25T14:00:00');
  });

  it('refuses an empty or half-typed value instead of sending it', () => {
    expect(fromInputValue('')).toBeNull();
    expect(fromInputValue('2026-11-25')).toBeNull();
    expect(fromInputValue('2026-13-01T10:00')).toBeNull();
  });
});

describe('lengths', () => {
  it('uses mins and hrs as the framework does', () => {
    expect(formatMinutes(45)).toBe('45 mins');
    expect(formatMinutes(1)).toBe('1 min');
    expect(formatMinutes(60)).toBe('1 hr');
    expect(formatMinutes(90)).toBe('1 hr 30 mins');
    expect(formatMinutes(240)).toBe('4 hrs');
    expect(formatMinutes(125)).toBe('2 hrs 5 mins');
  });
});

describe('a day without a time', () => {
  it('reads as "25 Nov 2026", and unreadable text is shown as it is', () => {
    expect(formatDay('2026-11-25')).toBe('25 Nov 2026');
    expect(formatDay('2026-09-03')).toBe('3 Sep 2026');
    expect(formatDay('soon')).toBe('soon');
  });
});

describe('moments of the day', () => {
  it('gives a UTC instant as a 24-hour local time, and today as a local day', () => {
    const local = new Date(2026, 10, 25, 9, 5);
    expect(formatInstantTime(local.toISOString())).toBe('09:05');
    expect(formatInstantTime('soon')).toBe('');
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
