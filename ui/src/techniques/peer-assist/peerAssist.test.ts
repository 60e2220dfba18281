// A Peer Assist's sides read from roster roles as Rust's Side::of_role reads them, and the
// peers' notice in words.
import { describe, expect, it } from 'vitest';
import { noticeWords, sideOf } from './peerAssist';

describe('Peer Assist sides and notice', () => {
  it('reads roles the way Rust does', () => {
    expect(['Home team', ' home', 'HOME TEAM LEAD'].map(sideOf)).toEqual(['home-team', 'home-team', 'home-team']);
    expect(['Visitor', 'visitors', 'Peer', 'peers'].map(sideOf)).toEqual(['visitor', 'visitor', 'visitor', 'visitor']);
    expect(['peer reviewer', 'scribe', ''].map(sideOf)).toEqual([null, null, null]);
  });

  it('says how much notice the peers had', () => {
    expect(noticeWords(1)).toBe("Peers had 1 day's notice.");
    expect(noticeWords(21)).toBe("Peers had 21 days' notice.");
    expect(noticeWords(-2)).toMatch(/invited after the meeting date/);
  });
});
