// The sessions list: rows newest first, filters, delete with confirmation and undo, and
// the bin.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ToastRegion from '../components/ToastRegion.svelte';
import { library } from '../state/library.svelte';
import { TOAST_MS } from '../state/toasts.svelte';
import { FakeBackend } from '../testing/fakeBackend';
import { transcriptOf } from '../testing/replay';
import recorded from '../testing/transcripts/sessions-page.json';
import SessionsScreen from './SessionsScreen.svelte';

/** The list as the app recorded it in `scenario` (transcripts/sessions-page.json). */
async function showList(scenario = 'listed') {
  const backend = new FakeBackend();
  const played = backend.replay(transcriptOf(recorded), scenario);
  await library.load();
  render(SessionsScreen);
  render(ToastRegion);
  return { backend, played };
}

const rowTitles = () =>
  screen.queryAllByTestId('session-row').map((row) => within(row).getByTestId('open-session').textContent);

describe('the sessions list', () => {
  it('lists sessions newest meeting first with date, technique, status and people', async () => {
    await showList();
    const rows = await screen.findAllByTestId('session-row');
    expect(rowTitles()).toEqual(['Ward 7 go-live review', 'Discharge planning café']);
    const first = rows[0] as HTMLElement;
    expect(first).toHaveTextContent('25 Nov 2026');
    expect(first).toHaveTextContent('14:00');
    expect(first).toHaveTextContent('After Action Review');
    expect(first).toHaveTextContent('Finished');
    expect(first).toHaveTextContent('Priya Shah');
    expect(rows[1]).toHaveTextContent('3 Sep 2026');
  });

  it('filters by status', async () => {
    await showList('filtered by status');
    await screen.findAllByTestId('session-row');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'planned');
    await vi.waitFor(() => expect(rowTitles()).toEqual(['Discharge planning café']));
  });

  it('points to the library when there are no sessions yet', async () => {
    await showList('no sessions yet');
    const empty = await screen.findByTestId('sessions-empty');
    expect(empty).toHaveTextContent('No sessions yet');
    expect(within(empty).getByRole('link', { name: 'Choose a technique' })).toBeInTheDocument();
  });

  it('asks before deleting; Esc cancels and gives focus back to the button', async () => {
    const { backend } = await showList();
    const user = userEvent.setup();
    const rows = await screen.findAllByTestId('session-row');
    const deleteButton = within(rows[0] as HTMLElement).getByTestId('delete-session');
    await user.click(deleteButton);
    const dialog = screen.getByRole('alertdialog', { name: 'Move “Ward 7 go-live review” to the bin?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await vi.waitFor(() => expect(deleteButton).toHaveFocus());
    expect(backend.callsTo('session_delete')).toEqual([]);
  });

  it('moves a session to the bin and brings it back with Undo', async () => {
    const { played } = await showList('moved to the bin and back');
    const user = userEvent.setup();
    const rows = await screen.findAllByTestId('session-row');
    await user.click(within(rows[0] as HTMLElement).getByTestId('delete-session'));
    await user.click(screen.getByTestId('confirm-delete'));

    expect(await screen.findByText('Session moved to the bin')).toBeInTheDocument();
    await vi.waitFor(() => expect(rowTitles()).toEqual(['Discharge planning café']));
    await user.click(screen.getByTestId('undo'));
    await vi.waitFor(() => expect(rowTitles()).toEqual(['Ward 7 go-live review', 'Discharge planning café']));
    expect(await screen.findByText('Session restored')).toBeInTheDocument();
    expect(played.unplayed()).toEqual([]);
  });

  it('lets the undo toast go after about ten seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await showList('moved to the bin and back');
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const rows = await screen.findAllByTestId('session-row');
    await user.click(within(rows[0] as HTMLElement).getByTestId('delete-session'));
    await user.click(screen.getByTestId('confirm-delete'));
    await screen.findByTestId('undo');
    // Move the pointer away, as the toast waits while it is pointed at.
    await user.unhover(screen.getByTestId('toasts'));
    vi.advanceTimersByTime(TOAST_MS - 1_000);
    expect(screen.getByTestId('undo')).toBeInTheDocument();
    vi.advanceTimersByTime(2_000);
    await vi.waitFor(() => expect(screen.queryByTestId('undo')).not.toBeInTheDocument());
  });

  it('shows the bin with Restore, and empties it after confirmation', async () => {
    const { played } = await showList('the bin emptied');
    const user = userEvent.setup();
    await screen.findAllByTestId('session-row');
    await user.click(within(screen.getAllByTestId('session-row')[1] as HTMLElement).getByTestId('delete-session'));
    await user.click(screen.getByTestId('confirm-delete'));
    await user.click(screen.getByRole('button', { name: 'Bin' }));

    const binRow = await screen.findByTestId('bin-row');
    expect(binRow).toHaveTextContent('Discharge planning café');
    await user.click(screen.getByTestId('empty-bin'));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('deleted for good. This cannot be undone.');
    await user.click(screen.getByTestId('confirm-empty-bin'));
    expect(await screen.findByText('The bin is empty')).toBeInTheDocument();
    expect(played.unplayed()).toEqual([]);
  });
});
