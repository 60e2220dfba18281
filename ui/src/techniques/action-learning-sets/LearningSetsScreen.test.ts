// The learning sets page: reached from the navigation; each set with its members and its
// meetings (each a link to its page); a new set, an edit and a deletion; and the next
// meeting planned from a set, opened once made. The app's replies are the ones its tests
// recorded (transcripts/learning-sets-page.json): the set "Ward leaders" has met once.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../App.svelte';
import type { Person } from '../../lib/bindings/Person';
import type { SeriesOverview } from '../../lib/bindings/SeriesOverview';
import type { Session } from '../../lib/bindings/Session';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { catalogued } from '../../testing/fixtures';
import { transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/learning-sets-page.json';
import LearningSetsScreen from './LearningSetsScreen.svelte';

const transcript = transcriptOf(recorded);

function backendWithSet(scenario = 'the sets') {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const [set] = played.first<SeriesOverview[]>('series_list');
  const people = played.first<Person[]>('people_list');
  if (!set) throw new Error('the set is recorded');
  /** Asha, Ben, Cerys and Dev, by name. */
  const id = (name: string) => people.find((p) => p.name === name)?.id;
  return { backend, played, set, id };
}

async function open(scenario?: string) {
  const setUp = backendWithSet(scenario);
  router.reset({ name: 'series', technique: 'action-learning-sets' });
  render(LearningSetsScreen);
  await screen.findByRole('heading', { level: 1, name: 'Learning sets' });
  return { ...setUp, user: userEvent.setup() };
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
    const { set, user } = await open();
    const card = await setCard('Ward leaders');
    expect(within(card).getByTestId('learning-set-members')).toHaveTextContent('Members: Asha Patel, Ben Hughes, Cerys Jones');
    const [meeting] = within(card).getAllByTestId('learning-set-meeting');
    expect(meeting).toHaveTextContent('7 Oct 2026 09:30');
    expect(meeting).toHaveTextContent('Finished');
    await user.click(within(meeting!).getByRole('link', { name: 'Ward leaders: meeting 1' }));
    expect(router.current).toEqual({ name: 'session', id: set.meetings[0]?.id });
  });

  it('creates a set, refusing one without a name beside its field', async () => {
    const { backend, played, id, user } = await open('a new set');
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
    expect(backend.callsTo('series_create').at(-1)?.args).toEqual({ technique: 'action-learning-sets', series: { name: 'Outpatient leads', members: [id('Dev Rao')] } });
    const card = await setCard('Outpatient leads');
    expect(within(card).getByTestId('learning-set-members')).toHaveTextContent('Dev Rao');
    expect(within(card).getByText('No meetings yet.')).toBeInTheDocument();
    expect(played.unplayed()).toEqual([]);
  });

  it('edits a set: its name and its members', async () => {
    const { backend, played, id, user } = await open('a set edited');
    await user.click(within(await setCard('Ward leaders')).getByTestId('learning-set-edit'));
    const dialog = await screen.findByTestId('learning-set-dialog');
    const boxes = within(dialog).getAllByTestId('learning-set-member') as HTMLInputElement[];
    expect(boxes.map((box) => box.checked)).toEqual([true, true, true, false]);
    await user.clear(within(dialog).getByTestId('learning-set-name'));
    await user.type(within(dialog).getByTestId('learning-set-name'), 'Ward and theatre leaders');
    await user.click(boxes[1] as HTMLElement);
    await user.click(within(dialog).getByTestId('learning-set-save'));
    await waitFor(() => expect(screen.queryByTestId('learning-set-dialog')).not.toBeInTheDocument());
    expect(backend.callsTo('series_update').at(-1)?.args).toMatchObject({ series: { name: 'Ward and theatre leaders', members: [id('Asha Patel'), id('Cerys Jones')] } });
    expect(within(await setCard('Ward and theatre leaders')).getByTestId('learning-set-members')).toHaveTextContent('Members: Asha Patel, Cerys Jones');
    expect(played.unplayed()).toEqual([]);
  });

  it('deletes a set once confirmed, keeping its meetings', async () => {
    const { played, user } = await open('a set deleted');
    await user.click(within(await setCard('Ward leaders')).getByTestId('learning-set-delete'));
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(dialog).toHaveTextContent('Its meeting is kept, no longer part of a set.');
    await user.click(within(dialog).getByTestId('confirm-delete-learning-set'));
    expect(await screen.findByTestId('learning-sets-empty')).toBeInTheDocument();
    expect(played.unplayed()).toEqual([]);
  });

  it('plans the next meeting and opens it', async () => {
    const { backend, played, set, user } = await open('the next meeting planned');
    const card = await setCard('Ward leaders');
    await user.click(within(card).getByTestId('learning-set-next'));
    expect(await within(card).findByText('Choose the date and time of the next meeting.')).toBeInTheDocument();
    expect(backend.callsTo('series_next_meeting')).toHaveLength(0);

    await user.type(within(card).getByTestId('learning-set-next-when'), '2026-12-02T09:30');
    await user.click(within(card).getByTestId('learning-set-next'));
    await waitFor(() => expect(router.current.name).toBe('session'));
    expect(backend.callsTo('series_next_meeting')[0]?.args).toEqual({ technique: 'action-learning-sets', id: set.series.id, scheduledAt: '2026-12-02T09:30:00' });
    const created = played.reply<Session>('the next meeting');
    expect(created.title).toBe('Ward leaders: meeting 2');
    expect(created.participants.map((p) => p.name)).toEqual(['Asha Patel', 'Ben Hughes', 'Cerys Jones']);
    expect(router.current).toEqual({ name: 'session', id: created.id });
  });
});
