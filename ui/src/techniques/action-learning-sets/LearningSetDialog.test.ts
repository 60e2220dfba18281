// The one dialog that makes or edits a learning set, from the screen or from a meeting:
// the members keep a steady order however they are ticked, and a refusal that is about
// neither field is shown above the form rather than pinned on the name.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/api';
import LearningSetDialog from './LearningSetDialog.svelte';

const PEOPLE = [
  { id: 'p-a', name: 'Asha Patel', organisation: 'Ward 7' },
  { id: 'p-b', name: 'Ben Hughes', organisation: '' },
  { id: 'p-c', name: 'Cerys Jones', organisation: '' },
];

function open(onsave: (input: { name: string; members: string[] }) => Promise<IpcError | null>) {
  render(LearningSetDialog, {
    title: 'Edit Ward leaders',
    submitText: 'Save',
    initial: { name: 'Ward leaders', members: ['p-c', 'p-a'] },
    people: PEOPLE,
    hint: 'Members are put on the list of each meeting.',
    empty: 'Nobody to offer.',
    testids: { dialog: 'set-dialog', name: 'set-name', member: 'set-member', submit: 'set-save' },
    onsave,
    oncancel: () => {},
  });
  return userEvent.setup();
}

describe('the learning set dialog', () => {
  it('keeps the members it opened with in their order, with the others after them', async () => {
    const onsave = vi.fn(async () => null);
    const user = open(onsave);
    const boxes = within(screen.getByTestId('set-dialog')).getAllByTestId('set-member');
    await user.click(boxes[2] as HTMLElement); // Cerys off
    await user.click(boxes[1] as HTMLElement); // Ben on
    await user.click(boxes[2] as HTMLElement); // Cerys on again
    await user.click(screen.getByTestId('set-save'));
    expect(onsave, 'ticking someone again puts them back where they were').toHaveBeenCalledWith({ name: 'Ward leaders', members: ['p-c', 'p-a', 'p-b'] });
  });

  it('shows a refusal about neither field above the form, leaving the name alone', async () => {
    const user = open(async () => ({ kind: 'NotFound', message: 'That learning set no longer exists.', field: null }));
    await user.click(screen.getByTestId('set-save'));
    expect(await screen.findByRole('alert')).toHaveTextContent('That learning set no longer exists.');
    expect(screen.getByTestId('set-name')).not.toHaveAttribute('aria-invalid');
  });
});
