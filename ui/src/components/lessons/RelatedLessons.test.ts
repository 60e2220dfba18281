// A Before Action Review's look at earlier lessons: open at step 2 and collapsed at the
// others, the lessons related to the session ranked, a search by words typed, and lessons
// pinned to the session listed first.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { people, sessions, techniques } from '../../testing/fixtures';
import { beforeActionReview, lessonSessions, seedLessons } from '../../testing/lessonFixtures';

async function openBar(seed = true) {
  const backend = new FakeBackend({ techniques: [...techniques, beforeActionReview], sessions: [...sessions, ...lessonSessions], people });
  if (seed) seedLessons(backend);
  await library.load();
  router.reset({ name: 'run', id: 's-4' });
  render(RunScreen, { id: 's-4' });
  await screen.findByTestId('live-start');
  return { backend, user: userEvent.setup() };
}

async function atLessonsStep(seed = true) {
  const opened = await openBar(seed);
  await opened.user.click(screen.getByTestId('live-start'));
  await screen.findByTestId('live-pause');
  (document.activeElement as HTMLElement | null)?.blur();
  await opened.user.keyboard('{ArrowRight}');
  await waitFor(() => expect(screen.getByTestId('live-step-title')).toHaveTextContent('What can be learned from similar situations'));
  return opened;
}

const titles = (testid: string) => screen.queryAllByTestId(testid).map((item) => within(item).getByTestId('related-lesson-title').textContent);

describe('the lessons of earlier sessions in a Before Action Review', () => {
  it('is a collapsed section before step 2, and open with the related lessons ranked at it', async () => {
    const { backend, user } = await openBar();
    const collapsed = await screen.findByTestId('related-lessons');
    expect(collapsed.tagName).toBe('DETAILS');
    expect(collapsed).not.toHaveAttribute('open');

    await user.click(screen.getByTestId('live-start'));
    await screen.findByTestId('live-pause');
    backend.handlers.live_command({ sessionId: 's-4', command: { type: 'Next' } });
    await waitFor(() => expect(screen.getByTestId('related-lessons').tagName).toBe('SECTION'));
    const panel = screen.getByTestId('related-lessons');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Lessons from earlier sessions');

    // A title match ranks above a body match, even for an older lesson.
    expect(titles('related-lesson')).toEqual([
      'Book night-shift training before a go-live',
      'Pharmacy cover helped the first week',
      'Check the handover sheet with the night team',
    ]);
    const [first, , third] = screen.getAllByTestId('related-lesson');
    expect(within(first!).getByTestId('related-lesson-from')).toHaveTextContent('Ward 7 go-live review · After Action Review · learned 25 Nov 2026');
    expect(first).toHaveTextContent('What we learn: Night staff need the same training as days.');
    expect(first).toHaveTextContent('Recommendation: Book super-user cover for every shift a month ahead.');
    expect(within(third!).getByTestId('related-lesson-from')).toHaveTextContent('Added on its own · learned 2 Oct 2026');

    const call = backend.callsTo('lessons_related')[0]?.args as { text: string; excludeSession: string };
    expect(call.text).toContain('Ward 8 e-obs go-live');
    expect(call.text).toContain('Plan the go-live of electronic observations on Ward 8.');
    expect(call.excludeSession).toBe('s-4');
  });

  it('shows every part of a lesson on request', async () => {
    const { user } = await atLessonsStep();
    const first = screen.getAllByTestId('related-lesson')[0]!;
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
    const { backend, user } = await atLessonsStep();
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
    const { backend, user } = await atLessonsStep();
    const pharmacy = screen.getAllByTestId('related-lesson')[1]!;
    await user.click(within(pharmacy).getByTestId('lesson-pin'));
    const pinned = await screen.findByTestId('pinned-lessons');
    expect(screen.getByText('Pinned for this session')).toBeInTheDocument();
    expect(titles('pinned-lesson')).toEqual(['Pharmacy cover helped the first week']);
    expect(titles('related-lesson')).toEqual(['Book night-shift training before a go-live', 'Check the handover sheet with the night team']);
    expect(backend.callsTo('lesson_pin').at(-1)?.args).toMatchObject({ sessionId: 's-4', pinned: true });
    expect(backend.lessons.pins.get('s-4')).toHaveLength(1);

    const unpin = within(pinned).getByTestId('lesson-pin');
    expect(unpin).toHaveTextContent('Unpin');
    await user.click(unpin);
    await waitFor(() => expect(screen.queryByTestId('pinned-lessons')).not.toBeInTheDocument());
    expect(titles('related-lesson')).toHaveLength(3);
    expect(backend.lessons.pins.get('s-4')).toEqual([]);
  });

  it('shows the lessons pinned earlier when the console opens', async () => {
    const backend = new FakeBackend({ techniques: [...techniques, beforeActionReview], sessions: [...sessions, ...lessonSessions], people });
    seedLessons(backend);
    const lesson = backend.lessons.lessons[2]!;
    backend.handlers.lesson_pin({ sessionId: 's-4', lessonId: lesson.id, pinned: true });
    await library.load();
    router.reset({ name: 'run', id: 's-4' });
    render(RunScreen, { id: 's-4' });
    await waitFor(() => expect(titles('pinned-lesson')).toEqual(['Check the handover sheet with the night team']));
    expect(screen.getByTestId('related-lessons')).toHaveTextContent('(1 pinned)');
  });

  it('says so when no earlier lesson matches', async () => {
    await atLessonsStep(false);
    expect(await screen.findByTestId('related-lessons-empty')).toHaveTextContent('No lessons from earlier sessions match this one yet.');
    expect(screen.queryByTestId('related-lesson')).not.toBeInTheDocument();
  });

  it('is not shown in other techniques', async () => {
    new FakeBackend({ techniques, sessions, people });
    await library.load();
    router.reset({ name: 'run', id: 's-1' });
    render(RunScreen, { id: 's-1' });
    await screen.findByTestId('live-start');
    expect(screen.queryByTestId('related-lessons')).not.toBeInTheDocument();
  });
});
