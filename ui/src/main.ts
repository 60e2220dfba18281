// Entry point: the house style, then the app, or the audience display when this is the
// window Rust labelled "audience". In a plain browser during development (no Tauri around
// it) the fake backend stands in so screens can be previewed (add ?audience for the display).
import { getCurrentWindow } from '@tauri-apps/api/window';
import { mount } from 'svelte';
import './styles/base.css';
import './styles/controls.css';
import App from './App.svelte';
import AudienceApp from './AudienceApp.svelte';
import { router } from './state/router.svelte';
import { api } from './lib/api';
import { insideTauri, windowRole } from './lib/appWindow';
import { flushPendingWrites } from './lib/pendingWrites';

async function start(): Promise<void> {
  const inTauri = insideTauri();
  let audience = inTauri && windowRole() === 'audience';
  if (import.meta.env.DEV && !inTauri) {
    const { previewInBrowser } = await import('./testing/browserPreview');
    previewInBrowser();
    audience = new URLSearchParams(window.location.search).has('audience');
  }
  const target = document.getElementById('app');
  if (!target) throw new Error('The page has no #app element.');
  if (audience) {
    document.title = 'Mobilise: audience display';
    mount(AudienceApp, { target });
    return;
  }
  mount(App, { target });
  if (inTauri) await connectToWindow();
}

/** Wiring that only exists inside the Tauri window. */
async function connectToWindow(): Promise<void> {
  const appWindow = getCurrentWindow();
  // Closing the window with unsaved edits asks first, as leaving the page does; notes
  // being typed are saved before it goes.
  await appWindow.onCloseRequested(async (event) => {
    await flushPendingWrites();
    if (!router.requestClose(() => void appWindow.destroy())) event.preventDefault();
  });
  // Two animation frames: the first page is on screen. The startup benchmark times this.
  requestAnimationFrame(() => requestAnimationFrame(() => void api.appPainted()));
}

void start();
