// An Action Learning Set meeting as the console edits it: the bids (made, withdrawn, their
// need and issue), which round a step belongs to, a meeting's place in its set's series,
// and how the agenda names a round's parts. Rust orders the bids and plans the rounds;
// these only shape what is sent and read what came back.
import type { Action } from '../../lib/bindings/Action';
import type { AgendaStep } from '../../lib/bindings/AgendaStep';
import type { Need } from '../../lib/bindings/Need';
import type { Round } from '../../lib/bindings/Round';
import type { SessionSummary } from '../../lib/bindings/SessionSummary';
import type { SetMeeting } from '../../lib/bindings/SetMeeting';
import type { TechniqueRecord } from '../../lib/bindings/TechniqueRecord';

/** The framework's first two steps of a set meeting, by Rust's step key. */
export const REPORT_IN_STEP = 'report-in';
export const BIDDING_STEP = 'bidding';

export const NEEDS: readonly Need[] = ['low', 'medium', 'high'];
export const NEED_LABELS: Record<Need, string> = { low: 'Low', medium: 'Medium', high: 'High' };
/** A bid made without choosing a level yet. */
export const DEFAULT_NEED: Need = 'medium';

export function asRecord(meeting: SetMeeting): TechniqueRecord {
  return { technique: 'action-learning-sets', record: meeting };
}

/** The meeting with this member's bid added at the end: bids keep the order they were made. */
export function withBid(meeting: SetMeeting, personId: string, need: Need = DEFAULT_NEED, issue = ''): SetMeeting {
  if (meeting.bids.some((bid) => bid.person_id === personId)) return meeting;
  return { ...meeting, bids: [...meeting.bids, { person_id: personId, need, issue }] };
}

export function withoutBid(meeting: SetMeeting, personId: string): SetMeeting {
  return { ...meeting, bids: meeting.bids.filter((bid) => bid.person_id !== personId) };
}

/** Sets a member's need, making their bid if they had not bid yet. */
export function withNeed(meeting: SetMeeting, personId: string, need: Need): SetMeeting {
  if (!meeting.bids.some((bid) => bid.person_id === personId)) return withBid(meeting, personId, need);
  return { ...meeting, bids: meeting.bids.map((bid) => (bid.person_id === personId ? { ...bid, need } : bid)) };
}

/** Sets a member's issue, making their bid if they had not bid yet. */
export function withIssue(meeting: SetMeeting, personId: string, issue: string): SetMeeting {
  if (!meeting.bids.some((bid) => bid.person_id === personId)) return withBid(meeting, personId, DEFAULT_NEED, issue);
  return { ...meeting, bids: meeting.bids.map((bid) => (bid.person_id === personId ? { ...bid, issue } : bid)) };
}

export function withConfidential(meeting: SetMeeting, index: number, confidential: boolean): SetMeeting {
  return { ...meeting, rounds: meeting.rounds.map((round, i) => (i === index ? { ...round, confidential } : round)) };
}

/** The round a step belongs to, with its place (from 0); null outside every round. */
export function roundOfStep(meeting: SetMeeting, stepId: number | null): { round: Round; index: number } | null {
  if (stepId === null) return null;
  const index = meeting.rounds.findIndex((round) => round.step_ids.includes(stepId));
  const round = meeting.rounds[index];
  return round ? { round, index } : null;
}

/** True when the planned rounds no longer follow the bidding order (a bid changed since). */
export function roundsOutOfDate(meeting: SetMeeting, order: readonly string[]): boolean {
  if (meeting.rounds.length === 0) return false;
  const presenters = meeting.rounds.map((round) => round.presenter);
  return presenters.length !== order.length || presenters.some((presenter, i) => presenter !== order[i]);
}

/** This meeting's number in its set's series (meetings oldest first), or null if not listed. */
export function meetingNumber(meetings: readonly SessionSummary[], sessionId: string): number | null {
  const index = meetings.findIndex((meeting) => meeting.id === sessionId);
  return index < 0 ? null : index + 1;
}

/** The agenda names a round's parts "<Name>: presentation": the part without the name. */
export function partName(step: AgendaStep, presenter: string): string {
  const prefix = `${presenter}: `;
  return step.title.startsWith(prefix) ? step.title.slice(prefix.length) : step.title;
}

export interface GrowPart {
  name: string;
  question: string;
}

/** "Goal: What do you want?" as its part and question. */
export function growPart(text: string): GrowPart {
  const at = text.indexOf(': ');
  return at < 0 ? { name: '', question: text } : { name: text.slice(0, at), question: text.slice(at + 2) };
}

export interface OwnerGroup {
  owner: string;
  actions: Action[];
}

/** Actions grouped by who owns them, owners in the order they first appear. */
export function groupByOwner(actions: readonly Action[]): OwnerGroup[] {
  const groups: OwnerGroup[] = [];
  for (const action of actions) {
    const key = action.owner.trim() || 'No owner';
    const group = groups.find((g) => g.owner === key);
    if (group) group.actions.push(action);
    else groups.push({ owner: key, actions: [action] });
  }
  return groups;
}
