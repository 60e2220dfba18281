// Development only: lets `npm run dev` in an ordinary browser show the app against the
// fake backend. main.ts imports it behind import.meta.env.DEV, so it never ships.
// Add ?problem to the address to see the database problem screen.
import { FakeBackend } from './fakeBackend';
import { people, sessions, techniques } from './fixtures';

export function previewInBrowser(): FakeBackend {
  const params = new URLSearchParams(window.location.search);
  const backend = new FakeBackend({ techniques, sessions, people, pickedFolder: '/home/facilitator/Documents/Mobilise', delay: 150 });
  if (params.has('problem')) {
    backend.status = {
      ...backend.status,
      problem: {
        kind: 'NewerSchema',
        message: 'This database was made by a newer version of Mobilise (schema 7; this app knows up to 3). Update Mobilise to open it.',
        field: null,
      },
    };
  }
  return backend;
}
