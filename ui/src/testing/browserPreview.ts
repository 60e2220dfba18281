// Development only: lets `npm run dev` in an ordinary browser show the app against the
// fake backend. main.ts imports it behind import.meta.env.DEV, so it never ships.
// Add ?problem to the address to see the database problem screen, ?page=<name> for a
// page filled from a recording (?page=sessions&replay=sessions-page/listed,
// ?page=people&replay=people-page/listed, ?page=actions&replay=actions-page/listed), and
// ?replay=<file>/<scenario> alone to open the console on the session of a
// scenario the app's tests recorded (transcripts/*.json), answered from the recording:
// e.g. ?replay=run-console/started, ?replay=related-lessons/at the lessons step,
// ?replay=peer-assist/the visitors' feedback or ?replay=fishbowl-console/the fish passed
// by chair. Add &audience to see that session on the audience display instead, e.g.
// ?replay=audience-window/at the second step&audience.
import { router } from '../state/router.svelte';
import { FakeBackend } from './fakeBackend';
import type { LiveView } from '../lib/bindings/LiveView';
import type { Session } from '../lib/bindings/Session';
import { transcriptOf } from './replay';

const recordings = import.meta.glob('./transcripts/*.json', { eager: true, import: 'default' });

export function previewInBrowser(): FakeBackend {
  const params = new URLSearchParams(window.location.search);
  const backend = new FakeBackend({
    pickedFolder: '/home/facilitator/Documents/Mobilise',
    chosenStatus: { folder: '/home/facilitator/Documents/Mobilise', file: '/home/facilitator/Documents/Mobilise/mobilise.sqlite3', problem: null },
    delay: 150,
  });
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
  const replayed = replayScenario(backend, params.get('replay'));
  const page = params.get('page');
  if (page === 'sessions' || page === 'people' || page === 'actions') router.navigate({ name: page });
  else if (replayed && !params.has('audience')) router.navigate({ name: 'run', id: replayed });
  return backend;
}

/** Seeds the session of a recorded scenario ("retrospect/the room") and answers from it. */
function replayScenario(backend: FakeBackend, param: string | null): string | null {
  if (!param) return null;
  const slash = param.indexOf('/');
  const file = recordings[`./transcripts/${param.slice(0, slash)}.json`];
  if (slash < 0 || !file) throw new Error(`No recording ${param}: give ?replay=<file>/<scenario>, as in transcripts/*.json`);
  const transcript = transcriptOf(file);
  const replay = backend.replay(transcript, param.slice(slash + 1));
  if (replay.answers('session_get')) return replay.first<Session>('session_get').id;
  return replay.answers('live_current') ? (replay.first<LiveView | null>('live_current')?.session_id ?? null) : null;
}
