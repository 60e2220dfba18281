// A learning set meeting on the console: the set it belongs to (or a new one), the report-in
// on actions carried forward, bids made in order with the order Rust sets, the rounds they
// plan (and which are confidential), the presenter's committed actions during their round,
// a refused timing kept beside its field, and the finished record read-only.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SetMeeting } from '../../lib/bindings/SetMeeting';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { emptyRecord } from '../../testing/fakeGuided';
import { techniques } from '../../testing/fixtures';
import { carriedAction, firstMeeting, learningSetTechnique, setMeeting, setPeople } from '../../testing/learningSetFixtures';

const SID = setMeeting.id;
const [ASHA, BEN, CERYS] = setPeople as [(typeof setPeople)[0], (typeof setPeople)[0], (typeof setPeople)[0]];

function meetingOf(partial: Partial<SetMeeting> = {}): SetMeeting {
  const empty = emptyRecord('action-learning-sets');
  if (empty?.technique !== 'action-learning-sets') throw new Error('no empty meeting');
  return { ...empty.record, ...partial };
}

function backendWith({ linked = false, meeting = {} as Partial<SetMeeting> } = {}) {
  const backend = new FakeBackend({
    techniques: [...techniques.filter((t) => t.id !== 'action-learning-sets'), learningSetTechnique],
    sessions: [firstMeeting, setMeeting],
    people: setPeople,
  });
  const now = '2026-09-01T09:00:00Z';
  backend.guided.sets.push({
    series: { id: 'set-1', technique: 'action-learning-sets', name: 'Ward leaders', members: [ASHA.id, BEN.id, CERYS.id], created_at: now, updated_at: now },
    members: [],
    meetings: [],
  });
  backend.guided.records.set(firstMeeting.id, { technique: 'action-learning-sets', record: meetingOf({ set_id: 'set-1' }) });
  backend.guided.records.set(SID, { technique: 'action-learning-sets', record: meetingOf({ set_id: linked ? 'set-1' : null, ...meeting }) });
  return backend;
}

const meetingIn = (backend: FakeBackend): SetMeeting => {
  const record = backend.guided.records.get(SID);
  if (record?.technique !== 'action-learning-sets') throw new Error('no meeting saved');
  return record.record;
};

async function openConsole(backend: FakeBackend) {
  await library.load();
  router.reset({ name: 'run', id: SID });
  render(RunScreen, { id: SID });
  await screen.findByTestId('als-panel');
  return { backend, user: userEvent.setup() };
}

const bidRow = (name: string): HTMLElement => {
  const row = screen.getAllByTestId('als-bid-row').find((r) => r.textContent?.includes(name));
  if (!row) throw new Error(`no bid row for ${name}`);
  return row;
};
const orderLines = () => screen.queryAllByTestId('als-order-item').map((item) => item.textContent?.replace(/\s+/g, ' ').trim());

/** Opened, rounds planned from Asha (high) and Ben (medium), then started and moved on `steps` steps. */
function plannedAndAt(steps: number, meeting: Partial<SetMeeting> = {}) {
  const backend = backendWith({
    linked: true,
    meeting: {
      bids: [
        { person_id: BEN.id, need: 'medium', issue: 'Rotas for the winter' },
        { person_id: ASHA.id, need: 'high', issue: 'Discharge before noon' },
      ],
      ...meeting,
    },
  });
  backend.handlers.live_open({ sessionId: SID });
  backend.handlers.technique_change({ sessionId: SID, change: { kind: 'own', change: { technique: 'action-learning-sets', change: { kind: 'plan-rounds' } } } });
  backend.handlers.live_command({ sessionId: SID, command: { type: 'Start' } });
  for (let i = 0; i < steps; i += 1) backend.handlers.live_command({ sessionId: SID, command: { type: 'Next' } });
  return backend;
}

describe('the confidentiality reminder', () => {
  it('stays at the top of the panel as a note', async () => {
    await openConsole(backendWith());
    const reminder = screen.getByTestId('als-confidential-reminder');
    expect(reminder).toHaveAttribute('role', 'note');
    expect(reminder).toHaveTextContent('what is shared in the set stays in the set');
  });
});

