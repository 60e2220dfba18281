// How planned-against-actual reads on the console (Rust works the figures out, and says
// when a step ran on time): a row's difference in words.

/** "2:15 over", "1:30 under", "On time": Rust's seconds off plan (0 is on time) in words. */
export function differenceText(offPlanSecs: number): string {
  if (offPlanSecs === 0) return 'On time';
  const secs = Math.abs(offPlanSecs);
  const face = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
  return offPlanSecs > 0 ? `${face} over` : `${face} under`;
}
