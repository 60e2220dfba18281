// A Before Action Review's look at earlier lessons: open at step 2 and collapsed at the
// others, the lessons related to the session ranked, a search by words typed, and lessons
// pinned to the session listed first.
// The replies are the app's (transcripts/related-lessons.json): a Before Action Review of
// the Ward 8 go-live, after the Ward 7 review saved two lessons and one was added on its
// own; another technique is run-console.json's After Action Review.
import { emit } from '@tauri-apps/api/event';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LessonHit } from '../../lib/bindings/LessonHit';
import type { LiveView } from '../../lib/bindings/LiveView';
import type { Session } from '../../lib/bindings/Session';
import { EVENT_VIEW } from '../../lib/liveEvents';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { catalogued } from '../../testing/fixtures';
import { transcriptOf, type Transcript } from '../../testing/replay';
import related from '../../testing/transcripts/related-lessons.json';
import runConsole from '../../testing/transcripts/run-console.json';

async function openConsole(scenario: string, transcript: Transcript = transcriptOf(related)) {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const session = played.first<Session>('session_get');
  await library.load();
  router.reset({ name: 'run', id: session.id });
  render(RunScreen, { id: session.id });
  await screen.findByTestId('live-start');
  return { backend, played, session, user: userEvent.setup() };
}

async function atLessonsStep(scenario = 'at the lessons step') {
  const opened = await openConsole(scenario);
  await opened.user.click(screen.getByTestId('live-start'));
  await screen.findByTestId('live-pause');
  (document.activeElement as HTMLElement | null)?.blur();
  await opened.user.keyboard('{ArrowRight}');
  await waitFor(() => expect(screen.getByTestId('live-step-title')).toHaveTextContent('What can be learned from similar situations'));
  return opened;
}

/** The listed lesson (`testid`) with this title. */
function lessonTitled(testid: string, title: string): HTMLElement {
  const found = screen.getAllByTestId(testid).find((item) => within(item).getByTestId('related-lesson-title').textContent === title);
  if (!found) throw new Error(`No ${testid} titled ${title}`);
  return found;
}

const titles = (testid: string) => screen.queryAllByTestId(testid).map((item) => within(item).getByTestId('related-lesson-title').textContent);

