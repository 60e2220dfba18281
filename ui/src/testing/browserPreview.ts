// Development only: lets `npm run dev` in an ordinary browser show the app against the
// fake backend. main.ts imports it behind import.meta.env.DEV, so it never ships.
// Add ?problem to the address to see the database problem screen, ?run=s-1 to open the
// console on a session (with &start to start it, &elapsed=590 to start it that many seconds ago, &message=… to show a message, &finish for the summary),
// ?actions for the actions page, and
// ?audience (with the same options) to see the audience display. ?run=s-4 is a Before
// Action Review that finds the lessons the After Action Review s-1 saved.
// ?replay=retrospect/the room opens the session of a scenario the app's tests recorded
// (transcripts/*.json) and answers from the recording: a technique's record is edited
// that way, e.g. ?replay=peer-assist/the visitors' feedback or
// ?replay=fishbowl-console/the fish passed by chair.
import { router } from '../state/router.svelte';
import { FakeBackend } from './fakeBackend';
import { beforeActionReview, lessonSessions, retrospect, seedLessons } from './lessonFixtures';
import { catalogued, people, sessions, techniques } from './fixtures';
import type { Session } from '../lib/bindings/Session';
import { transcriptOf } from './replay';

const recordings = import.meta.glob('./transcripts/*.json', { eager: true, import: 'default' });

export function previewInBrowser(): FakeBackend {
  const params = new URLSearchParams(window.location.search);
  const backend = new FakeBackend({
    techniques: [...techniques, catalogued('fishbowl'), beforeActionReview, retrospect],
    sessions: [...sessions, ...lessonSessions],
    people,
    pickedFolder: '/home/facilitator/Documents/Mobilise',
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
  backend.records.actions = [
    { id: 'a-1', session_id: 's-1', step_id: 4, what: 'Add the go-live lessons to the lessons register', owner: 'Priya Shah', owner_person_id: 'p-1', due_on: '2026-01-15', status: 'open', created_at: '2026-11-25T15:20:00Z', updated_at: '2026-11-25T15:20:00Z' },
    { id: 'a-2', session_id: 's-1', step_id: 4, what: 'Check the pharmacy handover sheet with the night team', owner: 'Tom Okafor', owner_person_id: 'p-2', due_on: '2099-12-01', status: 'open', created_at: '2026-11-25T15:21:00Z', updated_at: '2026-11-25T15:21:00Z' },
    { id: 'a-3', session_id: 's-2', step_id: null, what: 'Circulate the café notes', owner: 'Tom Okafor', owner_person_id: 'p-2', due_on: null, status: 'done', created_at: '2026-09-03T11:00:00Z', updated_at: '2026-09-03T11:00:00Z' },
  ];
  seedLessons(backend);
  const replayed = replayScenario(backend, params.get('replay'));
  const run = replayed ?? params.get('run') ?? (params.has('audience') ? 's-1' : null);
  if (run) {
    if (!replayed) backend.handlers.live_open({ sessionId: run });
    if (params.has('start')) {
      // &elapsed=590 starts the clock that many seconds ago, to see the warnings.
      const ago = Number(params.get('elapsed') ?? 0) * 1000;
      backend.live.now = () => Date.now() - ago;
      backend.handlers.live_command({ sessionId: run, command: { type: 'Start' } });
      backend.live.now = () => Date.now();
    }
    if (params.has('finish')) {
      backend.handlers.note_add({ sessionId: run, note: { kind: 'note', step_id: 1, question: 0, text: 'Go-live on 3 November with full pharmacy cover' } });
      backend.handlers.note_add({ sessionId: run, note: { kind: 'parking', step_id: null, question: null, text: 'Night-shift training slots' } });
      backend.handlers.live_command({ sessionId: run, command: { type: 'Next' } });
      backend.handlers.live_command({ sessionId: run, command: { type: 'Finish' } });
    }
    const message = params.get('message');
    if (message) backend.handlers.live_display({ sessionId: run, display: { message, blank: false, show_plan: false } });
    if (!params.has('audience')) router.navigate({ name: 'run', id: run });
  }
  if (params.has('actions')) router.navigate({ name: 'actions' });
  return backend;
}

/** Seeds the session of a recorded scenario ("retrospect/the room") and answers from it. */
function replayScenario(backend: FakeBackend, param: string | null): string | null {
  if (!param) return null;
  const slash = param.indexOf('/');
  const file = recordings[`./transcripts/${param.slice(0, slash)}.json`];
  if (slash < 0 || !file) throw new Error(`No recording ${param}: give ?replay=<file>/<scenario>, as in transcripts/*.json`);
  const transcript = transcriptOf(file);
  const scenario = param.slice(slash + 1);
  return backend.replay(transcript, scenario).first<Session>('session_get').id;
}
