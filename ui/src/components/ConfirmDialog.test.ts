// The confirmation dialog's keyboard behaviour: focus starts on the safe choice, Tab stays
// inside, Esc cancels.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import ConfirmDialog from './ConfirmDialog.svelte';

function open() {
  const onconfirm = vi.fn();
  const oncancel = vi.fn();
  render(ConfirmDialog, {
    title: 'Empty the bin?',
    confirmLabel: 'Delete for good',
    onconfirm,
    oncancel,
    children: createRawSnippet(() => ({ render: () => '<p>This cannot be undone.</p>' })),
  });
  return { onconfirm, oncancel };
}

describe('a confirmation dialog', () => {
  it('is a labelled modal that starts on Cancel', () => {
    open();
    const dialog = screen.getByRole('alertdialog', { name: 'Empty the bin?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('This cannot be undone.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    open();
    const user = userEvent.setup();
    const confirm = screen.getByRole('button', { name: 'Delete for good' });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await user.tab();
    expect(confirm).toHaveFocus();
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    expect(confirm).toHaveFocus();
  });

  it('cancels on Esc and confirms only on the confirm button', async () => {
    const { onconfirm, oncancel } = open();
    const user = userEvent.setup();
    await user.keyboard('{Escape}');
    expect(oncancel).toHaveBeenCalledOnce();
    expect(onconfirm).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect(onconfirm).toHaveBeenCalledOnce();
  });
});
