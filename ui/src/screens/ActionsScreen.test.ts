// The actions of every session: open and overdue first with the word "Overdue", filters,
// and marking one done from the list.
// The replies are the app's (transcripts/actions-page.json), overdue by its tests' today,
// 25 Nov 2026: a review's two open actions (one due in 2099, one in 2020) and a café's done one.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActionInput } from '../lib/bindings/ActionInput';
import { library } from '../state/library.svelte';
import { FakeBackend } from '../testing/fakeBackend';
import { transcriptOf } from '../testing/replay';
import recorded from '../testing/transcripts/actions-page.json';
import ActionsScreen from './ActionsScreen.svelte';

async function open(scenario: string) {
  const backend = new FakeBackend();
  const played = backend.replay(transcriptOf(recorded), scenario);
  await library.load();
  render(ActionsScreen);
  await screen.findByTestId('actions-table');
  return { backend, played, user: userEvent.setup() };
}

const whats = () => screen.getAllByTestId('actions-row').map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('the actions page', () => {
  it('puts overdue actions first, marked by the word and not only by colour', async () => {
    await open('listed');
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
    const { backend, user } = await open('filtered by owner and status');
    await user.type(screen.getByTestId('actions-owner'), 'priya');
    await waitFor(() => expect(whats()).toEqual(['Book the follow-up review', 'Write up the café']));
    await user.selectOptions(screen.getByTestId('actions-status'), 'done');
    await waitFor(() => expect(whats()).toEqual(['Write up the café']));
    const last = backend.callsTo('actions_list').at(-1)?.args;
    expect(last).toEqual({ query: { status: 'done', owner: 'priya', text: '' } });
  });

  it('marks an action done from the list, and it leaves the overdue place', async () => {
    const { backend, played, user } = await open('the overdue one marked done');
    const first = screen.getAllByTestId('actions-row')[0]!;
    await user.selectOptions(within(first).getByTestId('actions-row-status'), 'done');
    await waitFor(() => expect(whats()).toEqual(['Share the checklist', 'Book the follow-up review', 'Write up the café']));
    const sent = backend.callsTo('action_update').map((call) => (call.args as { action: ActionInput }).action);
    expect(sent.map((action) => [action.what, action.status])).toEqual([['Book the follow-up review', 'done']]);
    expect(played.unplayed()).toEqual([]);
    expect(screen.queryByTestId('overdue')).not.toBeInTheDocument();
  });
});
