// The session page: a new session created on first save, Rust's validation messages
// beside their fields, participants picked from the people list, and the leave guard.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Session } from '../lib/bindings/Session';
import type { SessionDraft } from '../lib/bindings/SessionDraft';
import { router } from '../state/router.svelte';
import { FakeBackend } from '../testing/fakeBackend';
import { transcriptOf } from '../testing/replay';
import recorded from '../testing/transcripts/session-form.json';
import SessionScreen from './SessionScreen.svelte';

const transcript = transcriptOf(recorded);
/** The id the recording asks for and the store never gave out. */
const GONE = '00000000-0000-0000-0000-00000000dead';

/** The form of a new After Action Review, answered as the app recorded `scenario`. */
function startNew(scenario = 'opened new') {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const draft = played.reply<SessionDraft>('the new draft');
  router.reset({ name: 'new-session', draft });
  render(SessionScreen, { opening: { draft } });
  return { backend, played };
}

describe('a new session', () => {
  it('is pre-filled from the draft and not saved until Save', async () => {
    const { backend } = startNew();
    expect(screen.getByLabelText('Title')).toHaveValue('After Action Review');
    expect(screen.getByLabelText('Date and time')).toHaveValue('2026-11-25T10:00');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Not saved yet');
    expect(backend.callsTo('session_create')).toEqual([]);
  });

  it('is created on first save, then shows as saved with its participants', async () => {
    const { backend, played } = startNew('saved, then saved again');
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'Ward 7 go-live review');
    await user.type(screen.getByLabelText('Facilitator'), 'Priya Shah');
    await user.click(screen.getByTestId('add-participant'));
    const row = screen.getByTestId('participant-row');
    await user.type(within(row).getByLabelText('Name, participant 1'), 'Sam Jones');
    await user.type(within(row).getByLabelText(/Team or organisation/), 'Estates');
    await user.click(screen.getByTestId('save-session'));

    expect(await screen.findByText('Saved')).toHaveAttribute('data-testid', 'save-status');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ward 7 go-live review');
    expect(screen.getByTestId('participant')).toHaveTextContent('Sam Jones, Estates');
    const sent = backend.callsTo('session_create')[0]?.args as { draft: SessionDraft };
    expect(sent.draft.scheduled_at).toBe('2026-11-25T10:00:00');
    expect(router.current).toEqual({ name: 'session', id: expect.any(String) });
    // A second save updates the same record rather than making another.
    await user.type(screen.getByLabelText('Location'), 'Seminar room 2');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Unsaved changes');
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByText('Saved');
    expect(backend.callsTo('session_create')).toHaveLength(1);
    expect(backend.callsTo('session_update')).toHaveLength(1);
    expect(played.unplayed()).toEqual([]);
  });

  it('shows the Rust message beside the title and in the summary when the title is refused', async () => {
    startNew('a blank title refused');
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Title'));
    await user.click(screen.getByTestId('save-session'));

    const title = screen.getByLabelText('Title');
    expect(await screen.findByTestId('error-title')).toHaveTextContent('Give the session a title.');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Error: Give the session a title.');
    const summary = screen.getByTestId('error-summary');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('There is a problem');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Not saved');
    await user.click(within(summary).getByRole('link', { name: 'Give the session a title.' }));
    expect(title).toHaveFocus();
  });

  it('puts a participant error on the row it concerns', async () => {
    startNew('a row with no name refused');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('add-participant'));
    await user.click(screen.getByTestId('add-participant'));
    await user.type(screen.getByLabelText('Team or organisation, participant 2'), 'Estates');
    await user.click(screen.getByTestId('save-session'));
    const rows = await screen.findAllByTestId('participant-row');
    await within(rows[1] as HTMLElement).findByText('Give this participant a name, or clear the row.');
    expect(rows[0]).not.toHaveTextContent('Give this participant a name');
  });

  it('says what went wrong when the disk is full, without losing the form', async () => {
    const { backend } = startNew();
    backend.failures.session_create = { kind: 'DiskFull', message: 'The disk is full. Free some space, then save again.', field: null };
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Location'), 'Room 4');
    await user.click(screen.getByTestId('save-session'));
    expect(await screen.findByTestId('error-summary')).toHaveTextContent('The disk is full. Free some space, then save again.');
    expect(screen.getByLabelText('Location')).toHaveValue('Room 4');
  });

  it('suggests people already known and fills in their organisation', async () => {
    startNew();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('add-participant'));
    const name = screen.getByLabelText('Name, participant 1');
    expect(name).toHaveFocus();
    await user.type(name, 'pri');
    const option = await screen.findByRole('option', { name: /Priya Shah/ });
    expect(name).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(name).toHaveAttribute('aria-activedescendant', option.id);
    await user.keyboard('{Enter}');
    expect(name).toHaveValue('Priya Shah');
    expect(screen.getByLabelText('Team or organisation, participant 1')).toHaveValue('Ward 7');
    expect(name).toHaveAttribute('aria-expanded', 'false');
  });

  it('leaves quietly when nothing was changed', () => {
    startNew();
    router.navigate({ name: 'library' });
    expect(router.pending).toBeNull();
    expect(router.current).toEqual({ name: 'library' });
  });

  it('asks before leaving with unsaved edits', async () => {
    startNew();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Facilitator'), 'Tom');
    router.navigate({ name: 'library' });
    expect(router.pending).not.toBeNull();
    expect(router.current.name).toBe('new-session');
  });
});

describe('a stored session', () => {
  it('shows its record and can be moved to the bin after confirming', async () => {
    const backend = new FakeBackend();
    const id = backend.replay(transcript, 'a stored session moved to the bin').first<Session>('session_get').id;
    router.reset({ name: 'session', id });
    render(SessionScreen, { opening: { id } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ward 7 go-live review' })).toBeInTheDocument();
    const participants = screen.getAllByTestId('participant').map((p) => p.textContent?.replace(/\s+/g, ' ').trim());
    expect(participants).toEqual(['Priya Shah, Ward 7 (facilitator)', 'Tom Okafor, Pharmacy']);
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saved');

    const user = userEvent.setup();
    await user.click(screen.getByTestId('delete-session'));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Move “Ward 7 go-live review” to the bin?');
    await user.click(screen.getByTestId('confirm-delete'));
    expect(backend.callsTo('session_delete')).toEqual([{ command: 'session_delete', args: { id } }]);
    expect(router.current).toEqual({ name: 'sessions' });
  });

  it('says so when the session no longer exists', async () => {
    new FakeBackend().replay(transcript, 'a session that no longer exists');
    render(SessionScreen, { opening: { id: GONE } });
    expect(await screen.findByRole('alert')).toHaveTextContent('That session was not found. It may have been deleted.');
  });
});
