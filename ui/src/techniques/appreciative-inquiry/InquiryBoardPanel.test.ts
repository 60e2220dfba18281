// An Appreciative Inquiry on the console: the D under way comes forward, stories, dream
// groups, designs and delivery ideas are saved as one board with their links, removing a
// dream or design takes its links with it, a delivery idea is an action with its owner,
// and the board reads dream → design → delivery.
// The app's replies are the ones its tests recorded (transcripts/inquiry-console.json; an
// untouched board in transcripts/appreciative-inquiry.json): Priya, Tom and Zoë are on the
// list, and the seeded board has the group Flow with two dreams and two designs.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InquiryBoard } from '../../lib/bindings/InquiryBoard';
import type { Session } from '../../lib/bindings/Session';
import type { TechniqueView } from '../../lib/bindings/TechniqueView';
import { RecordConsole } from '../../state/record.svelte';
import { LiveSession } from '../../state/liveSession.svelte';
import { SessionActions } from '../../state/sessionActions.svelte';
import { countIds } from '../../testing/countedIds';
import { FakeBackend } from '../../testing/fakeBackend';
import { keyAt } from '../../testing/fixtures';
import { transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/inquiry-console.json';
import untouched from '../../testing/transcripts/appreciative-inquiry.json';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import RecordPanel from '../RecordPanel.svelte';

function played(scenario: string) {
  const backend = new FakeBackend();
  const replay = backend.replay(transcriptOf(scenario === 'opened' ? untouched : recorded), scenario);
  const session = replay.first<Session>('session_get');
  const view = replay.first<TechniqueView>('technique_get');
  if (view.record.technique !== 'appreciative-inquiry') throw new Error('an inquiry is recorded');
  countIds();
  const [priya, tom] = session.participants.map((p) => p.person_id) as [string, string, string];
  return { backend, replay, session, board: view.record.record, priya, tom };
}

async function openPanel(scenario: string, stepId: number | null = null) {
  const setUp = played(scenario);
  const { backend, session } = setUp;
  const keeper = new RecordConsole(session.id);
  await keeper.load();
  const actions = new SessionActions();
  await actions.load(session.id);
  const props = { keeper, live: new LiveSession(session.id), session, actions, stepId, stepKey: keyAt('appreciative-inquiry', stepId) };
  const view = render(RecordPanel, props);
  await screen.findByTestId('inquiry-panel');
  /** The board the console last sent to be saved. */
  const saved = (): InquiryBoard => {
    const record = backend.lastSaved('appreciative-inquiry');
    if (!record) throw new Error('no board saved');
    return record.record;
  };
  return { ...setUp, actions, saved, user: userEvent.setup(), step: (stepId: number | null) => view.rerender({ ...props, stepId, stepKey: keyAt('appreciative-inquiry', stepId) }) };
}

const tab = (key: string) => screen.getByTestId(`ai-tab-${key}`);

describe('the five Ds', () => {
  it('brings the step under way forward, and lets the facilitator look at another by click or arrow key', async () => {
    const { session, user, step } = await openPanel('opened', 2);
    expect(tab('discovery')).toHaveAttribute('aria-selected', 'true');
    expect(tab('discovery')).toHaveTextContent('(now)');
    expect(screen.getByTestId('ai-stories')).toBeVisible();

    await step(3);
    expect(tab('dream')).toHaveAttribute('aria-selected', 'true');
    expect(tab('discovery')).toHaveAttribute('aria-selected', 'false');

    await user.click(tab('design'));
    expect(tab('design')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(tab('delivery')).toHaveAttribute('aria-selected', 'true');
    expect(tab('delivery')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(tab('definition')).toHaveFocus();
    expect(screen.getByTestId('ai-definition')).toHaveTextContent(session.purpose);
  });
});

describe('the tabs on the console', () => {
  it('keep their arrow keys from moving the session on', async () => {
    const { backend, session } = played('started');
    await library.load();
    router.reset({ name: 'run', id: session.id });
    render(RunScreen, { id: session.id });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('live-start'));
    await screen.findByTestId('live-pause');
    await waitFor(() => expect(tab('definition')).toHaveAttribute('aria-selected', 'true'));
    tab('definition').focus();
    await user.keyboard('{ArrowRight}');
    expect(tab('discovery')).toHaveFocus();
    const sent = backend.callsTo('live_command').map((call) => (call.args as { command: { type: string } }).command.type);
    expect(sent).toEqual(['Start']);
  });
});

describe('Discovery stories', () => {
  it('adds a story with its teller on Enter, nudging (not refusing) one that runs past a sentence', async () => {
    const { replay, saved, tom, user } = await openPanel('a story told', 2);
    await user.type(screen.getByTestId('ai-story-text'), 'Pharmacy started at 07:30. So TTOs were ready.');
    expect(screen.getByTestId('ai-story-long')).toHaveTextContent('runs past one sentence');
    await user.selectOptions(screen.getByTestId('ai-story-teller'), 'Tom Okafor');
    await user.clear(screen.getByTestId('ai-story-text'));
    await user.type(screen.getByTestId('ai-story-text'), 'Pharmacy starting at 07:30 had medicines ready before the ward round ended');
    expect(screen.queryByTestId('ai-story-long')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(saved().stories).toHaveLength(1));
    expect(saved().stories[0]).toMatchObject({ text: 'Pharmacy starting at 07:30 had medicines ready before the ward round ended', teller: tom });
    expect(screen.getByTestId('ai-story')).toHaveTextContent('told by Tom Okafor');
    expect(screen.getByTestId('ai-story-text')).toHaveValue('');
    expect(screen.getByTestId('ai-story-text')).toHaveFocus();
    expect(replay.unplayed()).toEqual([]);
  });

  it('keeps what was typed and shows the refusal beside the field', async () => {
    const { replay, user } = await openPanel('a story too long', 2);
    const long = 'A long story. '.repeat(80);
    await user.click(screen.getByTestId('ai-story-text'));
    await user.paste(long);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('The story is too long: keep it under 1000 characters.')).toBeInTheDocument();
    expect(screen.getByTestId('ai-story-text')).toHaveValue(long);
    expect(replay.unplayed()).toEqual([]);
    expect(screen.getByTestId('ai-story-text')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('ai-story')).not.toBeInTheDocument();
  });
});

describe('Dream groups and Design statements', () => {
  it('adds a group, its dream and a design linked to that dream', async () => {
    const { replay, saved, user } = await openPanel('a group, its dream and a design', 3);
    await user.type(screen.getByTestId('ai-group-name'), 'Flow');
    await user.click(screen.getByTestId('ai-group-add'));
    await screen.findByTestId('ai-group');
    await user.type(screen.getByTestId('ai-dream-text'), 'Every patient home by lunchtime{Enter}');
    await waitFor(() => expect(saved().groups[0]?.dreams).toHaveLength(1));
    const dreamId = saved().groups[0]?.dreams[0]?.id;

    await user.click(tab('design'));
    await user.type(screen.getByTestId('ai-design-text'), 'Start the discharge checklist on admission');
    const choices = screen.getAllByTestId('ai-design-dream');
    expect(choices).toHaveLength(1);
    expect(choices[0]?.closest('label')).toHaveTextContent('Every patient home by lunchtime (Flow)');
    await user.click(choices[0] as HTMLElement);
    await user.click(screen.getByTestId('ai-design-add'));

    await waitFor(() => expect(saved().designs).toHaveLength(1));
    expect(saved().designs[0]).toMatchObject({ statement: 'Start the discharge checklist on admission', dream_ids: [dreamId] });
    expect(screen.getByTestId('ai-design')).toHaveTextContent('Serves: Every patient home by lunchtime');
    expect(screen.queryByTestId('ai-design-unlinked')).not.toBeInTheDocument();
    expect(replay.unplayed()).toEqual([]);
  });

  it('flags a design serving no dream, and links it later', async () => {
    const { board, replay, saved, user } = await openPanel('a design linked later', 4);
    const rows = screen.getAllByTestId('ai-design');
    expect(within(rows[0] as HTMLElement).queryByTestId('ai-design-unlinked')).not.toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByTestId('ai-design-unlinked')).toHaveTextContent('Not yet linked to a dream');

    await user.click(within(rows[1] as HTMLElement).getByTestId('ai-design-edit'));
    const boxes = within(rows[1] as HTMLElement).getAllByTestId('ai-design-edit-dream');
    await user.click(boxes[1] as HTMLElement);
    await user.click(within(rows[1] as HTMLElement).getByTestId('ai-design-save'));
    await waitFor(() => expect(saved().designs[1]?.dream_ids).toEqual([board.groups[0]?.dreams[1]?.id]));
    expect(screen.queryByTestId('ai-design-unlinked')).not.toBeInTheDocument();
    expect(replay.unplayed()).toEqual([]);
  });

  it('removing a dream unlinks the designs that served it', async () => {
    const { board, replay, saved, user } = await openPanel('a dream removed', 3);
    const dreams = screen.getAllByTestId('ai-dream');
    await user.click(within(dreams[0] as HTMLElement).getByTestId('ai-dream-remove'));
    await waitFor(() => expect(saved().groups[0]?.dreams.map((d) => d.id)).toEqual([board.groups[0]?.dreams[1]?.id]));
    expect(saved().designs[0]).toMatchObject({ id: board.designs[0]?.id, dream_ids: [] });
    expect(screen.getByTestId('ai-announce')).toHaveTextContent('Dream removed; 1 design is no longer linked to it');
    await user.click(tab('design'));
    expect(screen.getAllByTestId('ai-design-unlinked')).toHaveLength(2);
    expect(replay.unplayed()).toEqual([]);
  });

  it('shows who is already in another group, and moves them only when ticked', async () => {
    const { priya: priyaId, replay, saved, user } = await openPanel('a member moved', 3);
    await user.type(screen.getByTestId('ai-group-name'), 'Medicines');
    await user.click(screen.getByTestId('ai-group-add'));
    await waitFor(() => expect(screen.getAllByTestId('ai-group')).toHaveLength(2));
    const second = screen.getAllByTestId('ai-group')[1] as HTMLElement;
    const priya = within(second).getAllByTestId('ai-group-member')[0] as HTMLElement;
    expect(priya).not.toBeChecked();
    expect(priya.closest('label')).toHaveTextContent('Priya Shah in Flow: ticking moves them here');
    await user.click(priya);
    await waitFor(() => expect(saved().groups.map((g) => g.members)).toEqual([[], [priyaId]]));
    expect(screen.getByTestId('ai-announce')).toHaveTextContent('Priya Shah moved from Flow to Medicines');
    expect(replay.unplayed()).toEqual([]);
  });
});

