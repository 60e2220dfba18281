// The few things the UI asks of its own window: which one it is (console or audience) and
// full screen. Outside Tauri (tests, the browser preview) they quietly do nothing.
import { getCurrentWindow } from '@tauri-apps/api/window';

export type WindowRole = 'console' | 'audience';

export function insideTauri(): boolean {
  return '__TAURI_INTERNALS__' in window;
}

/** The label Rust gave this window; the console unless it is the audience display. */
export function windowRole(): WindowRole {
  try {
    return getCurrentWindow().label === 'audience' ? 'audience' : 'console';
  } catch {
    return 'console';
  }
}

export async function setFullScreen(on: boolean): Promise<void> {
  try {
    await getCurrentWindow().setFullscreen(on);
  } catch {
    // No window to change (a test or the browser preview): the page still changes mode.
  }
}

export async function isFullScreen(): Promise<boolean> {
  try {
    return await getCurrentWindow().isFullscreen();
  } catch {
    return false;
  }
}
