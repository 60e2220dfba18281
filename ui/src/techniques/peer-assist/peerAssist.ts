// How the peers' notice is put to the facilitator (Rust says how many days, and whether
// that is short of the plenty of notice the framework asks for).
/** "Peers had 21 days' notice", or what the invitation's date says instead. */
export function noticeWords(days: number): string {
  if (days < 0) return 'The peers were invited after the meeting date: check the date beside “Peers invited”.';
  if (days === 0) return 'Peers were invited on the day of the meeting.';
  return `Peers had ${days} ${days === 1 ? "day's" : "days'"} notice.`;
}
