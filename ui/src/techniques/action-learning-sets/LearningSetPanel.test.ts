// A learning set meeting on the console: the set it belongs to (or a new one), the report-in
// on actions carried forward, bids made in order with the order Rust sets, the rounds they
// plan (and which are confidential), the presenter's committed actions during their round,
// a refused timing kept beside its field, and the finished record read-only.
// The app's replies are the ones its tests recorded (transcripts/learning-set-console.json):
// the set "Ward leaders" met first on 7 Oct; this is its second meeting, on 4 Nov.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LiveView } from '../../lib/bindings/LiveView';
import type { Session } from '../../lib/bindings/Session';
import type { SetMeeting } from '../../lib/bindings/SetMeeting';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { catalogued } from '../../testing/fixtures';
import { transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/learning-set-console.json';

const transcript = transcriptOf(recorded);

async function openConsole(scenario: string) {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const session = played.first<Session>('session_get');
  await library.load();
  router.reset({ name: 'run', id: session.id });
  render(RunScreen, { id: session.id });
  await screen.findByTestId('als-panel');
  /** The meeting the console last sent to be saved. */
  const saved = (): SetMeeting => {
    const record = backend.lastSaved('action-learning-sets');
    if (!record) throw new Error('no meeting saved');
    return record.record;
  };
  // Asha, Ben, Cerys and Dev, as on the meeting's list.
  const [asha, ben, cerys] = session.participants.map((p) => p.person_id) as [string, string, string, string];
  return { backend, played, session, saved, asha, ben, cerys, user: userEvent.setup() };
}

const bidRow = (name: string): HTMLElement => {
  const row = screen.getAllByTestId('als-bid-row').find((r) => r.textContent?.includes(name));
  if (!row) throw new Error(`no bid row for ${name}`);
  return row;
};
const orderLines = () => screen.queryAllByTestId('als-order-item').map((item) => item.textContent?.replace(/\s+/g, ' ').trim());

describe('the confidentiality reminder', () => {
  it('stays at the top of the panel as a note', async () => {
    await openConsole('a meeting of no set');
    const reminder = screen.getByTestId('als-confidential-reminder');
    expect(reminder).toHaveAttribute('role', 'note');
    expect(reminder).toHaveTextContent('what is shared in the set stays in the set');
  });
});

describe('the set', () => {
  it('creates a new set from the people here and links this meeting to it', async () => {
    const { backend, played, saved, asha, ben, cerys, user } = await openConsole('a new set made here');
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

    const created = backend.callsTo('series_create').at(-1)?.args as { series: { name: string; members: string[] } };
    expect(created.series).toEqual({ name: 'Theatre leads', members: [asha, ben, cerys] });
    await waitFor(() => expect(saved().set_id).not.toBeNull());
    expect(await screen.findByTestId('als-set-which')).toHaveTextContent('Meeting 1 of Theatre leads');
    expect(within(screen.getByTestId('als-series')).getByText(/this meeting/)).toBeInTheDocument();
    expect(screen.getByTestId('als-report-in')).toHaveTextContent('Nothing carried forward');
    expect(played.unplayed()).toEqual([]);
  });

  it('links to an existing set, numbering this meeting in its series', async () => {
    const { played, user } = await openConsole('linked to its set');
    await screen.findByRole('option', { name: 'Ward leaders' });
    await user.selectOptions(screen.getByTestId('als-set-select'), 'Ward leaders');
    expect(await screen.findByTestId('als-set-which')).toHaveTextContent('Meeting 2 of Ward leaders');
    const series = screen.getByTestId('als-series');
    expect(within(series).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '7 Oct 2026 Ward leaders: meeting 1 Finished',
      '4 Nov 2026 Ward leaders: meeting 2 (this meeting) Running',
    ]);
    expect(played.unplayed()).toEqual([]);
  });
});

