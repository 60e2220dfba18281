// A Fishbowl's own keys: they find their actions only where the fishbowl lends them,
// the number keys read the chair, and none of them takes a key the console already uses.
import { describe, expect, it } from 'vitest';
import { dispatchLiveKey, LIVE_SHORTCUTS, liveActionFor } from '../../lib/liveShortcuts';
import { keysOf } from '../registry';
import { chairFromKey, FISHBOWL_KEYS, type FishbowlAction } from './keys';

function press(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: document.body });
  return event;
}

describe("a fishbowl's keys", () => {
  it.each<[string, KeyboardEventInit, FishbowlAction]>([
    ['1', {}, 'select-chair'],
    ['5', {}, 'select-chair'],
    ['Unidentified', { code: 'Numpad3' }, 'select-chair'],
    ['g', {}, 'pass-fish'],
    ['0', {}, 'drop-fish'],
    ['l', {}, 'leave-chair'],
    ['j', {}, 'seat-person'],
  ])('maps %s to %s in a fishbowl, and to nothing elsewhere', (key, init, action) => {
    expect(liveActionFor(press(key, init), keysOf('fishbowl'))).toBe(action);
    expect(liveActionFor(press(key, init), keysOf('retrospect'))).toBeNull();
  });

  it('reads the chair from the number keys 1 to 5 only, and gives it to the handler', () => {
    expect(chairFromKey(press('1'))).toBe(0);
    expect(chairFromKey(press('Unidentified', { code: 'Numpad4' }))).toBe(3);
    expect(chairFromKey(press('6'))).toBeNull();
    expect(chairFromKey(press('0'))).toBeNull();
    expect(chairFromKey(press('2', { ctrlKey: true }))).toBeNull();
    const chosen: (number | null)[] = [];
    dispatchLiveKey(press('4'), { 'select-chair': (event) => chosen.push(chairFromKey(event)) }, FISHBOWL_KEYS);
    expect(chosen).toEqual([3]);
  });

  it('takes no key the console already uses', () => {
    const common = new Set(LIVE_SHORTCUTS.flatMap((s) => s.keys));
    for (const shortcut of FISHBOWL_KEYS) {
      for (const key of shortcut.keys) expect(common.has(key), key).toBe(false);
      expect(shortcut.does).not.toBe('');
    }
  });
});
