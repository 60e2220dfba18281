// The Fishbowl's arithmetic on the console: the chair a join goes to, talk time brought up
// to date, the equity figures in words, the closed fishbowl's rotation prompt and the
// set-up's minutes:seconds.
import { describe, expect, it } from 'vitest';
import type { FishbowlOverview } from '../../lib/bindings/FishbowlOverview';
import {
  equityWords,
  formatMinSec,
  formatTalk,
  parseMinSec,
  rotationStatus,
  seatTarget,
  talkNow,
} from './fishbowl';

const at = (minute: number) => `2026-11-25T14:${String(minute).padStart(2, '0')}:00Z`;

describe('the chairs', () => {
  it('seats someone in the selected chair, else the first free one', () => {
    expect(seatTarget(['a', null, 'c', null], 2)).toBe(2);
    expect(seatTarget(['a', null, 'c', null], null)).toBe(1);
    expect(seatTarget(['a', 'b', 'c'], null)).toBeNull();
  });
});

describe('talk time', () => {
  const overview = {
    clock_running: true,
    talk: { people: [{ person: 'a', total_ms: 60_000, turns: 1, longest_ms: 60_000 }], total_ms: 60_000, current: { person: 'a', elapsed_ms: 20_000 } },
  } as FishbowlOverview;

  it('keeps the speaker’s clock running from the overview, and only the speaker’s', () => {
    expect(talkNow(overview, 'a', 5_000)).toBe(65_000);
    expect(talkNow(overview, 'b', 5_000)).toBe(0);
    expect(talkNow({ ...overview, clock_running: false }, 'a', 5_000)).toBe(60_000);
  });

  it('writes minutes and seconds without rolling minutes into hours', () => {
    expect(formatTalk(0)).toBe('0:00');
    expect(formatTalk(65_900)).toBe('1:05');
    expect(formatTalk(75 * 60_000)).toBe('75:00');
  });

  it('puts the equity figures in words', () => {
    expect(equityWords({ top_share: 0.384, gini: 0.2391, voices_heard: 5, voices_possible: 8 })).toEqual({
      top: 'Top speaker: 38% of talk time',
      gini: 'Evenness (Gini): 0.24, where 0 is perfectly even',
      voices: 'Voices heard: 5 of 8',
    });
    expect(equityWords({ top_share: null, gini: null, voices_heard: 0, voices_possible: 6 }).top).toBeNull();
  });
});

describe('rotation in a closed fishbowl', () => {
  const now = Date.parse(at(30));

  it('is due once a period has run and nobody has moved since it ended', () => {
    expect(rotationStatus(600_000, 540_000, now, 0)).toEqual({ rounds: 0, due: false, nextInMs: 60_000 });
    expect(rotationStatus(600_000, 660_000, now, now - 120_000)).toMatchObject({ rounds: 1, due: true });
    // Someone moved after the round ended: the prompt has been answered.
    expect(rotationStatus(600_000, 660_000, now, now - 30_000)).toMatchObject({ rounds: 1, due: false, nextInMs: 540_000 });
  });
});

describe('the set-up’s limits', () => {
  it('reads minutes or minutes:seconds, blank as none, and writes them back', () => {
    expect(parseMinSec('2')).toBe(120);
    expect(parseMinSec(' 1:30 ')).toBe(90);
    expect(parseMinSec('')).toBeNull();
    expect(parseMinSec('1:75')).toBeNaN();
    expect(parseMinSec('soon')).toBeNaN();
    expect(formatMinSec(90)).toBe('1:30');
    expect(formatMinSec(120)).toBe('2');
    expect(formatMinSec(null)).toBe('');
  });
});