describe('Delivery ideas', () => {
  it('needs an owner, then makes an action with that owner and links it to the designs it takes forward', async () => {
    const { backend, board, replay, actions, saved, tom, user } = await openPanel('a delivery idea owned', 5);
    await user.type(screen.getByTestId('ai-delivery-idea'), 'Pilot the checklist on Ward 7');
    await user.click(screen.getByTestId('ai-delivery-add'));
    expect(await screen.findByText(/Choose who will own this idea/)).toBeInTheDocument();
    expect(screen.getByTestId('ai-delivery-owner')).toHaveAttribute('aria-invalid', 'true');
    expect(backend.callsTo('action_add')).toHaveLength(0);
    expect(screen.getByTestId('ai-delivery-idea')).toHaveValue('Pilot the checklist on Ward 7');

    await user.selectOptions(screen.getByTestId('ai-delivery-owner'), 'Tom Okafor');
    await user.type(screen.getByTestId('ai-delivery-due'), '2026-12-18');
    await user.click(screen.getAllByTestId('ai-delivery-design')[0] as HTMLElement);
    await user.click(screen.getByTestId('ai-delivery-add'));

    await waitFor(() => expect(saved().deliveries).toHaveLength(1));
    expect(backend.callsTo('action_add')).toHaveLength(1);
    const action = actions.items[0];
    expect(action).toMatchObject({ what: 'Pilot the checklist on Ward 7', owner: 'Tom Okafor', owner_person_id: tom, due_on: '2026-12-18', step_id: 5, status: 'open' });
    expect(saved().deliveries[0]).toEqual({ action_id: action?.id, design_ids: [board.designs[0]?.id] });
    expect(actions.items.map((a) => a.id)).toEqual([action?.id]);
    const row = screen.getByTestId('ai-delivery');
    expect(row).toHaveTextContent('Pilot the checklist on Ward 7');
    expect(row).toHaveTextContent('Owner: Tom Okafor');
    expect(row).toHaveTextContent('Due 18 Dec 2026');
    expect(row).toHaveTextContent('Takes forward: Start the discharge checklist on admission');
    expect(screen.getByTestId('ai-delivery-idea')).toHaveValue('');
    expect(replay.unplayed()).toEqual([]);
  });

  it('removes a delivery from the board, deleting its action too when asked', async () => {
    const { backend, replay, saved, user } = await openPanel('a delivery idea and its action removed', 5);
    await user.type(screen.getByTestId('ai-delivery-idea'), 'Daily huddle rota');
    await user.selectOptions(screen.getByTestId('ai-delivery-owner'), 'Priya Shah');
    await user.click(screen.getByTestId('ai-delivery-add'));
    await screen.findByTestId('ai-delivery');
    expect(screen.getByTestId('ai-delivery-unlinked')).toHaveTextContent('Not yet linked to a design');

    await user.click(screen.getByTestId('ai-delivery-remove'));
    expect(screen.getByTestId('ai-delivery-remove-dialog')).toHaveTextContent('owned by Priya Shah');
    await user.click(screen.getByTestId('ai-delivery-remove-action'));
    await waitFor(() => expect(backend.callsTo('action_delete')).toHaveLength(1));
    expect(saved().deliveries).toEqual([]);
    expect(screen.queryByTestId('ai-delivery')).not.toBeInTheDocument();
    expect(replay.unplayed()).toEqual([]);
  });

  it('moves focus into the links form it opens, and back to its button when it closes', async () => {
    const { user } = await openPanel('a delivery idea and its action removed', 5);
    await user.type(screen.getByTestId('ai-delivery-idea'), 'Daily huddle rota');
    await user.selectOptions(screen.getByTestId('ai-delivery-owner'), 'Priya Shah');
    await user.click(screen.getByTestId('ai-delivery-add'));
    await screen.findByTestId('ai-delivery');

    await user.click(screen.getByTestId('ai-delivery-link'));
    const form = screen.getByTestId('ai-delivery-link-save').closest('form');
    await waitFor(() => expect(form?.contains(document.activeElement)).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('ai-delivery-link')));
  });
});