describe('the report-in', () => {
  it("lists the open actions of the set's earlier meetings by owner, and marks one done", async () => {
    const { backend, played, asha, user } = await openConsole('the report-in');
    const reportIn = screen.getByTestId('als-report-in');
    await waitFor(() => expect(within(reportIn).getAllByTestId('als-carried')).toHaveLength(3));
    expect(within(reportIn).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Asha Patel', 'Ben Hughes']);
    expect(reportIn).toHaveTextContent('Ward leaders: meeting 1, 7 Oct 2026');
    expect(reportIn).not.toHaveTextContent('Already finished');

    const [first] = within(reportIn).getAllByTestId('als-carried');
    await user.click(within(first!).getByTestId('als-carried-done'));
    expect(await within(first!).findByTestId('als-carried-status')).toHaveTextContent('Done');
    expect(backend.callsTo('action_update')[0]?.args).toMatchObject({
      action: { what: 'Audit the discharge letters', owner: 'Asha Patel', owner_person_id: asha, due_on: '2026-10-31', status: 'done' },
    });
    expect(played.unplayed()).toEqual([]);
  });
});

describe('bidding', () => {
  it('adds bids in the order they are made and shows the order Rust sets: greatest need first', async () => {
    const { played, saved, asha, ben, cerys, user } = await openConsole('bids made and withdrawn');
    expect(screen.getAllByTestId('als-bid-row')).toHaveLength(4);
    await user.click(within(bidRow('Ben Hughes')).getByTestId('als-bid-toggle'));
    await waitFor(() => expect(saved().bids).toHaveLength(1));
    await user.click(within(bidRow('Asha Patel')).getByTestId('als-bid-toggle'));
    await waitFor(() => expect(saved().bids).toHaveLength(2));
    await user.click(within(bidRow('Cerys Jones')).getByRole('radio', { name: 'Low' }));
    await waitFor(() => expect(saved().bids).toHaveLength(3));
    await user.click(within(bidRow('Asha Patel')).getByRole('radio', { name: 'High' }));

    await waitFor(() => expect(saved().bids.map((b) => [b.person_id, b.need])).toEqual([
      [ben, 'medium'],
      [asha, 'high'],
      [cerys, 'low'],
    ]));
    await waitFor(() => expect(orderLines()).toEqual(['1. Asha Patel · High need', '2. Ben Hughes · Medium need', '3. Cerys Jones · Low need']));
    expect(within(bidRow('Ben Hughes')).getByTestId('als-bid-need')).toHaveAttribute('role', 'radiogroup');

    await user.type(within(bidRow('Asha Patel')).getByTestId('als-bid-issue'), 'Discharge before noon');
    await user.tab();
    await waitFor(() => expect(saved().bids[1]?.issue).toBe('Discharge before noon'));

    await user.click(within(bidRow('Ben Hughes')).getByTestId('als-bid-toggle'));
    await waitFor(() => expect(saved().bids.map((b) => b.person_id)).toEqual([asha, cerys]));
    await waitFor(() => expect(orderLines()).toEqual(['1. Asha Patel · High need — Discharge before noon', '2. Cerys Jones · Low need']));
    expect(played.unplayed()).toEqual([]);
  });

  it('keeps the arrow keys inside the need group rather than moving the agenda', async () => {
    const { backend, played, saved, user } = await openConsole('started by the facilitator');
    await user.click(screen.getByTestId('live-start'));
    await screen.findByTestId('live-pause');
    within(bidRow('Ben Hughes')).getByRole('radio', { name: 'Medium' }).focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(saved().bids[0]?.need).toBe('high'));
    expect(backend.callsTo('live_command').filter((c) => (c.args as { command: { type: string } }).command.type === 'Next')).toHaveLength(0);
    expect(played.unplayed()).toEqual([]);
  });

  it('keeps a refused length beside its field, as typed', async () => {
    const { played, saved, user } = await openConsole('a refused length');
    expect(screen.getByTestId('als-time-presentation')).toHaveValue('5');
    await user.clear(screen.getByTestId('als-time-presentation'));
    await user.type(screen.getByTestId('als-time-presentation'), '0');
    await user.tab();
    expect(await screen.findByText('Plan 1 to 120 minutes.')).toBeInTheDocument();
    expect(screen.getByTestId('als-time-presentation')).toHaveValue('0');
    expect(screen.getByTestId('als-time-presentation')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByTestId('als-time-questions'));
    await user.type(screen.getByTestId('als-time-questions'), 'soon');
    await user.tab();
    expect(await screen.findByText('Enter whole minutes, such as 5.')).toBeInTheDocument();
    await user.click(screen.getByTestId('als-gift'));
    await waitFor(() => expect(saved().gift_round).toBe(true));
    expect(screen.getByTestId('als-time-gift')).toHaveValue('5');
    expect(played.unplayed()).toEqual([]);
  });
});

