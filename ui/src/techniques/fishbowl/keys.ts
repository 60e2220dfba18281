// A Fishbowl's own live keys: the number keys select a chair of the inner circle, and the
// chair's sitter is given the fish, leaves, or is joined by someone from the outer circle.
import { letter, plain, type LiveShortcut } from '../../lib/liveShortcuts';

export type FishbowlAction = 'select-chair' | 'pass-fish' | 'drop-fish' | 'leave-chair' | 'seat-person';

/** The chair (counting from 0) a number key from 1 to 5 selects; null for any other key. */
export function chairFromKey(event: KeyboardEvent): number | null {
  if (!plain(event) || event.shiftKey) return null;
  const digit = /^[1-5]$/.test(event.key) ? Number(event.key) : /^Numpad[1-5]$/.test(event.code) ? Number(event.code.slice(-1)) : null;
  return digit === null ? null : digit - 1;
}

export const FISHBOWL_KEYS: readonly LiveShortcut<FishbowlAction>[] = [
  {
    action: 'select-chair',
    keys: ['1', '2', '3', '4', '5'],
    does: 'Select that chair of the inner circle',
    matches: (e) => chairFromKey(e) !== null,
  },
  {
    action: 'pass-fish',
    keys: ['G'],
    does: 'Give the fish to whoever sits in the selected chair',
    matches: (e) => letter(e, 'g'),
  },
  {
    action: 'drop-fish',
    keys: ['0'],
    does: 'Put the fish down: nobody has the floor',
    matches: (e) => plain(e) && !e.shiftKey && (e.key === '0' || e.code === 'Numpad0'),
  },
  {
    action: 'leave-chair',
    keys: ['L'],
    does: 'Whoever sits in the selected chair leaves the inner circle',
    matches: (e) => letter(e, 'l'),
  },
  {
    action: 'seat-person',
    keys: ['J'],
    does: 'Seat someone from the outer circle in the selected chair (type to find them)',
    matches: (e) => letter(e, 'j'),
  },
];
