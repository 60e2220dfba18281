// The Knowledge Café on the console: set up (question, tables, presets), a list pasted
// in, the plan by round and by person, absences, walk-ins and the plan on the display.
// The app's replies are the ones its tests recorded (transcripts/cafe-console.json):
// Priya Shah is on the list to begin with.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/cafe-console.json';
import type { CafeChange } from '../../lib/bindings/CafeChange';
import type { DisplayState } from '../../lib/bindings/DisplayState';
import type { Session } from '../../lib/bindings/Session';
import type { TechniqueChange } from '../../lib/bindings/TechniqueChange';

/** The café's changes the console sent, in order. */
function cafeChanges(backend: FakeBackend): CafeChange[] {
  return backend
    .callsTo('technique_change')
    .map((call) => (call.args as { change: TechniqueChange }).change)
    .flatMap((change) => (change.kind === 'own' && change.change.technique === 'knowledge-cafe' ? [change.change.change] : []));
}

/** Whether the console last asked the display to show the plan. */
const planShown = (backend: FakeBackend) => (backend.callsTo('live_display').at(-1)?.args as { display: DisplayState } | undefined)?.display.show_plan;

async function openCafe(scenario = 'opened') {
  const backend = new FakeBackend();
  const played = backend.replay(transcriptOf(recorded), scenario);
  const session = played.first<Session>('session_get');
  await library.load();
  router.reset({ name: 'run', id: session.id });
  render(RunScreen, { id: session.id });
  await screen.findByTestId('cafe-setup');
  return { backend, played, session, user: userEvent.setup() };
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
    const { backend, played, user } = await openCafe('a pasted list planned');
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
    expect(played.unplayed()).toEqual([]);
  });

  it('refuses a set-up without a question, beside the field', async () => {
    const { played, user } = await openCafe('a set-up without a question');
    await user.clear(screen.getByTestId('cafe-question'));
    await user.click(screen.getByTestId('cafe-save-setup'));
    expect(await screen.findByText('Write the open question the tables will talk about.')).toBeInTheDocument();
    expect(screen.getByTestId('cafe-question')).toHaveAttribute('aria-invalid', 'true');
    expect(played.unplayed()).toEqual([]);
  });

  it('adds a walk-in, marks someone absent, and puts the plan on the display', async () => {
    const { backend, played, session, user } = await openCafe('absent, a walk-in and the plan shown');
    await user.click(screen.getByTestId('cafe-save-setup'));
    await screen.findByTestId('cafe-quality');
    await user.type(screen.getByTestId('cafe-walk-in-name'), 'Siân Ŵyn Llewelyn');
    await user.click(screen.getByTestId('cafe-walk-in-add'));
    await waitFor(() => expect(screen.getAllByTestId('cafe-guest')).toHaveLength(2));
    expect(screen.getByTestId('cafe-walk-in-name')).toHaveValue('');

    const priya = screen.getAllByTestId('cafe-guest').find((row) => row.dataset.name === 'Priya Shah');
    if (!priya) throw new Error('Priya is listed');
    expect(within(priya).getByRole('checkbox', { name: 'Priya Shah is here' })).toBeChecked();
    await user.click(within(priya).getByTestId('cafe-guest-here'));
    await waitFor(() => expect(within(priya).getByTestId('cafe-guest-here')).not.toBeChecked());
    expect(cafeChanges(backend).find((change) => change.kind === 'set-absent')).toEqual({ kind: 'set-absent', person: session.participants[0]?.person_id, absent: true });

    await user.click(screen.getByTestId('cafe-show-plan'));
    await waitFor(() => expect(screen.getByTestId('cafe-show-plan')).toHaveAttribute('aria-pressed', 'true'));
    expect(planShown(backend)).toBe(true);
    expect(played.unplayed()).toEqual([]);
  });

  it('toggles the table plan on the display with T, and lists that key in the help', async () => {
    const { backend, played, user } = await openCafe('the plan toggled by key');
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('t');
    await waitFor(() => expect(screen.getByTestId('cafe-show-plan')).toHaveAttribute('aria-pressed', 'true'));
    expect(planShown(backend)).toBe(true);
    await user.keyboard('t');
    await waitFor(() => expect(screen.getByTestId('cafe-show-plan')).toHaveAttribute('aria-pressed', 'false'));
    expect(planShown(backend)).toBe(false);
    expect(played.unplayed()).toEqual([]);
    await user.keyboard('?');
    expect(await screen.findByTestId('help-overlay')).toHaveTextContent('Show the table plan on the audience display');
  });

  it('keeps the seating in the finished record, with nothing left to change', async () => {
    const { played, user } = await openCafe('finished');
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
    expect(played.unplayed()).toEqual([]);
  });
});
