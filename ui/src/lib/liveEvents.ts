// The two events the shell sends every window about the live session: a new view after
// each stored transition, and the cue when the timer changes colour by itself (the chime).
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { LiveCue } from './bindings/LiveCue';
import type { LiveView } from './bindings/LiveView';

export const EVENT_VIEW = 'live-view';
export const EVENT_CUE = 'live-cue';

/** Listens to both events; the returned function stops listening. Never throws. */
export async function listenLive(handlers: {
  onview: (view: LiveView) => void;
  oncue?: (cue: LiveCue) => void;
}): Promise<UnlistenFn> {
  const stops: UnlistenFn[] = [];
  try {
    stops.push(await listen<LiveView>(EVENT_VIEW, (event) => handlers.onview(event.payload)));
    const { oncue } = handlers;
    if (oncue) stops.push(await listen<LiveCue>(EVENT_CUE, (event) => oncue(event.payload)));
  } catch (failure) {
    // Outside the app (a test without events) there is nothing to hear; views still come
    // back from each command.
    console.warn('Live events are not available here', failure);
  }
  return () => {
    for (const stop of stops) stop();
  };
}
