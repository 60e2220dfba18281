// Lessons on the console: "Save as lesson" on the notes of the steps that yield them, the
// lessons captured panel (listed, edited, deleted), the review in the Finish confirmation,
// and the lessons read back in the finished record.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LessonInput } from '../../lib/bindings/LessonInput';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { people, sessions, techniques } from '../../testing/fixtures';
import { lessonSessions, retrospect } from '../../testing/lessonFixtures';

async function openConsole(id: string, seed: (backend: FakeBackend) => void = () => undefined) {
  const backend = new FakeBackend({ techniques: [...techniques, retrospect], sessions: [...sessions, ...lessonSessions], people });
  seed(backend);
  await library.load();
  router.reset({ name: 'run', id });
  render(RunScreen, { id });
  await screen.findByTestId('live-start');
  return { backend, user: userEvent.setup() };
}

/** Starts the session and moves the console to the step at `index`. */
async function atStep(id: string, index: number, title: string, seed?: (backend: FakeBackend) => void) {
  const opened = await openConsole(id, seed);
  await opened.user.click(screen.getByTestId('live-start'));
  await screen.findByTestId('live-pause');
  opened.backend.handlers.live_command({ sessionId: id, command: { type: 'GoTo', index } });
  await waitFor(() => expect(screen.getByTestId('live-step-title')).toHaveTextContent(title));
  return opened;
}

async function addNote(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getAllByTestId('note-input')[0]!);
  await user.keyboard(`${text}{Enter}`);
  await screen.findByTestId('note');
}

const created = (backend: FakeBackend) => backend.callsTo('lesson_create').map((call) => (call.args as { lesson: LessonInput }).lesson);

const aarLesson = (title: string): LessonInput => ({
  title,
  what_happened: '',
  cause: '',
  learning: `${title}: what we learn`,
  recommendation: '',
  tags: [],
  session_id: 's-1',
  step_id: 4,
  learned_on: '2026-11-25',
});

describe('Save as lesson', () => {
  it('drafts a lesson from an After Action Review step 4 note, its text as what we learn', async () => {
    const { backend, user } = await atStep('s-1', 3, 'What can we learn from this?');
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
        session_id: 's-1',
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
  });

  it('puts a Retrospect success note in what happened', async () => {
    // A note of more than one line, as edited in place.
    const text = 'The discharge lounge opened on time\nBecause estates started early';
    const { backend, user } = await atStep('s-5', 1, 'What were the successes? Why?', (fake) => {
      fake.handlers.note_add({ sessionId: 's-5', note: { kind: 'note', step_id: 2, question: 0, text } });
    });
    await user.click(screen.getByTestId('note-save-lesson'));
    expect(await screen.findByTestId('lesson-title')).toHaveValue('The discharge lounge opened on time');
    expect(screen.getByTestId('lesson-what-happened')).toHaveValue('The discharge lounge opened on time\nBecause estates started early');
    expect(screen.getByTestId('lesson-learning')).toHaveValue('');
    await user.click(screen.getByTestId('lesson-save'));
    await waitFor(() => expect(created(backend)).toHaveLength(1));
    expect(created(backend)[0]).toMatchObject({ session_id: 's-5', step_id: 2, what_happened: 'The discharge lounge opened on time\nBecause estates started early' });
  });

  it('puts a Peer Assist reflection in what we learn, from the notes on the step', async () => {
    const { user } = await atStep('s-6', 2, 'Home team analyses & reflect');
    await addNote(user, 'Daily huddles kept the virtual ward safe');
    await user.click(screen.getByTestId('note-save-lesson'));
    expect(await screen.findByTestId('lesson-learning')).toHaveValue('Daily huddles kept the virtual ward safe');
  });

  it('is not offered on the notes of a step that yields no lessons', async () => {
    const { user } = await atStep('s-1', 0, 'What was supposed to happen?');
    await addNote(user, 'Go-live on 3 November');
    expect(screen.queryByTestId('note-save-lesson')).not.toBeInTheDocument();
    expect(screen.queryByTestId('lesson-step-hint')).not.toBeInTheDocument();
  });

  it('keeps the dialog open with the refusal beside the title', async () => {
    const { backend, user } = await atStep('s-1', 3, 'What can we learn from this?');
    await addNote(user, 'Nights need cover');
    await user.click(screen.getByTestId('note-save-lesson'));
    await user.clear(await screen.findByTestId('lesson-title'));
    await user.click(screen.getByTestId('lesson-save'));
    const field = (await screen.findByTestId('lesson-title-error')).closest('.field') as HTMLElement;
    expect(within(field).getByTestId('lesson-title')).toHaveAttribute('aria-invalid', 'true');
    expect(backend.lessons.lessons).toEqual([]);
    expect(screen.getByTestId('lesson-dialog')).toBeInTheDocument();
  });
});

