// The Knowledge Café on the console: set up (question, tables, presets), a list pasted
// in, the plan by round and by person, absences, walk-ins and the plan on the display.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { people, sessions, techniques } from '../../testing/fixtures';
import type { CafeChange } from '../../lib/bindings/CafeChange';
import type { TechniqueChange } from '../../lib/bindings/TechniqueChange';

/** The café's changes the console sent, in order. */
function cafeChanges(backend: FakeBackend): CafeChange[] {
  return backend
    .callsTo('technique_change')
    .map((call) => (call.args as { change: TechniqueChange }).change)
    .flatMap((change) => (change.kind === 'own' && change.change.technique === 'knowledge-cafe' ? [change.change.change] : []));
}

async function openCafe() {
  const backend = new FakeBackend({ techniques, sessions, people });
  await library.load();
  router.reset({ name: 'run', id: 's-2' });
  render(RunScreen, { id: 's-2' });
  await screen.findByTestId('cafe-setup');
  return { backend, user: userEvent.setup() };
}

describe('the café panel', () => {
  it('offers the set-up first, with the session purpose as the question', async () => {
    await openCafe();
    expect(screen.getByTestId('cafe-where')).toHaveTextContent('Not set up yet');
    expect(screen.getByTestId('cafe-question')).toHaveValue('How can we get people home sooner and safely?');
    expect(screen.getByTestId('cafe-total')).toHaveTextContent('85 minutes in all');
    expect(screen.getByTestId('cafe-plan')).toHaveTextContent('No seating yet');
  });

  it('switches to the 30-minute Espresso café and back', async () => {
    const { user } = await openCafe();
    await user.click(screen.getByTestId('cafe-preset-espresso'));
    expect(screen.getByTestId('cafe-total')).toHaveTextContent('30 minutes in all');
    expect(screen.getByTestId('cafe-round-minutes')).toHaveValue('6');
    await user.click(screen.getByTestId('cafe-preset-standard'));
    expect(screen.getByTestId('cafe-total')).toHaveTextContent('85 minutes in all');
  });

  it('adds a pasted list, then saves the set-up and shows the plan by round and by person', async () => {
    const { backend, user } = await openCafe();
    await user.click(screen.getByTestId('cafe-import-open'));
    const dialog = await screen.findByTestId('cafe-import');
    await user.click(within(dialog).getByTestId('cafe-import-text'));
    await user.paste('Amira Hassan\tWard 7\nBen Okafor\tPharmacy\nCerys Pritchard\tWard 7\nDariusz Wójcik\tDigital\n\nBen Okafor\tPharmacy');
    expect(within(dialog).getByTestId('cafe-import-preview')).toHaveTextContent('4 people to add; 1 blank or repeated row left out.');
    await user.click(within(dialog).getByTestId('cafe-import-add'));
    await waitFor(() => expect(screen.getAllByTestId('cafe-guest')).toHaveLength(5));
    const added = cafeChanges(backend).find((change) => change.kind === 'add-guests');
    expect(added?.kind === 'add-guests' ? added.people.map((p) => p.name) : []).toEqual(['Amira Hassan', 'Ben Okafor', 'Cerys Pritchard', 'Dariusz Wójcik']);

    await user.click(screen.getByTestId('cafe-save-setup'));
    expect(await screen.findByTestId('cafe-quality')).toHaveTextContent('0 repeat encounters: the fewest possible.');
    expect(screen.getByTestId('cafe-where')).toHaveTextContent('Ready: 3 rounds of 15 minutes');
    expect(screen.getAllByTestId('cafe-table').length).toBeGreaterThan(0);
    await user.click(screen.getByTestId('cafe-people-tab'));
    const cards = screen.getByTestId('cafe-cards');
    expect(within(cards).getAllByRole('row')).toHaveLength(6);
    expect(within(cards).getByRole('rowheader', { name: 'Dariusz Wójcik' })).toBeInTheDocument();
  });

  it('refuses a set-up without a question, beside the field', async () => {
    const { user } = await openCafe();
    await user.clear(screen.getByTestId('cafe-question'));
    await user.click(screen.getByTestId('cafe-save-setup'));
    expect(await screen.findByText('Write the open question the tables will talk about.')).toBeInTheDocument();
    expect(screen.getByTestId('cafe-question')).toHaveAttribute('aria-invalid', 'true');
  });

  it('marks someone absent, adds a walk-in, and puts the plan on the display', async () => {
    const { backend, user } = await openCafe();
    await user.click(screen.getByTestId('cafe-save-setup'));
    await screen.findByTestId('cafe-quality');
    const priya = screen.getAllByTestId('cafe-guest').find((row) => row.dataset.name === 'Priya Shah');
    if (!priya) throw new Error('Priya is listed');
    expect(within(priya).getByRole('checkbox', { name: 'Priya Shah is here' })).toBeChecked();
    await user.click(within(priya).getByTestId('cafe-guest-here'));
    await waitFor(() => expect(within(priya).getByTestId('cafe-guest-here')).not.toBeChecked());
    expect(cafeChanges(backend).find((change) => change.kind === 'set-absent')).toEqual({ kind: 'set-absent', person: 'p-1', absent: true });

    await user.type(screen.getByTestId('cafe-walk-in-name'), 'Siân Ŵyn Llewelyn');
    await user.click(screen.getByTestId('cafe-walk-in-add'));
    await waitFor(() => expect(screen.getAllByTestId('cafe-guest')).toHaveLength(2));
    expect(screen.getByTestId('cafe-walk-in-name')).toHaveValue('');

    await user.click(screen.getByTestId('cafe-show-plan'));
    await waitFor(() => expect(backend.live.view()?.display.show_plan).toBe(true));
    expect(screen.getByTestId('cafe-show-plan')).toHaveAttribute('aria-pressed', 'true');
  });

  it('toggles the table plan on the display with T, and lists that key in the help', async () => {
    const { backend, user } = await openCafe();
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('t');
    await waitFor(() => expect(backend.live.view()?.display.show_plan).toBe(true));
    await user.keyboard('t');
    await waitFor(() => expect(backend.live.view()?.display.show_plan).toBe(false));
    await user.keyboard('?');
    expect(await screen.findByTestId('help-overlay')).toHaveTextContent('Show the table plan on the audience display');
  });

  it('keeps the seating in the finished record, with nothing left to change', async () => {
    const { user } = await openCafe();
    await user.click(screen.getByTestId('cafe-save-setup'));
    await screen.findByTestId('cafe-quality');
    await user.click(screen.getByTestId('live-start'));
    await screen.findByTestId('live-pause');
    await user.click(screen.getByTestId('live-finish'));
    const confirm = await screen.findByRole('alertdialog').catch(() => null);
    if (confirm) await user.click(within(confirm).getAllByRole('button')[0] as HTMLElement);
    const record = await screen.findByTestId('cafe-record');
    expect(within(record).getAllByTestId('cafe-table').length).toBeGreaterThan(0);
    expect(within(record).queryByTestId('cafe-reshuffle')).not.toBeInTheDocument();
    expect(within(record).queryByTestId('cafe-show-plan')).not.toBeInTheDocument();
    expect(screen.queryByTestId('cafe-panel')).not.toBeInTheDocument();
  });
});