describe('planning the rounds', () => {
  it('says why it cannot plan without bids, then plans a round per bid and lists them', async () => {
    const { backend, played, saved, user } = await openConsole('rounds planned');
    await user.click(screen.getByTestId('als-plan'));
    expect(await screen.findByTestId('als-plan-error')).toHaveTextContent('Nobody has bid for time yet');

    await user.click(within(bidRow('Ben Hughes')).getByTestId('als-bid-toggle'));
    await waitFor(() => expect(saved().bids).toHaveLength(1));
    await user.click(within(bidRow('Asha Patel')).getByRole('radio', { name: 'High' }));
    await waitFor(() => expect(saved().bids).toHaveLength(2));
    await user.click(screen.getByTestId('als-gift'));
    await waitFor(() => expect(saved().gift_round).toBe(true));
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
    await waitFor(() => {
      const titles = screen.getAllByTestId('agenda-step').map((s) => s.textContent ?? '');
      expect(titles.some((t) => t.includes('Asha Patel: presentation'))).toBe(true);
      expect(titles.some((t) => t.includes("Review of the set's process"))).toBe(true);
    });
    expect(played.unplayed()).toEqual([]);
  });

  it('saves a round as confidential', async () => {
    const { played, saved, user } = await openConsole('a round marked confidential');
    const [, second] = await screen.findAllByTestId('als-round');
    await user.click(within(second!).getByTestId('als-round-confidential'));
    await waitFor(() => expect(saved().rounds.map((r) => r.confidential)).toEqual([false, true]));
    expect(played.unplayed()).toEqual([]);
  });

  it('says when the bids have changed since the rounds were planned', async () => {
    const { played, saved, user } = await openConsole('the bids changed since planning');
    await screen.findAllByTestId('als-round');
    expect(screen.queryByTestId('als-rounds-stale')).not.toBeInTheDocument();
    await user.click(within(bidRow('Cerys Jones')).getByTestId('als-bid-toggle'));
    await waitFor(() => expect(saved().bids).toHaveLength(3));
    expect(await screen.findByTestId('als-rounds-stale')).toBeInTheDocument();
    expect(played.unplayed()).toEqual([]);
  });
});

describe('during a round', () => {
  it("shows whose round it is with GROW, and adds the presenter's committed action", async () => {
    // Report In, Bidding, then Asha's presentation and her questions and actions.
    const { backend, played, asha, user } = await openConsole("in Asha's round");
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
    expect(await screen.findByTestId('als-committed-item')).toHaveTextContent('Pilot a noon discharge huddle · due 1 Dec 2026');
    const view = played.first<LiveView>('live_open');
    expect(backend.callsTo('action_add')[0]?.args).toMatchObject({
      action: {
        step_id: view.state.agenda.steps[3]?.id,
        what: 'Pilot a noon discharge huddle',
        owner: 'Asha Patel',
        owner_person_id: asha,
        due_on: '2026-12-01',
        status: 'open',
      },
    });
    expect(screen.getByTestId('als-action-text')).toHaveValue('');
    expect(played.unplayed()).toEqual([]);
  });

  it('says nothing of rounds outside them', async () => {
    await openConsole('at the bidding');
    expect(screen.queryByTestId('als-now')).not.toBeInTheDocument();
    expect(screen.getByTestId('als-bidding')).toHaveAttribute('aria-current', 'step');
  });
});

describe('the finished record', () => {
  it('shows the set, the order and the rounds with their confidential marks, without controls', async () => {
    await openConsole('finished');
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
