// A Peer Assist's sides of the room, read from the roster's roles as Rust's Side::of_role
// reads them, and how the peers' notice is put to the facilitator.
import type { Participant } from '../../lib/bindings/Participant';

export type Side = 'home-team' | 'visitor';

/** The roster roles the technique reads: suggested on the session's participant rows. */
export const HOME_TEAM_ROLE = 'Home team';
export const VISITOR_ROLE = 'Visitor';

/** "Plenty of notice", the framework says: under two weeks earns a gentle word. */
export const PLENTY_OF_NOTICE_DAYS = 14;

export function sideOf(role: string): Side | null {
  const r = role.trim().toLowerCase();
  if (r.startsWith('home')) return 'home-team';
  if (r.startsWith('visitor') || r === 'peer' || r === 'peers') return 'visitor';
  return null;
}

export function onSide(participants: readonly Participant[], side: Side): Participant[] {
  return participants.filter((p) => sideOf(p.role) === side);
}

/** "Peers had 21 days' notice", or what the invitation's date says instead. */
export function noticeWords(days: number): string {
  if (days < 0) return 'The peers were invited after the meeting date: check the date beside “Peers invited”.';
  if (days === 0) return 'Peers were invited on the day of the meeting.';
  return `Peers had ${days} ${days === 1 ? "day's" : "days'"} notice.`;
}
