// The edit-in-place cycle the board rows share, seen through a story row: Edit opens the
// editor on the story as it is, Enter saves, Esc cancels, focus comes back to Edit, and a
// refusal stays beside the field (or the row) instead of being lost.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/api';
import type { Participant } from '../../lib/bindings/Participant';
import type { Story } from '../../lib/bindings/Story';
import InquiryStoryItem from './InquiryStoryItem.svelte';

const TOM: Participant = { person_id: 'p-tom', name: 'Tom Okafor', organisation: '', role: '' };
const STORY: Story = { id: 's-1', text: 'Pharmacy came to the huddle', teller: null };
const REFUSAL: IpcError = { kind: 'Invalid', message: 'Write the story first.', field: 'text' };

function story(onsave = vi.fn(async () => null as IpcError | null), onremove = vi.fn(async () => null as IpcError | null)) {
  render(InquiryStoryItem, { story: STORY, index: 0, participants: [TOM], readonly: false, onsave, onremove });
  return { user: userEvent.setup(), onsave, onremove };
}

describe('a row edited where it is', () => {
  it('opens on the story as it is, saves on Enter with its teller, and gives focus back to Edit', async () => {
    const { user, onsave } = story();
    await user.click(screen.getByTestId('ai-story-edit'));
    const field = screen.getByTestId('ai-story-editor');
    expect(field, 'the editor takes focus so typing can start at once').toHaveFocus();
    expect(field).toHaveValue(STORY.text);
    await user.selectOptions(screen.getByLabelText('Told by'), 'Tom Okafor');
    await user.clear(field);
    await user.type(field, 'Pharmacy joined the 08:30 huddle{Enter}');
    expect(onsave).toHaveBeenCalledWith({ ...STORY, text: 'Pharmacy joined the 08:30 huddle', teller: TOM.person_id });
    expect(screen.queryByTestId('ai-story-editor')).not.toBeInTheDocument();
    expect(screen.getByTestId('ai-story-edit'), 'focus returns to where the editing began').toHaveFocus();
  });

  it('cancels on Esc from any of its fields without saving', async () => {
    const { user, onsave } = story();
    await user.click(screen.getByTestId('ai-story-edit'));
    await user.type(screen.getByTestId('ai-story-editor'), ' and stayed');
    screen.getByLabelText('Told by').focus();
    await user.keyboard('{Escape}');
    expect(onsave).not.toHaveBeenCalled();
    expect(screen.queryByTestId('ai-story-editor')).not.toBeInTheDocument();
    expect(screen.getByTestId('ai-story-edit')).toHaveFocus();
    expect(screen.getByTestId('ai-story-text-shown')).toHaveTextContent(STORY.text);
  });

  it('keeps the editor open with a refusal beside the field', async () => {
    const { user } = story(vi.fn(async () => REFUSAL));
    await user.click(screen.getByTestId('ai-story-edit'));
    await user.type(screen.getByTestId('ai-story-editor'), '{Enter}');
    const field = screen.getByTestId('ai-story-editor');
    expect(field, 'a refused edit is not thrown away').toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(REFUSAL.message);
  });

  it('shows a refused removal in the row', async () => {
    const { user, onremove } = story(undefined, vi.fn(async () => ({ ...REFUSAL, message: 'The board could not be saved.' })));
    await user.click(screen.getByTestId('ai-story-remove'));
    expect(onremove).toHaveBeenCalledOnce();
    expect(screen.getByTestId('ai-story')).toHaveTextContent('The board could not be saved.');
  });
});
