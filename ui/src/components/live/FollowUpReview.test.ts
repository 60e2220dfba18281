// A follow-up session's console, before it starts: the earlier session's open actions to
// mark done or dropped there, or carry into this session; the panel can be dismissed and
// is gone once the session is under way.
// The replies are the app's (transcripts/follow-up-review.json): the follow-up of a
// review that agreed two open actions and one done; a session that follows none is
// run-console.json's.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActionInput } from '../../lib/bindings/ActionInput';
import type { Session } from '../../lib/bindings/Session';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { transcriptOf, type Transcript } from '../../testing/replay';
import followUp from '../../testing/transcripts/follow-up-review.json';
import runConsole from '../../testing/transcripts/run-console.json';

async function openConsole(scenario: string, transcript: Transcript = transcriptOf(followUp)) {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const session = played.first<Session>('session_get');
  await library.load();
  router.reset({ name: 'run', id: session.id });
  render(RunScreen, { id: session.id });
  await screen.findByTestId('live-start');
  return { backend, played, session, user: userEvent.setup() };
}

/** The status each action update sent, by what the action is. */
const updates = (backend: FakeBackend) =>
  backend.callsTo('action_update').map((call) => {
    const { action } = call.args as { action: ActionInput };
    return [action.what, action.status];
  });

describe('the review of a follow-up session', () => {
  it('lists the open actions of the earlier session by its title', async () => {
    await openConsole('opened');
    const panel = await screen.findByTestId('follow-up-review');
    expect(within(panel).getByRole('heading')).toHaveTextContent('Review open actions from Ward 7 go-live review');
    expect(within(panel).getAllByTestId('follow-up-action').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Book the debrief room'),
      expect.stringContaining('Share the rota'),
    ]);
    expect(within(panel).getAllByTestId('follow-up-action')[0]).toHaveTextContent('Priya Shah, due 1 Dec 2026');
  });

  it('marks one done and carries another into this session, dropping it there', async () => {
    const { backend, played, session, user } = await openConsole('one done, another carried');
    const panel = await screen.findByTestId('follow-up-review');
    const [first, second] = within(panel).getAllByTestId('follow-up-action');
    await user.click(within(first!).getByTestId('follow-up-done'));
    await waitFor(() => expect(within(panel).getAllByTestId('follow-up-action')).toHaveLength(1));
    expect(updates(backend)).toEqual([['Book the debrief room', 'done']]);

    await user.click(within(second!).getByTestId('follow-up-carry'));
    expect(await within(panel).findByTestId('follow-up-all-reviewed')).toBeInTheDocument();
    expect(updates(backend)).toEqual([
      ['Book the debrief room', 'done'],
      ['Share the rota', 'dropped'],
    ]);
    const carried = backend.callsTo('action_add').map((call) => call.args);
    expect(carried).toEqual([
      { sessionId: session.id, action: expect.objectContaining({ what: 'Share the rota', owner: 'Priya Shah', due_on: '2026-12-01', status: 'open', step_id: null }) },
    ]);
    expect(within(screen.getByTestId('live-actions')).getAllByTestId('action-row')).toHaveLength(1);
    expect(played.unplayed()).toEqual([]);
  });

  it('drops one, and can be dismissed', async () => {
    const { backend, played, user } = await openConsole('one dropped');
    const panel = await screen.findByTestId('follow-up-review');
    await user.click(within(panel).getAllByTestId('follow-up-drop')[0]!);
    await waitFor(() => expect(played.unplayed()).toEqual([]));
    expect(updates(backend)).toEqual([['Book the debrief room', 'dropped']]);
    await user.click(within(panel).getByTestId('follow-up-dismiss'));
    expect(screen.queryByTestId('follow-up-review')).not.toBeInTheDocument();
  });

  it('is not shown once the session has started', async () => {
    const { user } = await openConsole('started');
    await screen.findByTestId('follow-up-review');
    await user.click(screen.getByTestId('live-start'));
    await waitFor(() => expect(screen.queryByTestId('follow-up-review')).not.toBeInTheDocument());
  });

  it('is not shown for a session that follows none', async () => {
    const { backend } = await openConsole('opened', transcriptOf(runConsole));
    expect(screen.queryByTestId('follow-up-review')).not.toBeInTheDocument();
    expect(backend.callsTo('actions_open_of')).toEqual([]);
  });
});
