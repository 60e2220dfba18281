// Lessons on the console: "Save as lesson" on the notes of the steps that yield them, the
// lessons captured panel (listed, edited, deleted), the review in the Finish confirmation,
// and the lessons read back in the finished record.
// The replies are the app's (transcripts/lessons-console.json); the tests' clock reads
// 25 Nov 2026, the day the recorded lessons are learned on.
import { emit } from '@tauri-apps/api/event';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LessonInput } from '../../lib/bindings/LessonInput';
import type { LiveView } from '../../lib/bindings/LiveView';
import type { Session } from '../../lib/bindings/Session';
import { EVENT_VIEW } from '../../lib/liveEvents';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { catalogued } from '../../testing/fixtures';
import { transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/lessons-console.json';

const transcript = transcriptOf(recorded);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 25, 12, 0) });
});

/** Opens the scenario's session, starts it and follows another window to the step titled `title`. */
async function atStep(scenario: string, title: string) {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const session = played.first<Session>('session_get');
  await library.load();
  router.reset({ name: 'run', id: session.id });
  render(RunScreen, { id: session.id });
  await screen.findByTestId('live-start');
  const user = userEvent.setup();
  await user.click(screen.getByTestId('live-start'));
  await screen.findByTestId('live-pause');
  await emit(EVENT_VIEW, played.reply<LiveView>('at the step'));
  await waitFor(() => expect(screen.getByTestId('live-step-title')).toHaveTextContent(title));
  return { backend, played, session, user };
}

async function addNote(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getAllByTestId('note-input')[0]!);
  await user.keyboard(`${text}{Enter}`);
  await screen.findByTestId('note');
}

const created = (backend: FakeBackend) => backend.callsTo('lesson_create').map((call) => (call.args as { lesson: LessonInput }).lesson);

