// How planned-against-actual reads on the console: a row's difference.
import { describe, expect, it } from 'vitest';
import { differenceText } from './liveSummary';

describe('planned against actual, in words', () => {
  it('says how far off plan a step was, as Rust counts it', () => {
    expect(differenceText(135)).toBe('2:15 over');
    expect(differenceText(-90)).toBe('1:30 under');
    expect(differenceText(0)).toBe('On time');
  });
});
