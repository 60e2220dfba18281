// The actions of every session: open and overdue first with the word "Overdue", filters,
// and marking one done from the list.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Action } from '../lib/bindings/Action';
import { library } from '../state/library.svelte';
import { FakeBackend } from '../testing/fakeBackend';
import { people, sessions, techniques } from '../testing/fixtures';
import ActionsScreen from './ActionsScreen.svelte';

function action(id: string, what: string, owner: string, due_on: string | null, status: Action['status'] = 'open'): Action {
  return {
    id,
    session_id: id === 'a-3' ? 's-2' : 's-1',
    step_id: null,
    what,
    owner,
    owner_person_id: null,
    due_on,
    status,
    created_at: `2026-11-25T14:0${id.slice(-1)}:00Z`,
    updated_at: '2026-11-25T14:00:00Z',
  };
}

async function open() {
  const backend = new FakeBackend({ techniques, sessions, people });
  backend.records.actions = [
    action('a-1', 'Share the checklist', 'Tom Okafor', '2099-01-10'),
    action('a-2', 'Book the follow-up review', 'Priya Shah', '2020-03-01'),
    action('a-3', 'Write up the café', 'Priya Shah', null, 'done'),
  ];
  await library.load();
  render(ActionsScreen);
  await screen.findByTestId('actions-table');
  return { backend, user: userEvent.setup() };
}

const whats = () => screen.getAllByTestId('actions-row').map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('the actions page', () => {
  it('puts overdue actions first, marked by the word and not only by colour', async () => {
    await open();
    expect(whats()).toEqual(['Book the follow-up review', 'Share the checklist', 'Write up the café']);
    const [first, second] = screen.getAllByTestId('actions-row');
    expect(first).toHaveAttribute('data-overdue', 'true');
    expect(within(first!).getByTestId('overdue')).toHaveTextContent('Overdue');
    expect(first).toHaveTextContent('1 Mar 2020');
    expect(within(second!).queryByTestId('overdue')).not.toBeInTheDocument();
    expect(first).toHaveTextContent('Ward 7 go-live review');
    expect(first).toHaveTextContent('After Action Review');
  });

  it('filters by owner and by status', async () => {
    const { backend, user } = await open();
    await user.type(screen.getByTestId('actions-owner'), 'priya');
    await waitFor(() => expect(whats()).toEqual(['Book the follow-up review', 'Write up the café']));
    await user.selectOptions(screen.getByTestId('actions-status'), 'done');
    await waitFor(() => expect(whats()).toEqual(['Write up the café']));
    const last = backend.callsTo('actions_list').at(-1)?.args;
    expect(last).toEqual({ query: { status: 'done', owner: 'priya', text: '' } });
  });

  it('marks an action done from the list, and it leaves the overdue place', async () => {
    const { backend, user } = await open();
    const first = screen.getAllByTestId('actions-row')[0]!;
    await user.selectOptions(within(first).getByTestId('actions-row-status'), 'done');
    await waitFor(() => expect(whats()).toEqual(['Share the checklist', 'Book the follow-up review', 'Write up the café']));
    expect(backend.records.actions.find((a) => a.id === 'a-2')?.status).toBe('done');
    expect(screen.queryByTestId('overdue')).not.toBeInTheDocument();
  });
});
