// The peers' notice in words.
import { describe, expect, it } from 'vitest';
import { noticeWords } from './peerAssist';

describe('Peer Assist notice', () => {
  it('says how much notice the peers had', () => {
    expect(noticeWords(1)).toBe("Peers had 1 day's notice.");
    expect(noticeWords(21)).toBe("Peers had 21 days' notice.");
    expect(noticeWords(-2)).toMatch(/invited after the meeting date/);
  });
});
