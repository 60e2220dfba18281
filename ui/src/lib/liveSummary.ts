// How planned-against-actual reads on the console (Rust works the figures out): a row's
// difference in words.

/** "+2:15 over", "1:30 under", "On time": actual against planned for one row. */
export function differenceText(plannedSecs: number, actualSecs: number): string {
  const diff = actualSecs - plannedSecs;
  if (Math.abs(diff) < 30) return 'On time';
  const secs = Math.abs(diff);
  const face = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
  return diff > 0 ? `${face} over` : `${face} under`;
}
