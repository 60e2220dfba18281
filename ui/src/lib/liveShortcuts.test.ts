// The live keys: each key finds its action, typing in a field is left alone (except Esc),
// Space on a button presses the button only, and dispatch runs the handler once.
import { describe, expect, it, vi } from 'vitest';
import { LIVE_SHORTCUTS, dispatchLiveKey, isTypingTarget, liveActionFor, type LiveAction } from './liveShortcuts';

function press(key: string, init: KeyboardEventInit = {}, target: HTMLElement = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('the live key map', () => {
  it.each<[string, KeyboardEventInit, LiveAction]>([
    [' ', {}, 'toggle-timer'],
    ['ArrowRight', {}, 'next'],
    ['ArrowLeft', {}, 'previous'],
    ['ArrowDown', {}, 'next-question'],
    ['ArrowUp', {}, 'previous-question'],
    ['+', { shiftKey: true }, 'add-minute'],
    ['=', {}, 'add-minute'],
    ['Unidentified', { code: 'NumpadAdd' }, 'add-minute'],
    ['-', {}, 'remove-minute'],
    ['_', { shiftKey: true }, 'remove-minute'],
    ['b', {}, 'blank'],
    ['B', {}, 'blank'],
    ['m', {}, 'message'],
    ['f', {}, 'present'],
    ['F5', {}, 'present'],
    ['Escape', {}, 'leave-full-screen'],
    ['?', { shiftKey: true }, 'help'],
  ])('maps %s to %s', (key, init, action) => {
    expect(liveActionFor(press(key, init))).toBe(action);
  });

  it('leaves combinations to the browser and the app', () => {
    expect(liveActionFor(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(liveActionFor(press('b', { ctrlKey: true }))).toBeNull();
    expect(liveActionFor(press('x'))).toBeNull();
  });

  it('ignores keys typed in fields, except Esc', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const select = document.createElement('select');
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    for (const field of [input, textarea, select]) {
      expect(isTypingTarget(field)).toBe(true);
      expect(liveActionFor(press(' ', {}, field))).toBeNull();
      expect(liveActionFor(press('b', {}, field))).toBeNull();
      expect(liveActionFor(press('ArrowDown', {}, field))).toBeNull();
      expect(liveActionFor(press('Escape', {}, field))).toBe('leave-full-screen');
    }
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
  });

  it('runs the timer with Space even on a focused button, but leaves Space to a check box', () => {
    const button = document.createElement('button');
    expect(liveActionFor(press(' ', {}, button))).toBe('toggle-timer');
    expect(liveActionFor(press('ArrowRight', {}, button))).toBe('next');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(liveActionFor(press(' ', {}, checkbox))).toBeNull();
    expect(liveActionFor(press('b', {}, checkbox))).toBe('blank');
  });

  it('runs the handler once and stops the browser acting on the key', () => {
    const next = vi.fn();
    const event = press('ArrowRight');
    expect(dispatchLiveKey(event, { next })).toBe(true);
    expect(next).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    const typed = press('ArrowRight', {}, document.createElement('input'));
    expect(dispatchLiveKey(typed, { next })).toBe(false);
    expect(typed.defaultPrevented).toBe(false);
    expect(dispatchLiveKey(press('b'), { next })).toBe(false);
  });

  it('gives every action one entry with keys and words for the help', () => {
    const actions = LIVE_SHORTCUTS.map((s) => s.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const shortcut of LIVE_SHORTCUTS) {
      expect(shortcut.keys.length).toBeGreaterThan(0);
      expect(shortcut.does).not.toBe('');
    }
  });
});