describe('the board', () => {
  it('reads dream → design → delivery with owners, and lists what is not yet linked apart', async () => {
    await openPanel('the board with a delivery', 5);
    const shown = within(await screen.findByTestId('ai-board'));
    const chains = shown.getAllByTestId('ai-chain');
    expect(chains).toHaveLength(2);
    expect(chains[0]).toHaveTextContent('Dream · Flow');
    expect(chains[0]).toHaveTextContent('Every patient home by lunchtime');
    expect(within(chains[0] as HTMLElement).getByTestId('ai-board-design')).toHaveTextContent('Start the discharge checklist on admission');
    expect(within(chains[0] as HTMLElement).getByTestId('ai-board-delivery')).toHaveTextContent('Pilot the checklist on Ward 7 — Tom Okafor');
    expect(chains[1]).toHaveTextContent('No design serves this dream yet.');
    expect(shown.getByTestId('ai-board-unlinked-designs')).toHaveTextContent('A daily huddle at 09:00');
    expect(shown.queryByTestId('ai-board-unlinked-deliveries')).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByTestId('ai-to-board'));
    expect(screen.getByTestId('ai-board')).toHaveFocus();
  });

  it('is read-only once the session has finished', async () => {
    await openPanel('finished');
    expect(screen.queryByTestId('ai-story-text')).not.toBeInTheDocument();
    expect(screen.queryByTestId('ai-group-add')).not.toBeInTheDocument();
    expect(screen.queryByTestId('ai-design-remove')).not.toBeInTheDocument();
    expect(screen.queryByTestId('ai-delivery-add')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('ai-chain')).toHaveLength(2);
  });
});