describe('the set', () => {
  it('creates a new set from the people here and links this meeting to it', async () => {
    const { backend, user } = await openConsole(backendWith());
    expect(screen.getByTestId('als-report-in')).toHaveTextContent('Not part of a set yet');
    await user.click(screen.getByTestId('als-set-new'));
    const dialog = await screen.findByTestId('als-set-dialog');
    const boxes = within(dialog).getAllByTestId('als-set-member');
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true, true]);

    await user.click(within(dialog).getByTestId('als-set-create'));
    expect(await within(dialog).findByText('Give the set a name.')).toBeInTheDocument();
    expect(within(dialog).getByTestId('als-set-name')).toHaveAttribute('aria-invalid', 'true');

    await user.type(within(dialog).getByTestId('als-set-name'), 'Theatre leads');
    await user.click(boxes[3] as HTMLElement);
    await user.click(within(dialog).getByTestId('als-set-create'));
    await waitFor(() => expect(screen.queryByTestId('als-set-dialog')).not.toBeInTheDocument());

    const created = backend.guided.sets.find((s) => s.series.name === 'Theatre leads');
    expect(created?.series.members).toEqual([ASHA.id, BEN.id, CERYS.id]);
    expect(meetingIn(backend).set_id).toBe(created?.series.id);
    expect(await screen.findByTestId('als-set-which')).toHaveTextContent('Meeting 1 of Theatre leads');
    expect(within(screen.getByTestId('als-series')).getByText(/this meeting/)).toBeInTheDocument();
    expect(screen.getByTestId('als-report-in')).toHaveTextContent('Nothing carried forward');
  });

  it('links to an existing set, numbering this meeting in its series', async () => {
    const { backend, user } = await openConsole(backendWith());
    await screen.findByRole('option', { name: 'Ward leaders' });
    await user.selectOptions(screen.getByTestId('als-set-select'), 'Ward leaders');
    await waitFor(() => expect(meetingIn(backend).set_id).toBe('set-1'));
    expect(await screen.findByTestId('als-set-which')).toHaveTextContent('Meeting 2 of Ward leaders');
    const series = screen.getByTestId('als-series');
    expect(within(series).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '7 Oct 2026 Ward leaders: meeting 1 Finished',
      '4 Nov 2026 Ward leaders: meeting 2 (this meeting) Running',
    ]);
  });
});

