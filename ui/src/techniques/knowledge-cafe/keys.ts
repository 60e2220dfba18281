// A Knowledge Café's own live key: T puts the table plan on the projector, or takes it
// down. It works in the audience window too.
import { letter, type LiveShortcut } from '../../lib/liveShortcuts';

export const CAFE_KEYS: readonly LiveShortcut<'table-plan'>[] = [
  {
    action: 'table-plan',
    keys: ['T'],
    does: 'Show the table plan on the audience display, or go back to the question',
    matches: (e) => letter(e, 't'),
    audience: true,
  },
];
