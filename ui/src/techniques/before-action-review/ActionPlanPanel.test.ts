// A Before Action Review's plan on the console: the intent saved when the facilitator
// leaves a field (not on each key), who's doing what linked to the roster, the risks
// listed worst first as Rust ranks them with their score and rating in words, the
// sections the step asks for marked, refusals beside their field, and the finished record.
// The app's replies are the ones its tests recorded (transcripts/before-action-review.json).
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActionPlan } from '../../lib/bindings/ActionPlan';
import type { Session } from '../../lib/bindings/Session';
import { RecordConsole } from '../../state/record.svelte';
import { LiveSession } from '../../state/liveSession.svelte';
import { SessionActions } from '../../state/sessionActions.svelte';
import { countIds } from '../../testing/countedIds';
import { FakeBackend } from '../../testing/fakeBackend';
import { catalogued, keyAt } from '../../testing/fixtures';
import { transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/before-action-review.json';
import RecordPanel from '../RecordPanel.svelte';

const transcript = transcriptOf(recorded);

async function openPlan(scenario: string, stepId: number | null = null) {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const session = played.first<Session>('session_get');
  countIds();
  const keeper = new RecordConsole(session.id);
  await keeper.load();
  const props = { keeper, live: new LiveSession(session.id), session, actions: new SessionActions(), stepId, stepKey: keyAt('before-action-review', stepId) };
  const view = render(RecordPanel, props);
  await screen.findByTestId('plan-panel');
  const ids = session.participants.map((p) => p.person_id);
  return { backend, played, ids, keeper, view, props, user: userEvent.setup() };
}

/** The plan the console last sent to be saved. */
const savedPlan = (backend: FakeBackend): ActionPlan => {
  const saved = backend.lastSaved('before-action-review');
  if (!saved) throw new Error('no plan saved');
  return saved.record;
};

async function addRisk(user: ReturnType<typeof userEvent.setup>, text: string, likelihood: string, impact: string, response = '') {
  await user.type(screen.getByTestId('plan-risk-text'), text);
  await user.selectOptions(screen.getByTestId('plan-risk-likelihood'), likelihood);
  await user.selectOptions(screen.getByTestId('plan-risk-impact'), impact);
  if (response) await user.type(screen.getByTestId('plan-risk-response'), response);
  await user.click(screen.getByTestId('plan-risk-add'));
}

const riskRows = () => screen.queryAllByTestId('plan-risk').map((row) => within(row).getByTestId('plan-risk-words').textContent);

describe('the plan on the console', () => {
  it('saves the intent when the facilitator leaves the field, not on every key', async () => {
    const { backend, played, user } = await openPlan('the intent saved field by field', 1);
    await user.type(screen.getByTestId('plan-task'), 'Go live with e-obs on Ward 8');
    expect(backend.callsTo('technique_change')).toHaveLength(0);
    await user.tab();
    await waitFor(() => expect(savedPlan(backend).intent.task).toBe('Go live with e-obs on Ward 8'));
    await user.type(screen.getByTestId('plan-purpose'), 'Safer observations{Enter}');
    await waitFor(() => expect(savedPlan(backend).intent.purpose).toBe('Safer observations'));
    expect(backend.callsTo('technique_change')).toHaveLength(2);
    // Leaving a field unchanged saves nothing.
    await user.click(screen.getByTestId('plan-task'));
    await user.tab();
    expect(backend.callsTo('technique_change')).toHaveLength(2);
    expect(played.unplayed()).toEqual([]);
  });

  it('adds risks and lists them worst first with the score and rating in words', async () => {
    const { backend, played, user } = await openPlan('risks added and ranked', 4);
    await addRisk(user, 'Handhelds run out of charge', 'rare', 'minor');
    await waitFor(() => expect(riskRows()).toEqual(['Handhelds run out of charge']));
    await addRisk(user, 'Night staff not trained', 'likely', 'major', 'Book super-users for nights');
    await addRisk(user, 'Wi-Fi drops in side rooms', 'possible', 'moderate');

    await waitFor(() => expect(savedPlan(backend).risks).toHaveLength(3));
    const stored = savedPlan(backend).risks;
    expect(stored.map((r) => r.risk)).toEqual(['Handhelds run out of charge', 'Night staff not trained', 'Wi-Fi drops in side rooms']);
    expect(stored[1]).toMatchObject({ likelihood: 'likely', impact: 'major', response: 'Book super-users for nights' });
    expect(stored[1]?.id).toMatch(/^[0-9a-f-]{36}$/);

    await waitFor(() => expect(riskRows()).toEqual(['Night staff not trained', 'Wi-Fi drops in side rooms', 'Handhelds run out of charge']));
    const chips = screen.getAllByTestId('plan-risk-score');
    expect(chips.map((chip) => chip.textContent?.replace('Risk score', '').trim())).toEqual(['16 · Extreme', '9 · High', '2 · Low']);
    expect(chips.map((chip) => chip.dataset.rating)).toEqual(['extreme', 'high', 'low']);
    // The form is ready for the next risk.
    expect(screen.getByTestId('plan-risk-text')).toHaveValue('');
    expect(screen.getByTestId('plan-risk-text')).toHaveFocus();
    expect(played.unplayed()).toEqual([]);
  });

  it('re-ranks a risk when its likelihood changes, and removes one', async () => {
    const { backend, played, user } = await openPlan('a risk re-rated and one removed', 4);
    await addRisk(user, 'Handhelds run out of charge', 'rare', 'minor');
    await addRisk(user, 'Wi-Fi drops in side rooms', 'possible', 'moderate');
    await waitFor(() => expect(riskRows()).toEqual(['Wi-Fi drops in side rooms', 'Handhelds run out of charge']));
    const charge = screen.getAllByTestId('plan-risk')[1] as HTMLElement;
    await user.selectOptions(within(charge).getByTestId('plan-risk-row-likelihood'), 'almost-certain');
    await user.selectOptions(within(charge).getByTestId('plan-risk-row-impact'), 'major');
    await waitFor(() => expect(riskRows()).toEqual(['Handhelds run out of charge', 'Wi-Fi drops in side rooms']));
    expect(screen.getAllByTestId('plan-risk-score')[0]).toHaveTextContent('20 · Extreme');

    await user.click(within(screen.getAllByTestId('plan-risk')[1] as HTMLElement).getByTestId('plan-risk-remove'));
    await waitFor(() => expect(savedPlan(backend).risks.map((r) => r.risk)).toEqual(['Handhelds run out of charge']));
    expect(played.unplayed()).toEqual([]);
  });

  it('refuses a risk with no words beside the field, saving nothing', async () => {
    const { backend, user } = await openPlan('opened', 4);
    await user.click(screen.getByTestId('plan-risk-add'));
    expect(screen.getByText('Write the risk.')).toBeInTheDocument();
    expect(screen.getByTestId('plan-risk-text')).toHaveAttribute('aria-invalid', 'true');
    expect(backend.callsTo('technique_change')).toHaveLength(0);
  });

  it("links a roster name in who's doing what, and keeps a name typed by hand", async () => {
    const { backend, played, ids, user } = await openPlan("who's doing what", 1);
    await user.type(screen.getByTestId('plan-role-who'), 'tom okafor');
    await user.type(screen.getByTestId('plan-role-does'), 'Pharmacy cover on the day');
    await user.click(screen.getByTestId('plan-role-add'));
    await user.type(screen.getByTestId('plan-role-who'), 'Ward 8 super-user');
    await user.type(screen.getByTestId('plan-role-does'), 'Nights');
    await user.click(screen.getByTestId('plan-role-add'));
    await waitFor(() => expect(savedPlan(backend).roles).toHaveLength(2));
    expect(savedPlan(backend).roles.map(({ who, person_id, does }) => ({ who, person_id, does }))).toEqual([
      { who: 'Tom Okafor', person_id: ids[1], does: 'Pharmacy cover on the day' },
      { who: 'Ward 8 super-user', person_id: null, does: 'Nights' },
    ]);
    await user.click(screen.getAllByTestId('plan-role-remove')[0] as HTMLElement);
    await waitFor(() => expect(savedPlan(backend).roles.map((r) => r.who)).toEqual(['Ward 8 super-user']));
    expect(played.unplayed()).toEqual([]);
  });

  it('adds and removes success measures', async () => {
    const { backend, played, user } = await openPlan('a measure added and removed', 3);
    await user.type(screen.getByTestId('plan-measure-text'), 'No missed observations in week one{Enter}');
    await waitFor(() => expect(screen.getAllByTestId('plan-measure').map((m) => m.textContent?.replace('Remove', '').trim())).toHaveLength(1));
    expect(savedPlan(backend).measures).toEqual(['No missed observations in week one']);
    await user.click(screen.getByTestId('plan-measure-remove'));
    await waitFor(() => expect(savedPlan(backend).measures).toEqual([]));
    expect(played.unplayed()).toEqual([]);
  });

  it('marks the sections the step asks for', async () => {
    const { view, props } = await openPlan('opened', 1);
    const nowOf = () => ['plan-intent', 'plan-roles', 'plan-risks-section', 'plan-measures'].map((id) => screen.getByTestId(id).dataset.now ?? null);
    expect(nowOf()).toEqual(['light', 'light', 'light', null]);
    expect(within(screen.getByTestId('plan-intent')).getByText('In the room now')).toBeInTheDocument();
    await view.rerender({ ...props, stepId: 3, stepKey: keyAt('before-action-review', 3) });
    expect(nowOf()).toEqual([null, null, null, 'strong']);
    await view.rerender({ ...props, stepId: 4, stepKey: keyAt('before-action-review', 4) });
    expect(nowOf()).toEqual([null, null, 'strong', null]);
    await view.rerender({ ...props, stepId: 2, stepKey: keyAt('before-action-review', 2) });
    expect(nowOf()).toEqual([null, null, null, null]);
    expect(screen.queryByText('In the room now')).not.toBeInTheDocument();
  });

  it("shows Rust's refusal beside the field and keeps what was typed", async () => {
    const { backend, user } = await openPlan('opened', 1);
    backend.failures.technique_change = { kind: 'Invalid', message: 'The task is too long: keep it under 1000 characters.', field: 'intent.task' };
    await user.type(screen.getByTestId('plan-task'), 'A very long task{Enter}');
    expect(await screen.findByText('The task is too long: keep it under 1000 characters.')).toBeInTheDocument();
    expect(screen.getByTestId('plan-task')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('plan-task')).toHaveValue('A very long task');
    expect(screen.queryByTestId('plan-error')).not.toBeInTheDocument();

    backend.failures.technique_change = { kind: 'Io', message: 'The record could not be written.', field: null };
    await user.type(screen.getByTestId('plan-measure-text'), 'Fewer late obs{Enter}');
    expect(await screen.findByTestId('plan-error')).toHaveTextContent('The record could not be written.');
    expect(screen.getByTestId('plan-measure-text')).toHaveValue('Fewer late obs');
  });

  it('reads the finished plan back without inputs', async () => {
    await openPlan('finished', null);
    const panel = screen.getByTestId('plan-panel');
    expect(within(panel).queryAllByRole('textbox')).toHaveLength(0);
    expect(within(panel).queryAllByRole('combobox')).toHaveLength(0);
    expect(within(panel).queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByTestId('plan-task')).toHaveTextContent('Go live with e-obs');
    expect(screen.getByTestId('plan-purpose')).toHaveTextContent('Not recorded.');
    expect(riskRows()).toEqual(['Night staff not trained', 'Charge runs out']);
    expect(screen.getAllByTestId('plan-risk')[0]).toHaveTextContent('Likely × Major impact');
    expect(screen.getAllByTestId('plan-risk')[0]).toHaveTextContent('What we will do: Book super-users');
    expect(screen.getByTestId('plan-measure')).toHaveTextContent('No missed observations');
  });
});