describe('the lessons captured panel', () => {
  const seed = (backend: FakeBackend) => {
    backend.handlers.lesson_create({ lesson: aarLesson('Book night-shift training') });
    backend.handlers.lesson_create({ lesson: { ...aarLesson('Pharmacy cover helped'), step_id: null } });
  };

  it('lists the session’s lessons with their step, and adds one at the step being run', async () => {
    const { backend, user } = await atStep('s-1', 1, 'What actually happened?', seed);
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
    expect(created(backend).at(-1)).toMatchObject({ session_id: 's-1', step_id: 2, title: 'Handover sheet missed checks' });
  });

  it('edits a lesson in the dialog', async () => {
    const { backend, user } = await atStep('s-1', 1, 'What actually happened?', seed);
    const first = within(screen.getByTestId('lessons-panel')).getAllByTestId('lesson-item')[0]!;
    await user.click(within(first).getByTestId('lesson-edit'));
    expect(within(await screen.findByTestId('lesson-dialog')).getByRole('heading')).toHaveTextContent('Edit lesson');
    expect(screen.getByTestId('lesson-learning')).toHaveValue('Book night-shift training: what we learn');
    await user.clear(screen.getByTestId('lesson-title'));
    await user.type(screen.getByTestId('lesson-title'), 'Book night-shift training a month ahead');
    await user.click(screen.getByTestId('lesson-save'));
    await waitFor(() => expect(within(first).getByTestId('lesson-item-title')).toHaveTextContent('Book night-shift training a month ahead'));
    const call = backend.callsTo('lesson_update')[0]?.args as { id: string; lesson: LessonInput };
    expect(call.lesson).toMatchObject({ title: 'Book night-shift training a month ahead', session_id: 's-1', step_id: 4, learned_on: '2026-11-25' });
    expect(backend.lessons.lessons[0]?.title).toBe('Book night-shift training a month ahead');
  });

  it('deletes a lesson after confirmation, and keeps it when the facilitator thinks again', async () => {
    const { backend, user } = await atStep('s-1', 1, 'What actually happened?', seed);
    const panel = screen.getByTestId('lessons-panel');
    await user.click(within(panel).getAllByTestId('lesson-delete')[0]!);
    await user.click(within(await screen.findByTestId('lesson-delete-dialog')).getByRole('button', { name: 'Keep it' }));
    expect(within(panel).getAllByTestId('lesson-item')).toHaveLength(2);

    await user.click(within(panel).getAllByTestId('lesson-delete')[0]!);
    await user.click(await screen.findByTestId('confirm-lesson-delete'));
    await waitFor(() => expect(within(panel).getAllByTestId('lesson-item')).toHaveLength(1));
    expect(panel).toHaveTextContent('Lessons captured (1)');
    expect(backend.lessons.lessons.map((l) => l.title)).toEqual(['Pharmacy cover helped']);
  });
});

describe('the review of the lessons at the close', () => {
  it('lists an After Action Review’s lessons in the Finish confirmation, and adds one first', async () => {
    const { user } = await atStep('s-1', 3, 'What can we learn from this?', (backend) => {
      backend.handlers.lesson_create({ lesson: aarLesson('Book night-shift training') });
    });
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
  });

  it('says when no lessons are captured yet', async () => {
    const { user } = await atStep('s-5', 1, 'What were the successes? Why?');
    await user.click(screen.getByTestId('live-finish'));
    expect(within(await screen.findByTestId('finish-lessons')).getByTestId('finish-lessons-count')).toHaveTextContent('No lessons captured yet.');
  });

  it('is not part of finishing a technique that does not close with its lessons', async () => {
    const { user } = await atStep('s-2', 1, 'Self-facilitated conversation');
    await user.click(screen.getByTestId('live-finish'));
    await screen.findByTestId('finish-dialog');
    expect(screen.queryByTestId('finish-lessons')).not.toBeInTheDocument();
  });
});
