// The session page: a new session created on first save, Rust's validation messages
// beside their fields, participants picked from the people list, and the leave guard.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionDraft } from '../lib/bindings/SessionDraft';
import { router } from '../state/router.svelte';
import { FakeBackend } from '../testing/fakeBackend';
import { people, sessions, techniques } from '../testing/fixtures';
import SessionScreen from './SessionScreen.svelte';

const draft: SessionDraft = {
  technique: 'after-action-review',
  title: 'After Action Review',
  scheduled_at: '2026-11-25T14:00:00',
  facilitator: '',
  location: '',
  purpose: '',
  status: 'planned',
  participants: [],
};

function startNew() {
  const backend = new FakeBackend({ techniques, people, sessions });
  router.reset({ name: 'new-session', draft });
  render(SessionScreen, { opening: { draft } });
  return backend;
}

describe('a new session', () => {
  it('is pre-filled from the draft and not saved until Save', async () => {
    const backend = startNew();
    expect(screen.getByLabelText('Title')).toHaveValue('After Action Review');
    expect(screen.getByLabelText('Date and time')).toHaveValue('2026-11-25T14:00');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Not saved yet');
    expect(backend.callsTo('session_create')).toEqual([]);
  });

  it('is created on first save, then shows as saved with its participants', async () => {
    const backend = startNew();
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
    expect(sent.draft.scheduled_at).toBe('2026-11-25T14:00:00');
    expect(router.current).toEqual({ name: 'session', id: expect.any(String) });
    // A second save updates the same record rather than making another.
    await user.type(screen.getByLabelText('Location'), 'Seminar room 2');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Unsaved changes');
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByText('Saved');
    expect(backend.callsTo('session_create')).toHaveLength(1);
    expect(backend.callsTo('session_update')).toHaveLength(1);
  });

  it('shows the Rust message beside the title and in the summary when the title is refused', async () => {
    const backend = startNew();
    backend.failures.session_create = { kind: 'Invalid', message: 'Give the session a title.', field: 'title' };
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
    const backend = startNew();
    backend.failures.session_create = {
      kind: 'Invalid',
      message: 'Give this participant a name, or clear the row.',
      field: 'participants.1',
    };
    const user = userEvent.setup();
    await user.click(screen.getByTestId('add-participant'));
    await user.click(screen.getByTestId('add-participant'));
    await user.click(screen.getByTestId('save-session'));
    const rows = await screen.findAllByTestId('participant-row');
    await within(rows[1] as HTMLElement).findByText('Give this participant a name, or clear the row.');
    expect(rows[0]).not.toHaveTextContent('Give this participant a name');
  });

  it('says what went wrong when the disk is full, without losing the form', async () => {
    const backend = startNew();
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
    const backend = new FakeBackend({ techniques, people, sessions });
    router.reset({ name: 'session', id: 's-1' });
    render(SessionScreen, { opening: { id: 's-1' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ward 7 go-live review' })).toBeInTheDocument();
    const participants = screen.getAllByTestId('participant').map((p) => p.textContent?.replace(/\s+/g, ' ').trim());
    expect(participants).toEqual(['Priya Shah, Ward 7 (facilitator)', 'Tom Okafor, Pharmacy']);
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saved');

    const user = userEvent.setup();
    await user.click(screen.getByTestId('delete-session'));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Move “Ward 7 go-live review” to the bin?');
    await user.click(screen.getByTestId('confirm-delete'));
    expect(backend.callsTo('session_delete')).toEqual([{ command: 'session_delete', args: { id: 's-1' } }]);
    expect(router.current).toEqual({ name: 'sessions' });
  });

  it('says so when the session no longer exists', async () => {
    new FakeBackend({ techniques });
    render(SessionScreen, { opening: { id: 'gone' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('That session no longer exists.');
  });
});
