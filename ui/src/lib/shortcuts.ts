// The keyboard shortcuts, as one table: the key handler and the help dialog both read it,
// so the help can never list a key that does nothing.

export type ShortcutAction = 'back' | 'save' | 'help';

export interface Shortcut {
  action: ShortcutAction;
  keys: string;
  does: string;
  matches: (event: KeyboardEvent) => boolean;
}

const ctrlOrCmd = (event: KeyboardEvent): boolean => event.ctrlKey || event.metaKey;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'back',
    keys: 'Alt + Left arrow',
    does: 'Go back to the previous page',
    matches: (e) => e.altKey && !ctrlOrCmd(e) && e.key === 'ArrowLeft',
  },
  {
    action: 'save',
    keys: 'Ctrl + S',
    does: 'Save the session you are editing',
    matches: (e) => ctrlOrCmd(e) && !e.altKey && e.key.toLowerCase() === 's',
  },
  {
    action: 'help',
    keys: 'F1',
    does: 'Show these keyboard shortcuts',
    matches: (e) => e.key === 'F1',
  },
];

export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  return SHORTCUTS.find((shortcut) => shortcut.matches(event))?.action ?? null;
}
