// A Fishbowl as the console reads it (Rust says which chair is the spare and when a join
// needs someone to leave): talk time brought up to date from the overview's `now`, the equity
// figures in words, the rotation prompt of a closed fishbowl, and the minutes:seconds the
// set-up form takes. Pure, so it is tested without a window or a clock.
import type { Equity } from '../../lib/bindings/Equity';
import type { FishbowlOverview } from '../../lib/bindings/FishbowlOverview';
import type { Sitting } from '../../lib/bindings/Sitting';

/** The agenda's discussion step, by Rust's step key. */
export const DISCUSSION_STEP = 'discussion';

/** "Chair 2", or "Spare chair" for an open fishbowl's last chair. */
export function chairName(chair: number, spare: number | null): string {
  return chair === spare ? 'Spare chair' : `Chair ${chair + 1}`;
}

export function firstFreeChair(chairs: readonly (string | null)[]): number | null {
  const free = chairs.findIndex((sitter) => sitter === null);
  return free < 0 ? null : free;
}

/** Where someone from the outer circle goes: the selected chair, else the first free one. */
export function seatTarget(chairs: readonly (string | null)[], selected: number | null): number | null {
  if (selected !== null && selected < chairs.length) return selected;
  return firstFreeChair(chairs);
}

/** `person`'s talk `sinceMs` after the overview arrived: the speaker's clock keeps running. */
export function talkNow(overview: FishbowlOverview, person: string, sinceMs: number): number {
  const total = overview.talk.people.find((p) => p.person === person)?.total_ms ?? 0;
  return total + (isSpeaking(overview, person) ? Math.max(0, sinceMs) : 0);
}

/** The current turn's length `sinceMs` after the overview arrived; null when the fish is down. */
export function turnNow(overview: FishbowlOverview, sinceMs: number): number | null {
  const current = overview.talk.current;
  if (!current) return null;
  return current.elapsed_ms + (overview.clock_running ? Math.max(0, sinceMs) : 0);
}

function isSpeaking(overview: FishbowlOverview, person: string): boolean {
  return overview.clock_running && overview.talk.current?.person === person;
}

/** All talk `sinceMs` after the overview arrived. */
export function totalNow(overview: FishbowlOverview, sinceMs: number): number {
  return overview.talk.total_ms + (overview.clock_running && overview.talk.current ? Math.max(0, sinceMs) : 0);
}

/** "m:ss" for a talk time ("0:45", "12:05", "75:00"): minutes are not rolled into hours. */
export function formatTalk(ms: number): string {
  const secs = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
}

/** A share (0 to 1) as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The equity figures in words, or null for those that wait until someone has spoken. */
export function equityWords(equity: Equity): { top: string | null; gini: string | null; voices: string } {
  return {
    top: equity.top_share === null ? null : `Top speaker: ${percent(equity.top_share)} of talk time`,
    gini: equity.gini === null ? null : `Evenness (Gini): ${equity.gini.toFixed(2)}, where 0 is perfectly even`,
    voices: `Voices heard: ${equity.voices_heard} of ${equity.voices_possible}`,
  };
}

/** The last time anyone sat down or left, in epoch milliseconds (0 if never). */
export function lastMoveMs(sittings: readonly Sitting[]): number {
  return sittings.reduce((latest, s) => Math.max(latest, Date.parse(s.from), s.to ? Date.parse(s.to) : 0), 0);
}

export interface RotationStatus {
  /** Rotation periods the discussion has run. */
  rounds: number;
  /** A period has ended since the last change of seats. */
  due: boolean;
  /** Until the next period ends. */
  nextInMs: number;
}

/**
 * A closed fishbowl's prompt to rotate: due when the discussion has run another
 * `rotationMs` and nobody has moved since that moment (`nowMs` and `lastMove` are
 * wall-clock instants, `discussionMs` the discussion's running time).
 */
export function rotationStatus(rotationMs: number, discussionMs: number, nowMs: number, lastMove: number): RotationStatus {
  const rounds = rotationMs > 0 ? Math.floor(Math.max(0, discussionMs) / rotationMs) : 0;
  const sinceBoundary = discussionMs - rounds * rotationMs;
  return { rounds, due: rounds >= 1 && lastMove < nowMs - sinceBoundary, nextInMs: rotationMs - sinceBoundary };
}

/**
 * Seconds from the form's text: "2" is two minutes, "1:30" a minute and a half; blank is
 * no limit (null); anything else NaN.
 */
export function parseMinSec(text: string): number | null {
  const clean = text.trim();
  if (clean === '') return null;
  const match = /^(\d{1,3})(?::([0-5]\d))?$/.exec(clean);
  if (!match) return NaN;
  return Number(match[1]) * 60 + Number(match[2] ?? 0);
}

/** The form's text for a number of seconds: "2", "1:30"; blank for none. */
export function formatMinSec(secs: number | null): string {
  if (secs === null) return '';
  const rest = secs % 60;
  return rest === 0 ? String(secs / 60) : `${Math.floor(secs / 60)}:${String(rest).padStart(2, '0')}`;
}
