// Editing a learning set meeting's bids and reading its rounds: bids keep the order they
// were made, a need or an issue makes a bid, a step's round, stale rounds, a meeting's
// number in its series, and how the agenda names a round's parts.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../lib/bindings/Action';
import type { SessionSummary } from '../../lib/bindings/SessionSummary';
import type { SetMeeting } from '../../lib/bindings/SetMeeting';
import { groupByOwner, growPart, meetingNumber, partName, roundOfStep, roundsOutOfDate, withBid, withConfidential, withIssue, withNeed, withoutBid } from './learningSets';

const empty: SetMeeting = { set_id: null, bids: [], gift_round: false, timings: { presentation: 5, questions: 20, gift: 5, learning: 5 }, rounds: [] };

describe('bids', () => {
  it('are added at the end, once each, and withdrawn', () => {
    const two = withBid(withBid(empty, 'ben'), 'asha', 'high', 'Discharge');
    expect(two.bids).toEqual([
      { person_id: 'ben', need: 'medium', issue: '' },
      { person_id: 'asha', need: 'high', issue: 'Discharge' },
    ]);
    expect(withBid(two, 'ben', 'low')).toBe(two);
    expect(withoutBid(two, 'ben').bids.map((b) => b.person_id)).toEqual(['asha']);
    expect(empty.bids).toEqual([]);
  });

  it('change their need or issue in place, and a need or issue alone makes a bid', () => {
    const one = withBid(empty, 'ben');
    expect(withNeed(withBid(one, 'asha'), 'ben', 'low').bids.map((b) => [b.person_id, b.need])).toEqual([
      ['ben', 'low'],
      ['asha', 'medium'],
    ]);
    expect(withNeed(one, 'cerys', 'high').bids.at(-1)).toEqual({ person_id: 'cerys', need: 'high', issue: '' });
    expect(withIssue(one, 'ben', 'Rotas').bids).toEqual([{ person_id: 'ben', need: 'medium', issue: 'Rotas' }]);
    expect(withIssue(one, 'dev', 'Clinics').bids.map((b) => b.person_id)).toEqual(['ben', 'dev']);
  });
});

describe('rounds', () => {
  const planned: SetMeeting = {
    ...empty,
    rounds: [
      { presenter: 'asha', step_ids: [3, 4, 5], confidential: false },
      { presenter: 'ben', step_ids: [6, 7, 8], confidential: false },
    ],
  };

  it('are found from any of their steps', () => {
    expect(roundOfStep(planned, 7)).toEqual({ round: planned.rounds[1], index: 1 });
    expect(roundOfStep(planned, 2)).toBeNull();
    expect(roundOfStep(planned, null)).toBeNull();
  });

  it('are out of date once the order differs from the presenters planned', () => {
    expect(roundsOutOfDate(planned, ['asha', 'ben'])).toBe(false);
    expect(roundsOutOfDate(planned, ['ben', 'asha'])).toBe(true);
    expect(roundsOutOfDate(planned, ['asha', 'ben', 'cerys'])).toBe(true);
    expect(roundsOutOfDate(empty, ['asha'])).toBe(false);
  });

  it('are marked confidential one at a time', () => {
    expect(withConfidential(planned, 1, true).rounds.map((r) => r.confidential)).toEqual([false, true]);
  });

  it("name their parts without the presenter's name", () => {
    const step = { id: 3, key: null, title: 'Asha Patel: “gift” round', questions: [], prompts: [], planned_secs: 300, optional: true };
    expect(partName(step, 'Asha Patel')).toBe('“gift” round');
    expect(partName(step, 'Ben Hughes')).toBe('Asha Patel: “gift” round');
    expect(growPart('Goal: What do you want?')).toEqual({ name: 'Goal', question: 'What do you want?' });
    expect(growPart('What do you want?')).toEqual({ name: '', question: 'What do you want?' });
  });
});

describe('the series and the report-in', () => {
  it("numbers a meeting by its place among the set's meetings", () => {
    const meetings = ['m-1', 'm-2', 'm-3'].map((id) => ({ id }) as SessionSummary);
    expect(meetingNumber(meetings, 'm-2')).toBe(2);
    expect(meetingNumber(meetings, 'm-9')).toBeNull();
  });

  it('groups carried actions by owner, owners in the order they first appear', () => {
    const action = (id: string, owner: string) => ({ id, owner }) as Action;
    const groups = groupByOwner([action('1', 'Ben'), action('2', 'Asha'), action('3', 'Ben'), action('4', ' ')]);
    expect(groups.map((g) => [g.owner, g.actions.map((a) => a.id)])).toEqual([
      ['Ben', ['1', '3']],
      ['Asha', ['2']],
      ['No owner', ['4']],
    ]);
  });
});
