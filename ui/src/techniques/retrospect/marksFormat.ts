// How a Retrospect's marks are read out: the median ("Median 7.5"), how many marked, and
// what a typed mark means (a whole number from 0 to 10, or nothing).
import type { MarkSummary } from '../../lib/bindings/MarkSummary';

export const TOP_MARK = 10;

export function medianText(summary: MarkSummary | null): string {
  return summary?.median == null ? 'No marks yet' : `Median ${summary.median}`;
}

export function markedText(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'} marked`;
}

/** A typed mark: null for a blank (no mark), a number 0 to 10, or undefined when it is neither. */
export function parseMark(typed: string): number | null | undefined {
  const text = typed.trim();
  if (text === '') return null;
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const mark = Number(text);
  return mark <= TOP_MARK ? mark : undefined;
}

export const MARK_RULE = `Give a whole number from 0 to ${TOP_MARK}, or leave it blank.`;
