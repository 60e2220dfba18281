// Test environment: DOM matchers, and a clean slate after each test (rendered components,
// IPC mocks, and the app-wide stores, which are module singletons).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, vi } from 'vitest';
import { actionsList } from './state/actionsList.svelte';
import { database } from './state/database.svelte';
import { library } from './state/library.svelte';
import { people } from './state/people.svelte';
import { router } from './state/router.svelte';
import { sessions } from './state/sessions.svelte';
import { toasts } from './state/toasts.svelte';

// jsdom does not lay pages out, so it has no scrolling.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
Element.prototype.scrollIntoView = vi.fn();

afterEach(() => {
  cleanup();
  clearMocks();
  vi.useRealTimers();
  router.reset();
  library.reset();
  sessions.reset();
  people.reset();
  actionsList.reset();
  toasts.clear();
  database.status = null;
  database.error = null;
});
