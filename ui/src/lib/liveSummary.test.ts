// How planned-against-actual reads on the console: whole seconds and a row's difference.
import { describe, expect, it } from 'vitest';
import { differenceText, wholeSecs } from './liveSummary';

describe('planned against actual, in words', () => {
  it('rounds half a second up and never goes below zero', () => {
    expect(wholeSecs(1499)).toBe(1);
    expect(wholeSecs(1500)).toBe(2);
    expect(wholeSecs(-40)).toBe(0);
  });

  it('says how far off plan a step was', () => {
    expect(differenceText(600, 735)).toBe('2:15 over');
    expect(differenceText(600, 510)).toBe('1:30 under');
    expect(differenceText(600, 620)).toBe('On time');
  });
});
