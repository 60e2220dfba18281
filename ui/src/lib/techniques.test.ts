// The library rules: time filter, search and grouping by phase.
import { describe, expect, it } from 'vitest';
import { filterTechniques, groupByPhase, variantsThatFit } from './techniques';
import { CATALOGUE as techniques, catalogued } from '../testing/fixtures';

const knowledgeCafe = catalogued('knowledge-cafe');

describe('the "I have … minutes" filter', () => {
  // Rust's own catalogue, so the filter is tried on the lengths Rust works out.
  const library = (['after-action-review', 'peer-assist', 'knowledge-cafe', 'appreciative-inquiry'] as const).map(catalogued);
  const fitting = (minutes: number) => filterTechniques(library, { text: '', minutes }).map((t) => t.id);

  it('keeps a technique whose shortest form fits', () => {
    expect(fitting(15)).toContain('after-action-review');
    expect(fitting(120)).not.toContain('peer-assist');
    expect(fitting(240)).toContain('peer-assist');
  });

  it('keeps Knowledge Café for half an hour because the Espresso Café fits', () => {
    const cafe = catalogued('knowledge-cafe');
    expect(cafe.duration.min_minutes).toBeGreaterThan(30);
    expect(fitting(30)).toContain('knowledge-cafe');
    expect(variantsThatFit(cafe, 30).map((v) => v.name)).toEqual(['Espresso Café']);
  });

  it('names no variant when the technique fits on its own or no time is chosen', () => {
    expect(variantsThatFit(knowledgeCafe, 90)).toEqual([]);
    expect(variantsThatFit(knowledgeCafe, null)).toEqual([]);
  });

  it('does not let a longer variant make a technique fit', () => {
    expect(fitting(60)).not.toContain('appreciative-inquiry');
  });
});

describe('finding a technique', () => {
  it('matches name and purpose ignoring case and accents', () => {
    const names = (text: string) => filterTechniques(techniques, { text, minutes: null }).map((t) => t.name);
    expect(names('CAFE')).toEqual(['Knowledge Café']);
    expect(names('immediately after')).toEqual(['After Action Review']);
    expect(names('zebra')).toEqual([]);
    expect(names('')).toHaveLength(techniques.length);
  });

  it('applies the text and the time together', () => {
    const found = filterTechniques(techniques, { text: 'review', minutes: 15 });
    expect(found.map((t) => t.id)).toEqual(['before-action-review', 'after-action-review']);
  });
});

describe('grouping by phase', () => {
  it('puts a technique in every phase it serves, in framework order', () => {
    const groups = groupByPhase(techniques);
    expect(groups.map((g) => g.heading)).toEqual(['Learning before', 'Learning during', 'Learning after']);
    const before = groups[0]?.techniques.map((t) => t.id);
    const after = groups[2]?.techniques.map((t) => t.id);
    expect(before).toContain('appreciative-inquiry');
    expect(after).toContain('appreciative-inquiry');
    expect(groups[1]?.techniques.map((t) => t.id)).not.toContain('appreciative-inquiry');
  });
});