describe('the report-in', () => {
  it("lists the open actions of the set's earlier meetings by owner, and marks one done", async () => {
    const backend = backendWith({ linked: true });
    backend.records.actions = [
      carriedAction('a-1', 'Audit the discharge letters', ASHA),
      carriedAction('a-2', 'Ask pharmacy about TTOs', BEN),
      carriedAction('a-3', 'Share the rota template', ASHA),
      carriedAction('a-4', 'Already finished', CERYS, 'done'),
    ];
    const { user } = await openConsole(backend);
    const reportIn = screen.getByTestId('als-report-in');
    await waitFor(() => expect(within(reportIn).getAllByTestId('als-carried')).toHaveLength(3));
    expect(within(reportIn).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Asha Patel', 'Ben Hughes']);
    expect(reportIn).toHaveTextContent('Ward leaders: meeting 1, 7 Oct 2026');
    expect(reportIn).not.toHaveTextContent('Already finished');

    const [first] = within(reportIn).getAllByTestId('als-carried');
    await user.click(within(first!).getByTestId('als-carried-done'));
    await waitFor(() => expect(backend.records.actions.find((a) => a.id === 'a-1')?.status).toBe('done'));
    expect(backend.callsTo('action_update')[0]?.args).toMatchObject({
      id: 'a-1',
      action: { what: 'Audit the discharge letters', owner: 'Asha Patel', owner_person_id: ASHA.id, due_on: '2026-10-31', status: 'done' },
    });
    expect(await within(first!).findByTestId('als-carried-status')).toHaveTextContent('Done');
  });
});

describe('bidding', () => {
  it('adds bids in the order they are made and shows the order Rust sets: greatest need first', async () => {
    const { backend, user } = await openConsole(backendWith());
    expect(screen.getAllByTestId('als-bid-row')).toHaveLength(4);
    await user.click(within(bidRow('Ben Hughes')).getByTestId('als-bid-toggle'));
    await user.click(within(bidRow('Asha Patel')).getByTestId('als-bid-toggle'));
    await user.click(within(bidRow('Cerys Jones')).getByRole('radio', { name: 'Low' }));
    await user.click(within(bidRow('Asha Patel')).getByRole('radio', { name: 'High' }));

    await waitFor(() => expect(meetingIn(backend).bids.map((b) => [b.person_id, b.need])).toEqual([
      [BEN.id, 'medium'],
      [ASHA.id, 'high'],
      [CERYS.id, 'low'],
    ]));
    await waitFor(() => expect(orderLines()).toEqual(['1. Asha Patel · High need', '2. Ben Hughes · Medium need', '3. Cerys Jones · Low need']));
    expect(within(bidRow('Ben Hughes')).getByTestId('als-bid-need')).toHaveAttribute('role', 'radiogroup');

    await user.type(within(bidRow('Asha Patel')).getByTestId('als-bid-issue'), 'Discharge before noon');
    await user.tab();
    await waitFor(() => expect(meetingIn(backend).bids[1]?.issue).toBe('Discharge before noon'));

    await user.click(within(bidRow('Ben Hughes')).getByTestId('als-bid-toggle'));
    await waitFor(() => expect(meetingIn(backend).bids.map((b) => b.person_id)).toEqual([ASHA.id, CERYS.id]));
    await waitFor(() => expect(orderLines()).toEqual(['1. Asha Patel · High need — Discharge before noon', '2. Cerys Jones · Low need']));
  });

  it('keeps the arrow keys inside the need group rather than moving the agenda', async () => {
    const { backend, user } = await openConsole(backendWith({ meeting: { bids: [{ person_id: BEN.id, need: 'medium', issue: '' }] } }));
    backend.handlers.live_command({ sessionId: SID, command: { type: 'Start' } });
    await screen.findByTestId('live-pause');
    within(bidRow('Ben Hughes')).getByRole('radio', { name: 'Medium' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(backend.callsTo('live_command').filter((c) => (c.args as { command: { type: string } }).command.type === 'Next')).toHaveLength(0);
  });

  it('keeps a refused length beside its field, as typed', async () => {
    const { backend, user } = await openConsole(backendWith());
    expect(screen.getByTestId('als-time-presentation')).toHaveValue('5');
    backend.failures.technique_change = { kind: 'Invalid', message: 'Plan 1 to 120 minutes.', field: 'timings.presentation' };
    await user.clear(screen.getByTestId('als-time-presentation'));
    await user.type(screen.getByTestId('als-time-presentation'), '0');
    await user.tab();
    expect(await screen.findByText('Plan 1 to 120 minutes.')).toBeInTheDocument();
    expect(screen.getByTestId('als-time-presentation')).toHaveValue('0');
    expect(screen.getByTestId('als-time-presentation')).toHaveAttribute('aria-invalid', 'true');

    delete backend.failures.technique_change;
    await user.clear(screen.getByTestId('als-time-questions'));
    await user.type(screen.getByTestId('als-time-questions'), 'soon');
    await user.tab();
    expect(await screen.findByText('Enter whole minutes, such as 5.')).toBeInTheDocument();
    await user.click(screen.getByTestId('als-gift'));
    await waitFor(() => expect(meetingIn(backend).gift_round).toBe(true));
    expect(screen.getByTestId('als-time-gift')).toHaveValue('5');
  });
});

describe('planning the rounds', () => {
  it('says why it cannot plan without bids, then plans a round per bid and lists them', async () => {
    const { backend, user } = await openConsole(backendWith());
    await user.click(screen.getByTestId('als-plan'));
    expect(await screen.findByTestId('als-plan-error')).toHaveTextContent('Nobody has bid for time yet');

    await user.click(within(bidRow('Ben Hughes')).getByTestId('als-bid-toggle'));
    await user.click(within(bidRow('Asha Patel')).getByRole('radio', { name: 'High' }));
    await waitFor(() => expect(meetingIn(backend).bids).toHaveLength(2));
    await user.click(screen.getByTestId('als-gift'));
    await waitFor(() => expect(meetingIn(backend).gift_round).toBe(true));
    await user.click(screen.getByTestId('als-plan'));

    await waitFor(() => expect(screen.getAllByTestId('als-round')).toHaveLength(2));
    const plans = backend.callsTo('technique_change').filter((call) => JSON.stringify(call.args).includes('plan-rounds'));
    expect(plans).toHaveLength(2);
    expect(screen.queryByTestId('als-plan-error')).not.toBeInTheDocument();
    const [first, second] = screen.getAllByTestId('als-round');
    expect(first).toHaveTextContent('1. Asha Patel');
    expect(first).toHaveTextContent('presentation 5 mins · questions and actions 20 mins · “gift” round 5 mins · learning and review 5 mins');
    expect(first).toHaveTextContent('35 mins in all');
    expect(second).toHaveTextContent('2. Ben Hughes');
    const titles = screen.getAllByTestId('agenda-step').map((s) => s.textContent ?? '');
    expect(titles.some((t) => t.includes('Asha Patel: presentation'))).toBe(true);
    expect(titles.some((t) => t.includes("Review of the set's process"))).toBe(true);
  });

  it('saves a round as confidential', async () => {
    const backend = plannedAndAt(0);
    const { user } = await openConsole(backend);
    const [, second] = await screen.findAllByTestId('als-round');
    await user.click(within(second!).getByTestId('als-round-confidential'));
    await waitFor(() => expect(meetingIn(backend).rounds.map((r) => r.confidential)).toEqual([false, true]));
  });

  it('says when the bids have changed since the rounds were planned', async () => {
    const { backend, user } = await openConsole(plannedAndAt(0));
    await screen.findAllByTestId('als-round');
    expect(screen.queryByTestId('als-rounds-stale')).not.toBeInTheDocument();
    await user.click(within(bidRow('Cerys Jones')).getByTestId('als-bid-toggle'));
    await waitFor(() => expect(meetingIn(backend).bids).toHaveLength(3));
    expect(await screen.findByTestId('als-rounds-stale')).toBeInTheDocument();
  });
});

describe('during a round', () => {
  it("shows whose round it is with GROW, and adds the presenter's committed action", async () => {
    // Report In, Bidding, then Asha's presentation and her questions and actions.
    const backend = plannedAndAt(3, { rounds: [{ presenter: ASHA.id, step_ids: [], confidential: true }] });
    const { user } = await openConsole(backend);
    expect(await screen.findByTestId('als-now')).toHaveTextContent('Now presenting: Asha Patel — round 1 of 2');
    expect(screen.getByTestId('als-confidential-badge')).toHaveTextContent('Confidential round');
    const grow = screen.getByTestId('als-grow');
    expect(within(grow).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Goal What do you want? (the room is on this question)',
      'Reality What is happening now?',
      'Options What could you do?',
      'Will What will you do?',
    ]);

    await user.type(screen.getByTestId('als-action-text'), 'Pilot a noon discharge huddle');
    await user.type(screen.getByTestId('als-action-due'), '2026-12-01');
    await user.click(screen.getByTestId('als-action-add'));
    await waitFor(() => expect(backend.records.actions).toHaveLength(1));
    const stepId = backend.live.states.get(SID)?.agenda.steps[3]?.id;
    expect(backend.records.actions[0]).toMatchObject({
      session_id: SID,
      step_id: stepId,
      what: 'Pilot a noon discharge huddle',
      owner: 'Asha Patel',
      owner_person_id: ASHA.id,
      due_on: '2026-12-01',
      status: 'open',
    });
    expect(await screen.findByTestId('als-committed-item')).toHaveTextContent('Pilot a noon discharge huddle · due 1 Dec 2026');
    expect(screen.getByTestId('als-action-text')).toHaveValue('');
  });

  it('says nothing of rounds outside them', async () => {
    await openConsole(plannedAndAt(1));
    expect(screen.queryByTestId('als-now')).not.toBeInTheDocument();
    expect(screen.getByTestId('als-bidding')).toHaveAttribute('aria-current', 'step');
  });
});

describe('the finished record', () => {
  it('shows the set, the order and the rounds with their confidential marks, without controls', async () => {
    const backend = plannedAndAt(0, { rounds: [{ presenter: BEN.id, step_ids: [], confidential: true }] });
    backend.handlers.live_command({ sessionId: SID, command: { type: 'Finish' } });
    await openConsole(backend);
    const panel = await screen.findByTestId('als-panel');
    expect(await within(panel).findByTestId('als-set-which')).toHaveTextContent('Meeting 2 of Ward leaders');
    expect(orderLines()).toEqual(['1. Asha Patel · High need — Discharge before noon', '2. Ben Hughes · Medium need — Rotas for the winter']);
    const rounds = within(panel).getAllByTestId('als-round');
    expect(within(rounds[0]!).queryByTestId('als-round-confidential-mark')).not.toBeInTheDocument();
    expect(within(rounds[1]!).getByTestId('als-round-confidential-mark')).toHaveTextContent('Confidential');
    expect(within(panel).queryByTestId('als-plan')).not.toBeInTheDocument();
    expect(within(panel).queryByTestId('als-bid-toggle')).not.toBeInTheDocument();
    expect(within(panel).queryByTestId('als-round-confidential')).not.toBeInTheDocument();
    expect(within(panel).queryByTestId('als-set-change')).not.toBeInTheDocument();
  });
});
