// Role suggestions on a session's participant rows: a Peer Assist offers the roles its
// rules read, as Rust's library lists them ("Home team", "Visitor"); a technique that
// reads none offers nothing new.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionDraft } from '../lib/bindings/SessionDraft';
import type { TechniqueId } from '../lib/bindings/TechniqueId';
import SessionScreen from '../screens/SessionScreen.svelte';
import { library } from '../state/library.svelte';
import { router } from '../state/router.svelte';
import { FakeBackend } from '../testing/fakeBackend';

async function startNew(technique: TechniqueId) {
  const draft: SessionDraft = {
    technique,
    title: 'A session',
    scheduled_at: '2026-11-25T14:00:00',
    facilitator: '',
    location: '',
    purpose: '',
    status: 'planned',
    participants: [{ name: 'Priya Shah', organisation: 'Ward 7', role: '' }],
  };
  new FakeBackend();
  // The app reads the library as it opens; the form takes the roles from it.
  await library.load();
  router.reset({ name: 'new-session', draft });
  render(SessionScreen, { opening: { draft } });
}

describe('role suggestions', () => {
  it('offers a Peer Assist’s home team and visitor roles on every row', async () => {
    await startNew('peer-assist');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('add-participant'));
    const list = screen.getByTestId('participant-roles');
    expect(within(list).getAllByRole('option', { hidden: true }).map((o) => o.getAttribute('value'))).toEqual(['Home team', 'Visitor']);
    for (const row of screen.getAllByTestId('participant-row')) {
      expect(within(row).getByLabelText(/^Role, participant/)).toHaveAttribute('list', list.id);
    }
  });

  it('adds no list for a technique that reads no roles', async () => {
    await startNew('after-action-review');
    expect(screen.queryByTestId('participant-roles')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Role, participant 1')).not.toHaveAttribute('list');
  });
});
