// The lesson dialog on its own: what it shows from the draft, the LessonInput it sends,
// and Rust's refusal beside the field it is about.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { IpcError } from '../../lib/api';
import type { LessonInput } from '../../lib/bindings/LessonInput';
import { emptyLesson } from '../../lib/lessonSteps';
import LessonDialog from './LessonDialog.svelte';

const invalid = (field: string, message: string): IpcError => ({ kind: 'Invalid', message, field });

function open(input: LessonInput, answers: (IpcError | null)[] = [null]) {
  const onsave = vi.fn(async (_input: LessonInput) => answers.shift() ?? null);
  const oncancel = vi.fn();
  render(LessonDialog, { draft: { id: null, heading: 'Save as lesson', input }, source: 'From step 4: What can we learn from this?', onsave, oncancel });
  return { onsave, oncancel, user: userEvent.setup() };
}

const fieldOf = (testid: string) => screen.getByTestId(testid).closest('.field') as HTMLElement;

describe('the lesson dialog', () => {
  it('shows the draft, focuses the title and sends every part with the tags split', async () => {
    const { onsave, user } = open({ ...emptyLesson('s-1', 4, '2026-11-25'), title: 'Night cover', learning: 'Nights need cover' });
    const dialog = screen.getByTestId('lesson-dialog');
    expect(within(dialog).getByRole('heading')).toHaveTextContent('Save as lesson');
    expect(screen.getByTestId('lesson-source')).toHaveTextContent('From step 4: What can we learn from this?');
    expect(screen.getByTestId('lesson-title')).toHaveFocus();
    expect(screen.getByTestId('lesson-learning')).toHaveValue('Nights need cover');
    expect(screen.getByTestId('lesson-learned-on')).toHaveValue('2026-11-25');

    await user.type(screen.getByTestId('lesson-cause'), 'Training booked late');
    await user.type(screen.getByTestId('lesson-tags'), 'e-obs, Ward 7,, nights');
    expect(screen.getAllByTestId('lesson-tag').map((chip) => chip.textContent)).toEqual(['e-obs', 'Ward 7', 'nights']);
    await user.click(screen.getByTestId('lesson-save'));
    expect(onsave).toHaveBeenCalledWith({
      title: 'Night cover',
      what_happened: '',
      cause: 'Training booked late',
      learning: 'Nights need cover',
      recommendation: '',
      tags: ['e-obs', 'Ward 7', 'nights'],
      session_id: 's-1',
      step_id: 4,
      learned_on: '2026-11-25',
    });
  });

  it('puts each refusal beside its field, marks the field and moves focus to it', async () => {
    const { onsave, user } = open(emptyLesson('s-1', 4, '2026-11-25'), [
      invalid('title', 'Give the lesson a title: one line that sums it up.'),
      invalid('what_happened', 'Say what happened, what we learn or what we recommend.'),
      invalid('learning', 'What we learn is too long.'),
      invalid('tags.1', 'The tag “x” is too long.'),
      invalid('step_id', 'A lesson from a step needs the session the step belongs to.'),
    ]);
    const save = () => user.click(screen.getByTestId('lesson-save'));

    await save();
    expect(within(fieldOf('lesson-title')).getByRole('alert')).toHaveTextContent('Give the lesson a title');
    expect(screen.getByTestId('lesson-title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('lesson-title')).toHaveFocus();

    await save();
    expect(within(fieldOf('lesson-what-happened')).getByRole('alert')).toHaveTextContent('Say what happened');
    expect(screen.getByTestId('lesson-title')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('lesson-what-happened')).toHaveFocus();

    await save();
    expect(within(fieldOf('lesson-learning')).getByRole('alert')).toHaveTextContent('What we learn is too long.');

    await save();
    expect(within(fieldOf('lesson-tags')).getByRole('alert')).toHaveTextContent('The tag “x” is too long.');
    expect(screen.getByTestId('lesson-tags')).toHaveAttribute('aria-invalid', 'true');

    await save();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent('A lesson from a step needs the session');
    expect(onsave).toHaveBeenCalledTimes(5);
    expect(screen.getByTestId('lesson-dialog')).toBeInTheDocument();
  });

  it('asks for the date learned before sending, and cancels with Esc', async () => {
    const { onsave, oncancel, user } = open({ ...emptyLesson('s-1', null, '2026-11-25'), title: 'T', learning: 'L' });
    await user.clear(screen.getByTestId('lesson-learned-on'));
    await user.click(screen.getByTestId('lesson-save'));
    expect(within(fieldOf('lesson-learned-on')).getByRole('alert')).toHaveTextContent('Give the date the lesson was learned.');
    expect(onsave).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(oncancel).toHaveBeenCalled();
  });
});
