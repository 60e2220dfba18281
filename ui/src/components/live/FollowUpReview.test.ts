// A follow-up session's console, before it starts: the earlier session's open actions to
// mark done or dropped there, or carry into this session; the panel can be dismissed and
// is gone once the session is under way.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActionInput } from '../../lib/bindings/ActionInput';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { people, sessions, techniques } from '../../testing/fixtures';

const action = (what: string, status: ActionInput['status'] = 'open'): ActionInput => ({
  step_id: 4,
  what,
  owner: 'Priya Shah',
  owner_person_id: 'p-1',
  due_on: '2026-12-01',
  status,
});

async function openFollowUp() {
  const backend = new FakeBackend({ techniques, sessions, people });
  for (const input of [action('Book the debrief room'), action('Share the rota'), action('Order pens', 'done')]) {
    backend.handlers.action_add({ sessionId: 's-1', action: input });
  }
  const followUp = backend.handlers.session_duplicate({ id: 's-1' });
  await library.load();
  router.reset({ name: 'run', id: followUp.id });
  render(RunScreen, { id: followUp.id });
  await screen.findByTestId('live-start');
  return { backend, followUp, user: userEvent.setup() };
}

const statusOf = (backend: FakeBackend, what: string, sessionId = 's-1') =>
  backend.records.actions.find((a) => a.what === what && a.session_id === sessionId)?.status;

describe('the review of a follow-up session', () => {
  it('lists the open actions of the earlier session by its title', async () => {
    await openFollowUp();
    const panel = await screen.findByTestId('follow-up-review');
    expect(within(panel).getByRole('heading')).toHaveTextContent('Review open actions from Ward 7 go-live review');
    expect(within(panel).getAllByTestId('follow-up-action').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Book the debrief room'),
      expect.stringContaining('Share the rota'),
    ]);
  });

  it('marks one done and carries another into this session, dropping it there', async () => {
    const { backend, followUp, user } = await openFollowUp();
    const panel = await screen.findByTestId('follow-up-review');
    const [first, second] = within(panel).getAllByTestId('follow-up-action');
    await user.click(within(first!).getByTestId('follow-up-done'));
    await waitFor(() => expect(within(panel).getAllByTestId('follow-up-action')).toHaveLength(1));
    expect(statusOf(backend, 'Book the debrief room')).toBe('done');

    await user.click(within(second!).getByTestId('follow-up-carry'));
    expect(await within(panel).findByTestId('follow-up-all-reviewed')).toBeInTheDocument();
    expect(statusOf(backend, 'Share the rota')).toBe('dropped');
    const carried = backend.records.actions.find((a) => a.session_id === followUp.id);
    expect(carried).toMatchObject({ what: 'Share the rota', owner: 'Priya Shah', due_on: '2026-12-01', status: 'open' });
    expect(within(screen.getByTestId('live-actions')).getAllByTestId('action-row')).toHaveLength(1);
  });

  it('drops one, and can be dismissed', async () => {
    const { backend, user } = await openFollowUp();
    const panel = await screen.findByTestId('follow-up-review');
    await user.click(within(panel).getAllByTestId('follow-up-drop')[0]!);
    await waitFor(() => expect(statusOf(backend, 'Book the debrief room')).toBe('dropped'));
    await user.click(within(panel).getByTestId('follow-up-dismiss'));
    expect(screen.queryByTestId('follow-up-review')).not.toBeInTheDocument();
  });

  it('is not shown once the session has started', async () => {
    const { user } = await openFollowUp();
    await screen.findByTestId('follow-up-review');
    await user.click(screen.getByTestId('live-start'));
    await waitFor(() => expect(screen.queryByTestId('follow-up-review')).not.toBeInTheDocument());
  });

  it('is not shown for a session that follows none', async () => {
    const backend = new FakeBackend({ techniques, sessions, people });
    await library.load();
    router.reset({ name: 'run', id: 's-2' });
    render(RunScreen, { id: 's-2' });
    await screen.findByTestId('live-start');
    expect(screen.queryByTestId('follow-up-review')).not.toBeInTheDocument();
    expect(backend.callsTo('actions_open_of')).toEqual([]);
  });
});
