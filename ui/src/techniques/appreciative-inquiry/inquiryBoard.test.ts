// The board's links kept in step as Rust keeps them, one group a person, and the nudge
// for a story that runs past one sentence.
import { describe, expect, it } from 'vitest';
import type { InquiryBoard } from '../../lib/bindings/InquiryBoard';
import { chainsOf, pastOneSentence, withMember, withoutDesign, withoutGroup } from './inquiryBoard';

const board: InquiryBoard = {
  stories: [],
  groups: [
    { id: 'a', name: 'Flow', members: ['p-1'], dreams: [{ id: 'd-1', text: 'Home by lunchtime' }] },
    { id: 'b', name: '', members: ['p-2'], dreams: [{ id: 'd-2', text: 'No waits for medicines' }] },
  ],
  designs: [{ id: 'g-1', statement: 'Checklist on admission', dream_ids: ['d-1', 'd-2'] }],
  deliveries: [{ action_id: 'x-1', design_ids: ['g-1'] }],
};

describe('the inquiry board', () => {
  it('takes a group’s dreams and their links with it', () => {
    const next = withoutGroup(board, 'a');
    expect(next.groups.map((g) => g.id)).toEqual(['b']);
    expect(next.designs[0]?.dream_ids).toEqual(['d-2']);
  });

  it('takes a design’s links out of the deliveries with it', () => {
    const next = withoutDesign(board, 'g-1');
    expect(next.designs).toEqual([]);
    expect(next.deliveries).toEqual([{ action_id: 'x-1', design_ids: [] }]);
  });

  it('keeps each person in one group', () => {
    const moved = withMember(board, 'b', 'p-1', true);
    expect(moved.groups.map((g) => g.members)).toEqual([[], ['p-2', 'p-1']]);
    expect(withMember(moved, 'b', 'p-1', false).groups.map((g) => g.members)).toEqual([[], ['p-2']]);
  });

  it('reads as chains, a design under every dream it serves', () => {
    expect(chainsOf(board).map((c) => [c.dream.id, c.designs.map((d) => [d.design.id, d.deliveries.length])])).toEqual([
      ['d-1', [['g-1', 1]]],
      ['d-2', [['g-1', 1]]],
    ]);
  });

  it('notices a story that runs past one sentence', () => {
    expect(pastOneSentence('Pharmacy started early, so medicines were ready.')).toBe(false);
    expect(pastOneSentence('Pharmacy started early. Medicines were ready.')).toBe(true);
    expect(pastOneSentence('Did it work? Yes')).toBe(true);
  });
});
