// The library as a facilitator uses it: grouped by phase, narrowed by words and by time.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from '../testing/fakeBackend';
import { router } from '../state/router.svelte';
import LibraryScreen from './LibraryScreen.svelte';

const cardNames = () =>
  screen.queryAllByTestId('technique-card').map((card) => within(card).getByRole('heading').textContent?.trim());

async function showLibrary() {
  new FakeBackend();
  render(LibraryScreen);
  await screen.findAllByTestId('technique-card');
}

describe('the technique library', () => {
  it('groups techniques under the three phases with the framework questions', async () => {
    await showLibrary();
    const before = screen.getByRole('region', { name: 'Learning before' });
    expect(within(before).getByText('Who has done similar work before?')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Learning during' })).toHaveTextContent(
      'What have we learned so far? Are we on track?',
    );
    // Appreciative Inquiry serves before and after, so it is in both groups.
    const after = screen.getByRole('region', { name: 'Learning after' });
    expect(within(before).getByText('Appreciative Inquiry')).toBeInTheDocument();
    expect(within(after).getByText('Appreciative Inquiry')).toBeInTheDocument();
  });

  it('shows the duration, purpose and default agenda on a card', async () => {
    await showLibrary();
    const card = screen.getByRole('link', { name: /After Action Review/ });
    expect(card).toHaveAttribute('data-technique', 'after-action-review');
    expect(card).toHaveTextContent('15 mins to 1/2 day');
    expect(card).toHaveTextContent('A short structured meeting held immediately after an activity');
    expect(card).toHaveTextContent('Default agenda 1 hr, 4 steps');
  });

  it('narrows the cards as a search is typed, ignoring accents', async () => {
    await showLibrary();
    await userEvent.type(screen.getByLabelText('Find a technique'), 'cafe');
    expect(cardNames()).toEqual(['Knowledge Café']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 13 techniques');
  });

  it('keeps only what fits the time, naming the variant that makes it fit', async () => {
    await showLibrary();
    await userEvent.selectOptions(screen.getByLabelText('I have'), '30');
    // Grouped by phase: the Before Action Review is a "before" technique, Knowledge Café a
    // "during" one (by its Espresso Café), After Action Review an "after" one.
    expect(cardNames()).toEqual(['Before Action Review', 'Knowledge Café', 'Randomised Coffee Trials', 'Communities of Practice', 'After Action Review']);
    const cafe = screen.getByRole('link', { name: /Knowledge Café/ });
    expect(cafe).toHaveTextContent('Espresso Café fits');
    expect(screen.getByRole('link', { name: /After Action Review/ })).not.toHaveTextContent('fits');
  });

  it('says when nothing matches and puts everything back on reset', async () => {
    await showLibrary();
    await userEvent.type(screen.getByLabelText('Find a technique'), 'zebra crossing');
    expect(cardNames()).toEqual([]);
    expect(screen.getByRole('heading', { name: 'No techniques match' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all techniques' }));
    // Thirteen techniques, three of them in more than one phase (Knowledge Assets in all three).
    expect(screen.getAllByTestId('technique-card')).toHaveLength(17);
    expect(screen.getByLabelText('Find a technique')).toHaveValue('');
    expect(screen.getByLabelText('Find a technique')).toHaveFocus();
  });

  it('opens the technique when its card is chosen from the keyboard', async () => {
    await showLibrary();
    screen.getByRole('link', { name: /Peer Assist/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(router.current).toEqual({ name: 'technique', id: 'peer-assist' });
  });

  it('shows why the techniques could not be loaded', async () => {
    const backend = new FakeBackend();
    backend.failures.library_techniques = { kind: 'Io', message: 'The app files could not be read.', field: null };
    render(LibraryScreen);
    expect(await screen.findByRole('alert')).toHaveTextContent('The app files could not be read.');
  });
});
