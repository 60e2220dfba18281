// How planned-against-actual reads on the console: a row's difference.
import { describe, expect, it } from 'vitest';
import { differenceText } from './liveSummary';

describe('planned against actual, in words', () => {
  it('says how far off plan a step was', () => {
    expect(differenceText(600, 735)).toBe('2:15 over');
    expect(differenceText(600, 510)).toBe('1:30 under');
    expect(differenceText(600, 620)).toBe('On time');
  });
});
