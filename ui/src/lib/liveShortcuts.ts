// The keys of a live session, as one typed table (and each technique's own keys, in its
// folder, found through the registry): the console and the audience window dispatch keys
// from it, and the help overlay lists it, so the help can never show a key that does
// nothing. Keys are ignored while typing in a field, except Esc, and Space is left to
// check boxes and switches.

export type LiveAction =
  | 'toggle-timer'
  | 'next'
  | 'previous'
  | 'next-question'
  | 'previous-question'
  | 'add-minute'
  | 'remove-minute'
  | 'blank'
  | 'message'
  | 'present'
  | 'leave-full-screen'
  | 'help';

export interface LiveShortcut<A extends string = LiveAction> {
  action: A;
  /** The keys as the help overlay shows them. */
  keys: readonly string[];
  does: string;
  matches: (event: KeyboardEvent) => boolean;
  /** Works while the focus is in a text field too. */
  whileTyping?: boolean;
  /** A technique's key that works in the audience window too. */
  audience?: true;
}

export const plain = (event: KeyboardEvent): boolean => !event.ctrlKey && !event.metaKey && !event.altKey;
export const letter = (event: KeyboardEvent, wanted: string): boolean =>
  plain(event) && !event.shiftKey && event.key.toLowerCase() === wanted;

export const LIVE_SHORTCUTS: readonly LiveShortcut[] = [
  {
    action: 'toggle-timer',
    keys: ['Space'],
    does: 'Start, pause or resume the timer',
    matches: (e) => plain(e) && (e.key === ' ' || e.key === 'Spacebar'),
  },
  {
    action: 'next',
    keys: ['Right arrow'],
    does: 'Go to the next step',
    matches: (e) => plain(e) && !e.shiftKey && e.key === 'ArrowRight',
  },
  {
    action: 'previous',
    keys: ['Left arrow'],
    does: 'Go back to the previous step',
    matches: (e) => plain(e) && !e.shiftKey && e.key === 'ArrowLeft',
  },
  {
    action: 'next-question',
    keys: ['Down arrow'],
    does: "Go to the step's next question",
    matches: (e) => plain(e) && !e.shiftKey && e.key === 'ArrowDown',
  },
  {
    action: 'previous-question',
    keys: ['Up arrow'],
    does: "Go back to the step's previous question",
    matches: (e) => plain(e) && !e.shiftKey && e.key === 'ArrowUp',
  },
  {
    action: 'add-minute',
    keys: ['+', '='],
    does: 'Add a minute to this step',
    matches: (e) => plain(e) && (e.key === '+' || e.key === '=' || e.code === 'NumpadAdd'),
  },
  {
    action: 'remove-minute',
    keys: ['-', '_'],
    does: 'Take a minute off this step',
    matches: (e) => plain(e) && (e.key === '-' || e.key === '_' || e.code === 'NumpadSubtract'),
  },
  {
    action: 'blank',
    keys: ['B'],
    does: 'Blank the audience display, or bring it back',
    matches: (e) => letter(e, 'b'),
  },
  {
    action: 'message',
    keys: ['M'],
    does: 'Show a message to the room',
    matches: (e) => letter(e, 'm'),
  },
  {
    action: 'present',
    keys: ['F', 'F5'],
    does: 'Present full screen, or leave full screen',
    matches: (e) => letter(e, 'f') || (plain(e) && e.key === 'F5'),
  },
  {
    action: 'leave-full-screen',
    keys: ['Esc'],
    does: 'Leave full screen, or close a dialog',
    matches: (e) => e.key === 'Escape',
    whileTyping: true,
  },
  {
    action: 'help',
    keys: ['?'],
    does: 'Show these shortcuts',
    matches: (e) => !e.ctrlKey && !e.metaKey && e.key === '?',
  },
];

/** A text field, list box or editable region: somewhere a key press is typing. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[contenteditable="true"], [contenteditable=""]')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(target.type);
  }
  return false;
}

/**
 * A control Space changes and Enter does not (a check box, a switch, a slider). On a
 * button Space still runs the timer, so a button clicked a moment ago (+1 min) is not
 * pressed again by mistake; Enter presses buttons.
 */
function spaceToggles(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest('input[type="checkbox"], input[type="radio"], input[type="range"], [role="switch"], [role="checkbox"]') !== null;
}

/** A technique's own keys, beside the common ones. */
export type TechniqueKeys = readonly LiveShortcut<string>[];

/** The action a key press asks for here, or null (typing, a combination we don't use). */
export function liveActionFor(event: KeyboardEvent, own: TechniqueKeys = []): string | null {
  const shortcut = [...LIVE_SHORTCUTS, ...own].find((s) => s.matches(event));
  if (!shortcut) return null;
  if (!shortcut.whileTyping && isTypingTarget(event.target)) return null;
  if (shortcut.action === 'toggle-timer' && spaceToggles(event.target)) return null;
  return shortcut.action;
}

/** What each action does in this window; the key press is given to those that need it. */
export type LiveHandlers = Partial<Record<LiveAction | (string & {}), (event: KeyboardEvent) => void>>;

/**
 * Runs the handler for the key, if this window has one, and keeps the browser from also
 * acting on it (scrolling on Space, reloading on F5). Returns whether it was handled.
 */
export function dispatchLiveKey(event: KeyboardEvent, handlers: LiveHandlers, own: TechniqueKeys = []): boolean {
  if (event.defaultPrevented) return false;
  const action = liveActionFor(event, own);
  const handler = action ? handlers[action] : undefined;
  if (!handler) return false;
  event.preventDefault();
  handler(event);
  return true;
}
