// The learning sets page: reached from the navigation; each set with its members and its
// meetings (each a link to its page); a new set, an edit and a deletion; and the next
// meeting planned from a set, opened once made.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../App.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { techniques } from '../../testing/fixtures';
import { firstMeeting, learningSetTechnique, setPeople } from '../../testing/learningSetFixtures';
import LearningSetsScreen from './LearningSetsScreen.svelte';

function backendWithSet() {
  const backend = new FakeBackend({
    techniques: [...techniques.filter((t) => t.id !== 'action-learning-sets'), learningSetTechnique],
    sessions: [firstMeeting],
    people: setPeople,
  });
  const now = '2026-09-01T09:00:00Z';
  backend.guided.sets.push({
    series: { id: 'set-1', technique: 'action-learning-sets', name: 'Ward leaders', members: ['p-a', 'p-b', 'p-c'], created_at: now, updated_at: now },
    members: [],
    meetings: [],
  });
  backend.guided.records.set(firstMeeting.id, {
    technique: 'action-learning-sets',
    record: { set_id: 'set-1', bids: [], gift_round: false, timings: { presentation: 5, questions: 20, gift: 5, learning: 5 }, rounds: [] },
  });
  return backend;
}

async function open(backend = backendWithSet()) {
  router.reset({ name: 'series', technique: 'action-learning-sets' });
  render(LearningSetsScreen);
  await screen.findByRole('heading', { level: 1, name: 'Learning sets' });
  return { backend, user: userEvent.setup() };
}

const setCard = async (name: string): Promise<HTMLElement> => {
  const cards = await screen.findAllByTestId('learning-set');
  const card = cards.find((c) => within(c).queryByRole('heading', { level: 2, name }));
  if (!card) throw new Error(`no set called ${name}`);
  return card;
};

describe('the learning sets page', () => {
  it('is reached from the navigation', async () => {
    backendWithSet();
    const user = userEvent.setup();
    render(App);
    await screen.findAllByTestId('technique-card');
    const link = screen.getByTestId('nav-action-learning-sets');
    expect(link).toHaveTextContent('Learning sets');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Learning sets' })).toHaveFocus();
    expect(link).toHaveAttribute('aria-current', 'page');
    expect(router.current).toEqual({ name: 'series', technique: 'action-learning-sets' });
  });

  it('lists each set with its members and its meetings, each a link to its page', async () => {
    const { user } = await open();
    const card = await setCard('Ward leaders');
    expect(within(card).getByTestId('learning-set-members')).toHaveTextContent('Members: Asha Patel, Ben Hughes, Cerys Jones');
    const [meeting] = within(card).getAllByTestId('learning-set-meeting');
    expect(meeting).toHaveTextContent('7 Oct 2026 09:30');
    expect(meeting).toHaveTextContent('Finished');
    await user.click(within(meeting!).getByRole('link', { name: 'Ward leaders: meeting 1' }));
    expect(router.current).toEqual({ name: 'session', id: firstMeeting.id });
  });

  it('creates a set, refusing one without a name beside its field', async () => {
    const { backend, user } = await open();
    await setCard('Ward leaders');
    await user.click(screen.getByTestId('learning-set-new'));
    const dialog = await screen.findByTestId('learning-set-dialog');
    const boxes = within(dialog).getAllByTestId('learning-set-member');
    expect(boxes).toHaveLength(4);
    await user.click(boxes[3] as HTMLElement);
    await user.click(within(dialog).getByTestId('learning-set-save'));
    expect(await within(dialog).findByText('Give the set a name.')).toBeInTheDocument();
    expect(within(dialog).getByTestId('learning-set-name')).toHaveAttribute('aria-invalid', 'true');

    await user.type(within(dialog).getByTestId('learning-set-name'), 'Outpatient leads');
    await user.click(within(dialog).getByTestId('learning-set-save'));
    await waitFor(() => expect(screen.queryByTestId('learning-set-dialog')).not.toBeInTheDocument());
    expect(backend.callsTo('series_create').at(-1)?.args).toEqual({ technique: 'action-learning-sets', series: { name: 'Outpatient leads', members: ['p-d'] } });
    const card = await setCard('Outpatient leads');
    expect(within(card).getByTestId('learning-set-members')).toHaveTextContent('Dev Rao');
    expect(within(card).getByText('No meetings yet.')).toBeInTheDocument();
  });

  it('edits a set: its name and its members', async () => {
    const { backend, user } = await open();
    await user.click(within(await setCard('Ward leaders')).getByTestId('learning-set-edit'));
    const dialog = await screen.findByTestId('learning-set-dialog');
    const boxes = within(dialog).getAllByTestId('learning-set-member') as HTMLInputElement[];
    expect(boxes.map((box) => box.checked)).toEqual([true, true, true, false]);
    await user.clear(within(dialog).getByTestId('learning-set-name'));
    await user.type(within(dialog).getByTestId('learning-set-name'), 'Ward and theatre leaders');
    await user.click(boxes[1] as HTMLElement);
    await user.click(within(dialog).getByTestId('learning-set-save'));
    await waitFor(() => expect(screen.queryByTestId('learning-set-dialog')).not.toBeInTheDocument());
    expect(backend.guided.sets[0]?.series).toMatchObject({ name: 'Ward and theatre leaders', members: ['p-a', 'p-c'] });
    expect(within(await setCard('Ward and theatre leaders')).getByTestId('learning-set-members')).toHaveTextContent('Members: Asha Patel, Cerys Jones');
  });

  it('deletes a set once confirmed, keeping its meetings', async () => {
    const { backend, user } = await open();
    await user.click(within(await setCard('Ward leaders')).getByTestId('learning-set-delete'));
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(dialog).toHaveTextContent('Its meeting is kept, no longer part of a set.');
    await user.click(within(dialog).getByTestId('confirm-delete-learning-set'));
    expect(await screen.findByTestId('learning-sets-empty')).toBeInTheDocument();
    expect(backend.guided.sets).toHaveLength(0);
    expect(backend.sessions.some((s) => s.id === firstMeeting.id)).toBe(true);
  });

  it('plans the next meeting and opens it', async () => {
    const { backend, user } = await open();
    const card = await setCard('Ward leaders');
    await user.click(within(card).getByTestId('learning-set-next'));
    expect(await within(card).findByText('Choose the date and time of the next meeting.')).toBeInTheDocument();
    expect(backend.callsTo('series_next_meeting')).toHaveLength(0);

    await user.type(within(card).getByTestId('learning-set-next-when'), '2026-12-02T09:30');
    await user.click(within(card).getByTestId('learning-set-next'));
    await waitFor(() => expect(router.current.name).toBe('session'));
    expect(backend.callsTo('series_next_meeting')[0]?.args).toEqual({ technique: 'action-learning-sets', id: 'set-1', scheduledAt: '2026-12-02T09:30:00' });
    const created = backend.sessions.find((s) => s.title === 'Ward leaders: meeting 2');
    expect(created?.participants.map((p) => p.name)).toEqual(['Asha Patel', 'Ben Hughes', 'Cerys Jones']);
    expect(router.current).toEqual({ name: 'session', id: created?.id });
  });
});
