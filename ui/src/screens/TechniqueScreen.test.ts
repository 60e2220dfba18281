// A technique's page: its steps and questions as the framework gives them, and starting a
// session from it.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { router } from '../state/router.svelte';
import { FakeBackend } from '../testing/fakeBackend';
import { transcriptOf } from '../testing/replay';
import recorded from '../testing/transcripts/app-window.json';
import TechniqueScreen from './TechniqueScreen.svelte';

describe('a technique page', () => {
  it('shows the steps in order with the framework questions set apart, and the total', async () => {
    new FakeBackend();
    render(TechniqueScreen, { id: 'after-action-review' });
    expect(await screen.findByRole('heading', { level: 1, name: 'After Action Review' })).toBeInTheDocument();
    const stepHeadings = within(screen.getByRole('region', { name: 'Steps' }))
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(stepHeadings.slice(0, 2)).toEqual(['Step 1: What was supposed to happen?', 'Step 2: What actually happened?']);
    const askTheRoom = screen.getAllByRole('heading', { level: 4, name: 'Ask the room' });
    expect(askTheRoom).toHaveLength(4);
    expect(screen.getByText('What went well and what could have been done better?')).toBeInTheDocument();
    expect(screen.getByTestId('agenda-total')).toHaveTextContent('Total: 1 hr');
    expect(screen.getByRole('region', { name: 'Preparation' })).toHaveTextContent('Conduct immediately following the event.');
  });

  it('marks optional steps and shows the model the technique is built on', async () => {
    new FakeBackend();
    render(TechniqueScreen, { id: 'action-learning-sets' });
    const gift = await screen.findByRole('heading', { name: 'Step 5: “Gift” Round' });
    expect(gift.parentElement).toHaveTextContent('Optional');
    expect(screen.getByTestId('agenda-total')).toHaveTextContent('including 15 mins of optional steps');
    const models = screen.getByRole('region', { name: 'Models' });
    expect(within(models).getByRole('heading', { name: 'GROW' })).toBeInTheDocument();
    expect(models).toHaveTextContent('Reality');
  });

  it('lists a variant with its own timings and total', async () => {
    new FakeBackend();
    render(TechniqueScreen, { id: 'knowledge-cafe' });
    const variant = await screen.findByTestId('variant');
    expect(within(variant).getByRole('heading', { name: 'Espresso Café' })).toBeInTheDocument();
    expect(variant).toHaveTextContent('Total30 mins');
  });

  it('starts a session: asks Rust for a pre-filled draft and opens it unsaved', async () => {
    const backend = new FakeBackend();
    backend.replay(transcriptOf(recorded), "a technique's new session saved and listed");
    render(TechniqueScreen, { id: 'after-action-review' });
    await userEvent.click(await screen.findByTestId('start-session'));
    expect(backend.callsTo('session_new_draft')).toEqual([
      { command: 'session_new_draft', args: { technique: 'after-action-review' } },
    ]);
    expect(router.current).toMatchObject({ name: 'new-session', draft: { title: 'After Action Review' } });
    expect(backend.callsTo('session_create')).toEqual([]);
  });
});
