// Toasts confirm what just happened without burying the console: at most three at once,
// the oldest making way, but never one that someone is reading or using.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TOASTS, toasts } from './toasts.svelte';

afterEach(() => toasts.clear());

describe('toasts', () => {
  it('keeps only the newest few', () => {
    for (const n of [1, 2, 3, 4, 5]) toasts.show(`Saved ${n}`);
    expect(toasts.items.map((t) => t.message)).toEqual(['Saved 3', 'Saved 4', 'Saved 5']);
    expect(toasts.items).toHaveLength(MAX_TOASTS);
  });

  it('never removes one that is in use to make room', () => {
    const held = toasts.show('Session moved to the bin');
    toasts.pause(held);
    for (const n of [1, 2, 3]) toasts.show(`Saved ${n}`);
    expect(toasts.items.map((t) => t.message)).toEqual(['Session moved to the bin', 'Saved 2', 'Saved 3']);
  });
});