describe('the lessons of earlier sessions in a Before Action Review', () => {
  it('is a collapsed section before step 2, and open with the related lessons ranked at it', async () => {
    const { backend, played, session, user } = await openConsole('moved on by another window');
    const collapsed = await screen.findByTestId('related-lessons');
    expect(collapsed.tagName).toBe('DETAILS');
    expect(collapsed).not.toHaveAttribute('open');

    await user.click(screen.getByTestId('live-start'));
    await screen.findByTestId('live-pause');
    await emit(EVENT_VIEW, played.reply<LiveView>('at the lessons step'));
    await waitFor(() => expect(screen.getByTestId('related-lessons').tagName).toBe('SECTION'));
    const panel = screen.getByTestId('related-lessons');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Lessons from earlier sessions');

    // In the order Rust ranked them (the store's tests hold the ranking).
    const ranked = played.first<LessonHit[]>('lessons_related').map((hit) => hit.lesson.title);
    expect(ranked).toHaveLength(3);
    expect(titles('related-lesson')).toEqual(ranked);
    const first = lessonTitled('related-lesson', 'Book night-shift training before a go-live');
    const third = lessonTitled('related-lesson', 'Check the handover sheet with the night team');
    expect(within(first).getByTestId('related-lesson-from')).toHaveTextContent('Ward 7 go-live review · After Action Review · learned 25 Nov 2026');
    expect(first).toHaveTextContent('What we learn: Night staff need the same training as days.');
    expect(first).toHaveTextContent('Recommendation: Book super-user cover for every shift a month ahead.');
    expect(within(third).getByTestId('related-lesson-from')).toHaveTextContent('Added on its own · learned 2 Oct 2026');

    const call = backend.callsTo('lessons_related')[0]?.args as { text: string; excludeSession: string };
    expect(call.text).toContain('Ward 8 e-obs go-live');
    expect(call.text).toContain('Plan the go-live of electronic observations on Ward 8.');
    expect(call.excludeSession).toBe(session.id);
  });

  it('shows every part of a lesson on request', async () => {
    const { user } = await atLessonsStep();
    const first = lessonTitled('related-lesson', 'Book night-shift training before a go-live');
    expect(first).not.toHaveTextContent('Training was only booked for day shifts.');
    const expand = within(first).getByTestId('related-lesson-expand');
    expect(expand).toHaveAttribute('aria-expanded', 'false');
    await user.click(expand);
    expect(expand).toHaveAttribute('aria-expanded', 'true');
    const parts = within(first).getByTestId('lesson-parts');
    expect(parts).toHaveTextContent('What happened Night staff had no e-obs training on the first night.');
    expect(parts).toHaveTextContent('Why Training was only booked for day shifts.');
    expect(parts).toHaveTextContent('Tags e-obs, training');
  });

  it('searches by the words typed, every word required, and goes back to the related lessons', async () => {
    const { backend, user } = await atLessonsStep('searched');
    await user.type(screen.getByTestId('related-search'), 'night training{Enter}');
    await waitFor(() => expect(titles('related-lesson')).toEqual(['Book night-shift training before a go-live']));
    expect(backend.callsTo('lessons_search').map((c) => (c.args as { query: string }).query)).toEqual(['night training']);
    expect(screen.getByTestId('related-lessons')).toHaveTextContent('Lessons matching “night training”');

    await user.clear(screen.getByTestId('related-search'));
    await user.type(screen.getByTestId('related-search'), 'defibrillator');
    await user.click(screen.getByTestId('related-search-go'));
    expect(await screen.findByTestId('related-lessons-empty')).toHaveTextContent('No lessons match “defibrillator”.');

    await user.click(screen.getByTestId('related-search-clear'));
    await waitFor(() => expect(titles('related-lesson')).toHaveLength(3));
    expect(screen.getByTestId('related-search')).toHaveValue('');
  });

  it('pins a lesson to the session, lists it first, and unpins it', async () => {
    const { backend, played, session, user } = await atLessonsStep('pinned and unpinned');
    const pharmacy = lessonTitled('related-lesson', 'Pharmacy cover helped the first week');
    await user.click(within(pharmacy).getByTestId('lesson-pin'));
    const pinned = await screen.findByTestId('pinned-lessons');
    expect(screen.getByText('Pinned for this session')).toBeInTheDocument();
    expect(titles('pinned-lesson')).toEqual(['Pharmacy cover helped the first week']);
    expect(titles('related-lesson')).toEqual(['Book night-shift training before a go-live', 'Check the handover sheet with the night team']);
    expect(backend.callsTo('lesson_pin').at(-1)?.args).toMatchObject({ sessionId: session.id, pinned: true });

    const unpin = within(pinned).getByTestId('lesson-pin');
    expect(unpin).toHaveTextContent('Unpin');
    await user.click(unpin);
    await waitFor(() => expect(screen.queryByTestId('pinned-lessons')).not.toBeInTheDocument());
    expect(titles('related-lesson')).toHaveLength(3);
    expect(backend.callsTo('lesson_pin').at(-1)?.args).toMatchObject({ sessionId: session.id, pinned: false });
    expect(played.unplayed()).toEqual([]);
  });

  it('shows the lessons pinned earlier when the console opens', async () => {
    await openConsole('pinned earlier');
    await waitFor(() => expect(titles('pinned-lesson')).toEqual(['Check the handover sheet with the night team']));
    expect(screen.getByTestId('related-lessons')).toHaveTextContent('(1 pinned)');
  });

  it('says so when no earlier lesson matches', async () => {
    await atLessonsStep('nothing to find');
    expect(await screen.findByTestId('related-lessons-empty')).toHaveTextContent('No lessons from earlier sessions match this one yet.');
    expect(screen.queryByTestId('related-lesson')).not.toBeInTheDocument();
  });

  it('is not shown in other techniques', async () => {
    await openConsole('opened', transcriptOf(runConsole));
    expect(screen.queryByTestId('related-lessons')).not.toBeInTheDocument();
  });
});
