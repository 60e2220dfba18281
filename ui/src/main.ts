// Entry point: the house style, then the app. In a plain browser during development
// (no Tauri around it) the fake backend stands in so screens can be previewed.
import { mount } from 'svelte';
import './styles/base.css';
import './styles/controls.css';
import App from './App.svelte';
import { router } from './state/router.svelte';
import { api } from './lib/api';

async function start(): Promise<void> {
  if (import.meta.env.DEV && !('__TAURI_INTERNALS__' in window)) {
    const { previewInBrowser } = await import('./testing/browserPreview');
    previewInBrowser();
  }
  const target = document.getElementById('app');
  if (!target) throw new Error('The page has no #app element.');
  mount(App, { target });
  if ('__TAURI_INTERNALS__' in window) await connectToWindow();
}

/** Wiring that only exists inside the Tauri window. */
async function connectToWindow(): Promise<void> {
  const { getCurrentWindow } = await import('@tauri-apps/api/window');
  const appWindow = getCurrentWindow();
  // Closing the window with unsaved edits asks first, as leaving the page does.
  await appWindow.onCloseRequested((event) => {
    if (!router.requestClose(() => void appWindow.destroy())) event.preventDefault();
  });
  // Two animation frames: the first page is on screen. The startup benchmark times this.
  requestAnimationFrame(() => requestAnimationFrame(() => void api.appPainted()));
}

void start();