describe('Save as lesson', () => {
  it('drafts a lesson from an After Action Review step 4 note, its text as what we learn', async () => {
    const { backend, played, session, user } = await atStep('a lesson from a step 4 note', 'What can we learn from this?');
    expect(screen.getByTestId('lesson-step-hint')).toHaveTextContent('Save as lesson');
    await addNote(user, 'Night staff need the same training as days');
    await user.click(screen.getByTestId('note-save-lesson'));

    const dialog = await screen.findByTestId('lesson-dialog');
    expect(within(dialog).getByTestId('lesson-source')).toHaveTextContent('From step 4: What can we learn from this?');
    expect(screen.getByTestId('lesson-title')).toHaveValue('Night staff need the same training as days');
    expect(screen.getByTestId('lesson-learning')).toHaveValue('Night staff need the same training as days');
    expect(screen.getByTestId('lesson-what-happened')).toHaveValue('');
    await user.type(screen.getByTestId('lesson-recommendation'), 'Book nights first');
    await user.click(screen.getByTestId('lesson-save'));

    await waitFor(() => expect(screen.queryByTestId('lesson-dialog')).not.toBeInTheDocument());
    expect(created(backend)).toEqual([
      expect.objectContaining({
        session_id: session.id,
        step_id: 4,
        title: 'Night staff need the same training as days',
        learning: 'Night staff need the same training as days',
        what_happened: '',
        recommendation: 'Book nights first',
      }),
    ]);
    const panel = screen.getByTestId('lessons-panel');
    expect(panel).toHaveTextContent('Lessons captured (1)');
    expect(within(panel).getByTestId('lesson-item')).toHaveTextContent('Step 4: What can we learn from this?');
    expect(played.unplayed()).toEqual([]);
  });

  it('puts a Retrospect success note in what happened', async () => {
    // A note of more than one line, as edited in place.
    const { backend, session, user } = await atStep('a Retrospect success', 'What were the successes? Why?');
    await user.click(screen.getByTestId('note-save-lesson'));
    expect(await screen.findByTestId('lesson-title')).toHaveValue('The discharge lounge opened on time');
    expect(screen.getByTestId('lesson-what-happened')).toHaveValue('The discharge lounge opened on time\nBecause estates started early');
    expect(screen.getByTestId('lesson-learning')).toHaveValue('');
    await user.click(screen.getByTestId('lesson-save'));
    await waitFor(() => expect(created(backend)).toHaveLength(1));
    expect(created(backend)[0]).toMatchObject({ session_id: session.id, step_id: 2, what_happened: 'The discharge lounge opened on time\nBecause estates started early' });
  });

  it('puts a Peer Assist reflection in what we learn, from the notes on the step', async () => {
    const { user } = await atStep('a Peer Assist reflection', 'Home team analyses & reflect');
    await addNote(user, 'Daily huddles kept the virtual ward safe');
    await user.click(screen.getByTestId('note-save-lesson'));
    expect(await screen.findByTestId('lesson-learning')).toHaveValue('Daily huddles kept the virtual ward safe');
  });

  it('is not offered on the notes of a step that yields no lessons', async () => {
    const { user } = await atStep('a note at the first step', 'What was supposed to happen?');
    await addNote(user, 'Go-live on 3 November');
    expect(screen.queryByTestId('note-save-lesson')).not.toBeInTheDocument();
    expect(screen.queryByTestId('lesson-step-hint')).not.toBeInTheDocument();
  });

  it('keeps the dialog open with the refusal beside the title', async () => {
    const { played, user } = await atStep('a lesson without a title', 'What can we learn from this?');
    await addNote(user, 'Nights need cover');
    await user.click(screen.getByTestId('note-save-lesson'));
    await user.clear(await screen.findByTestId('lesson-title'));
    await user.click(screen.getByTestId('lesson-save'));
    const field = (await screen.findByTestId('lesson-title-error')).closest('.field') as HTMLElement;
    expect(within(field).getByTestId('lesson-title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('lesson-title-error')).toHaveTextContent('Give the lesson a title');
    expect(played.unplayed()).toEqual([]);
    expect(screen.getByTestId('lesson-dialog')).toBeInTheDocument();
  });
});

describe('the lessons captured panel', () => {
  it('lists the session’s lessons with their step, and adds one at the step being run', async () => {
    const { backend, session, user } = await atStep('two lessons, one added at the step', 'What actually happened?');
    const panel = screen.getByTestId('lessons-panel');
    expect(panel).toHaveTextContent('Lessons captured (2)');
    const items = within(panel).getAllByTestId('lesson-item');
    expect(items.map((item) => within(item).getByTestId('lesson-item-title').textContent)).toEqual(['Book night-shift training', 'Pharmacy cover helped']);
    expect(items[0]).toHaveTextContent('Step 4: What can we learn from this?');
    expect(within(items[1]!).queryByTestId('lesson-item-step')).not.toBeInTheDocument();

    await user.click(within(panel).getByTestId('lesson-add'));
    expect(within(await screen.findByTestId('lesson-dialog')).getByRole('heading')).toHaveTextContent('Add a lesson');
    await user.type(screen.getByTestId('lesson-title'), 'Handover sheet missed checks');
    await user.type(screen.getByTestId('lesson-what-happened'), 'The sheet had no night checks.');
    await user.click(screen.getByTestId('lesson-save'));
    await waitFor(() => expect(within(panel).getAllByTestId('lesson-item')).toHaveLength(3));
    expect(created(backend).at(-1)).toMatchObject({ session_id: session.id, step_id: 2, title: 'Handover sheet missed checks' });
  });

  it('edits a lesson in the dialog', async () => {
    const { backend, session, user } = await atStep('a lesson edited', 'What actually happened?');
    const first = within(screen.getByTestId('lessons-panel')).getAllByTestId('lesson-item')[0]!;
    await user.click(within(first).getByTestId('lesson-edit'));
    expect(within(await screen.findByTestId('lesson-dialog')).getByRole('heading')).toHaveTextContent('Edit lesson');
    expect(screen.getByTestId('lesson-learning')).toHaveValue('Book night-shift training: what we learn');
    await user.clear(screen.getByTestId('lesson-title'));
    await user.type(screen.getByTestId('lesson-title'), 'Book night-shift training a month ahead');
    await user.click(screen.getByTestId('lesson-save'));
    await waitFor(() => expect(within(first).getByTestId('lesson-item-title')).toHaveTextContent('Book night-shift training a month ahead'));
    const call = backend.callsTo('lesson_update')[0]?.args as { id: string; lesson: LessonInput };
    expect(call.lesson).toMatchObject({ title: 'Book night-shift training a month ahead', session_id: session.id, step_id: 4, learned_on: '2026-11-25' });
  });

  it('deletes a lesson after confirmation, and keeps it when the facilitator thinks again', async () => {
    const { played, user } = await atStep('a lesson deleted', 'What actually happened?');
    const panel = screen.getByTestId('lessons-panel');
    await user.click(within(panel).getAllByTestId('lesson-delete')[0]!);
    await user.click(within(await screen.findByTestId('lesson-delete-dialog')).getByRole('button', { name: 'Keep it' }));
    expect(within(panel).getAllByTestId('lesson-item')).toHaveLength(2);

    await user.click(within(panel).getAllByTestId('lesson-delete')[0]!);
    await user.click(await screen.findByTestId('confirm-lesson-delete'));
    await waitFor(() => expect(within(panel).getAllByTestId('lesson-item')).toHaveLength(1));
    expect(panel).toHaveTextContent('Lessons captured (1)');
    expect(within(panel).getAllByTestId('lesson-item-title').map((t) => t.textContent)).toEqual(['Pharmacy cover helped']);
    expect(played.unplayed()).toEqual([]);
  });
});

describe('the review of the lessons at the close', () => {
  it('lists an After Action Review’s lessons in the Finish confirmation, and adds one first', async () => {
    const { played, user } = await atStep('reviewed at the finish', 'What can we learn from this?');
    await user.click(screen.getByTestId('live-finish'));
    const review = within(await screen.findByTestId('finish-dialog')).getByTestId('finish-lessons');
    expect(within(review).getByTestId('finish-lessons-count')).toHaveTextContent('1 lesson captured:');
    expect(within(review).getAllByTestId('finish-lesson').map((li) => li.textContent)).toEqual(['Book night-shift training']);

    await user.click(within(review).getByTestId('finish-add-lesson'));
    await screen.findByTestId('lesson-dialog');
    expect(screen.queryByTestId('finish-dialog')).not.toBeInTheDocument();
    await user.type(screen.getByTestId('lesson-title'), 'Pharmacy cover helped');
    await user.type(screen.getByTestId('lesson-learning'), 'A pharmacist on the ward caught problems early.');
    await user.click(screen.getByTestId('lesson-save'));
    await waitFor(() => expect(screen.queryByTestId('lesson-dialog')).not.toBeInTheDocument());
    expect(screen.getByTestId('live-finish')).toHaveFocus();
    expect(screen.queryByTestId('summary')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('live-finish'));
    const again = await screen.findByTestId('finish-lessons');
    expect(within(again).getByTestId('finish-lessons-count')).toHaveTextContent('2 lessons captured:');
    await user.click(screen.getByTestId('confirm-finish'));
    await screen.findByTestId('summary');
    const record = screen.getByTestId('lessons-panel');
    expect(within(record).getAllByTestId('lesson-item')).toHaveLength(2);
    expect(within(record).queryByTestId('lesson-edit')).not.toBeInTheDocument();
    expect(within(record).queryByTestId('lesson-add')).not.toBeInTheDocument();
    expect(within(record).getAllByTestId('lesson-parts')[1]).toHaveTextContent('A pharmacist on the ward caught problems early.');
    expect(played.unplayed()).toEqual([]);
  });

  it('says when no lessons are captured yet', async () => {
    const { user } = await atStep('a Retrospect with no lessons yet', 'What were the successes? Why?');
    await user.click(screen.getByTestId('live-finish'));
    expect(within(await screen.findByTestId('finish-lessons')).getByTestId('finish-lessons-count')).toHaveTextContent('No lessons captured yet.');
  });

  it('is not part of finishing a technique that does not close with its lessons', async () => {
    const { user } = await atStep('a café', 'Self-facilitated conversation');
    await user.click(screen.getByTestId('live-finish'));
    await screen.findByTestId('finish-dialog');
    expect(screen.queryByTestId('finish-lessons')).not.toBeInTheDocument();
  });
});
