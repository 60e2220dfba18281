// What a technique's console panel may ask of the console while it is shown: to read its
// record again as the live session moves, and to lend the console its own live keys.
// Called from a panel's script, so the effects live and end with the panel.
import { untrack } from 'svelte';
import type { LiveHandlers } from '../lib/liveShortcuts';
import type { LiveSession } from '../state/liveSession.svelte';
import type { RecordConsole } from '../state/record.svelte';

/** Reads the record again whenever the step under way or the session's status changes. */
export function reloadAsTheSessionMoves(live: LiveSession, load: () => Promise<void>): void {
  const moment = $derived(live.view ? `${live.view.state.status}:${live.view.state.current}` : '');
  $effect(() => {
    if (moment) void untrack(load);
  });
}

/** Lends the console the panel's live keys for as long as the panel is shown. */
export function lendKeys(keeper: RecordConsole, keys: () => LiveHandlers): void {
  $effect(() => {
    keeper.keys = keys;
    return () => {
      keeper.keys = null;
    };
  });
}
