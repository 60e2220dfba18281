// The fake Fishbowl's sums, after Rust's talk.rs and equity.rs: the turns in a log, the
// running time of each (only while the session's clock ran), the equity figures, who has
// not yet spoken and who might leave next.
import type { Equity } from '../lib/bindings/Equity';
import type { FishbowlState } from '../lib/bindings/FishbowlState';
import type { FishbowlChange } from '../lib/bindings/FishbowlChange';
import type { FishbowlSetup } from '../lib/bindings/FishbowlSetup';
import type { Participant } from '../lib/bindings/Participant';
import type { SittingTalk } from '../lib/bindings/SittingTalk';
import type { TalkTime } from '../lib/bindings/TalkTime';
import { joinedAt } from '../techniques/fishbowl/fishbowl';

/** One accepted change and when (epoch milliseconds) it was made. */
export interface Logged {
  at: number;
  change: FishbowlChange;
}

/** When the session's clock ran: from Start or Resume to Pause or Finish (null: still running). */
export type Running = [number, number | null][];

interface Turn {
  person: string;
  from: number;
  to: number | null;
}

export function runningMs(running: Running, from: number, to: number): number {
  return running.reduce((sum, [start, end]) => sum + Math.max(0, Math.min(end ?? to, to) - Math.max(start, from)), 0);
}

/** The turns: the fish passed to someone, until passed on, put down, or its holder leaves. */
export function turns(events: readonly Logged[]): Turn[] {
  const seats = new Map<number, string>();
  const list: Turn[] = [];
  let holder: string | null = null;
  for (const { at, change } of events) {
    let holderGoes = false;
    if (change.type === 'Seat') {
      for (const [chair, sitter] of seats) if (sitter === change.person || sitter === change.leaver) seats.delete(chair);
      seats.set(change.chair, change.person);
      holderGoes = holder !== null && ![...seats.values()].includes(holder);
    } else if (change.type === 'Leave') {
      for (const [chair, sitter] of seats) if (sitter === change.person) seats.delete(chair);
      holderGoes = holder === change.person;
    } else if (change.type === 'Pass') {
      holderGoes = change.to !== holder;
    }
    if (!holderGoes) continue;
    const open = [...list].reverse().find((t) => t.to === null);
    if (open) open.to = at;
    holder = null;
    if (change.type === 'Pass' && change.to !== null) {
      list.push({ person: change.to, from: at, to: null });
      holder = change.to;
    }
  }
  return list;
}

export function talkTime(events: readonly Logged[], running: Running, now: number): TalkTime {
  const talk: TalkTime = { people: [], total_ms: 0, current: null };
  for (const turn of turns(events)) {
    const ms = runningMs(running, turn.from, Math.min(turn.to ?? now, now));
    const person = talk.people.find((p) => p.person === turn.person);
    if (person) {
      person.total_ms += ms;
      person.turns += 1;
      person.longest_ms = Math.max(person.longest_ms, ms);
    } else {
      talk.people.push({ person: turn.person, total_ms: ms, turns: 1, longest_ms: ms });
    }
    talk.total_ms += ms;
    if (turn.to === null) talk.current = { person: turn.person, elapsed_ms: ms };
  }
  return talk;
}

const totalOf = (talk: TalkTime, person: string): number => talk.people.find((p) => p.person === person)?.total_ms ?? 0;

export function gini(values: readonly number[]): number | null {
  const sorted = values.map((v) => Math.max(0, v)).sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  if (sum === 0) return null;
  const n = sorted.length;
  const pairs = sorted.reduce((acc, x, i) => acc + x * (2 * i - n + 1), 0);
  return pairs / (n * sum);
}

function voices(participants: readonly Participant[], setup: FishbowlSetup): string[] {
  return participants.map((p) => p.person_id).filter((id) => id !== setup.facilitator && id !== setup.scribe);
}

export function equity(setup: FishbowlSetup, state: FishbowlState, talk: TalkTime, participants: readonly Participant[]): Equity {
  const seated = [...new Set(state.sittings.map((s) => s.person))];
  const values = seated.map((id) => totalOf(talk, id)).concat(talk.people.filter((p) => !seated.includes(p.person)).map((p) => p.total_ms));
  const possible = setup.mode === 'open' ? voices(participants, setup) : seated;
  const top = Math.max(0, ...talk.people.map((p) => p.total_ms));
  return {
    top_share: talk.total_ms > 0 ? top / talk.total_ms : null,
    gini: gini(values),
    voices_heard: possible.filter((id) => totalOf(talk, id) > 0).length,
    voices_possible: possible.length,
  };
}

export function notYetSpoken(setup: FishbowlSetup, state: FishbowlState, talk: TalkTime, participants: readonly Participant[]): string[] {
  // In a closed fishbowl only those who have had a chair are expected to speak.
  const sat = new Set(state.sittings.map((s) => s.person));
  const silent = voices(participants, setup).filter((id) => (setup.mode === 'open' || sat.has(id)) && totalOf(talk, id) === 0);
  return [...silent.filter((id) => state.chairs.includes(id)), ...silent.filter((id) => !state.chairs.includes(id))];
}

/** Talk since each sitter last joined the inner circle, in chair order, as Rust works it out. */
export function thisSitting(state: FishbowlState, events: readonly Logged[], running: Running, now: number): SittingTalk[] {
  const all = turns(events);
  return state.chairs
    .filter((person): person is string => person !== null)
    .map((person) => {
      const joined = joinedAt(state.sittings, person) ?? '';
      const from = Date.parse(joined);
      const talk_ms = all
        .filter((t) => t.person === person && t.from >= from)
        .reduce((sum, t) => sum + runningMs(running, t.from, Math.min(t.to ?? now, now)), 0);
      return { person, talk_ms, joined_at: joined };
    });
}

export function suggestedLeaver(sitting: readonly SittingTalk[]): string | null {
  let best: SittingTalk | null = null;
  for (const stay of sitting) {
    if (!best || stay.talk_ms > best.talk_ms || (stay.talk_ms === best.talk_ms && Date.parse(stay.joined_at) < Date.parse(best.joined_at))) best = stay;
  }
  return best?.person ?? null;
}
