// A Peer Assist on the console: the preparation ticked with the day it was done and the
// peers' notice worked out from it, the two sides read from the roster's roles, the
// visitors' feedback in its two columns, and the actions agreed with the home team.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../lib/bindings/Action';
import type { Participant } from '../../lib/bindings/Participant';
import type { PeerAssistRecord } from '../../lib/bindings/PeerAssistRecord';
import type { Session } from '../../lib/bindings/Session';
import { localDay } from '../../lib/dates';
import { RecordConsole } from '../../state/record.svelte';
import { LiveSession } from '../../state/liveSession.svelte';
import { SessionActions } from '../../state/sessionActions.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { newLiveState } from '../../testing/fakeLive';
import { keyAt, people, techniques } from '../../testing/fixtures';
import RecordPanel from '../RecordPanel.svelte';

const SID = 's-pa';

/** The day `days` from today, as the date input holds it. */
const dayFromToday = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localDay(date);
};

const roster: Participant[] = [
  { person_id: 'p-1', name: 'Priya Shah', organisation: 'Ward 7', role: 'Home team' },
  { person_id: 'p-2', name: 'Tom Okafor', organisation: 'Pharmacy', role: 'visitors' },
  { person_id: 'p-3', name: 'Zoë Brennan', organisation: 'Library and Knowledge Services', role: 'Peer' },
  { person_id: 'p-4', name: 'Ade Bello', organisation: '', role: 'scribe' },
];

function peerSession(participants: Participant[] = roster): Session {
  return {
    id: SID,
    technique: 'peer-assist',
    title: 'Peer Assist: virtual ward launch',
    scheduled_at: `${dayFromToday(10)}T09:30:00`,
    facilitator: 'Zoë Brennan',
    location: 'Board room',
    purpose: 'Learn from teams who have launched virtual wards.',
    status: 'planned',
    participants,
    follows: null,
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
  };
}

const action = (id: string, what: string, owner: string, owner_person_id: string | null): Action => ({
  id,
  session_id: SID,
  step_id: 4,
  what,
  owner,
  owner_person_id,
  due_on: '2026-12-18',
  status: 'open',
  created_at: '2026-11-25T11:00:00Z',
  updated_at: '2026-11-25T11:00:00Z',
});

async function openPanel(
  options: { stepId?: number | null; participants?: Participant[]; record?: PeerAssistRecord; actions?: Action[]; finished?: boolean; delay?: number } = {},
) {
  const session = peerSession(options.participants);
  const backend = new FakeBackend({ techniques, sessions: [session], people, delay: options.delay ?? 0 });
  if (options.record) backend.guided.records.set(SID, { technique: 'peer-assist', record: structuredClone(options.record) });
  if (options.actions) backend.records.actions.push(...options.actions);
  if (options.finished) backend.live.states.set(SID, { ...newLiveState({ steps: [] }), status: 'finished' });
  const keeper = new RecordConsole(SID);
  await keeper.load();
  const actions = new SessionActions();
  await actions.load(SID);
  render(RecordPanel, { keeper, live: new LiveSession(SID), session, actions, stepId: options.stepId ?? null, stepKey: keyAt('peer-assist', options.stepId ?? null) });
  await screen.findByTestId('peer-assist-panel');
  const saved = (): PeerAssistRecord => {
    const record = backend.guided.records.get(SID);
    if (record?.technique !== 'peer-assist') throw new Error('no record saved');
    return record.record;
  };
  return { backend, saved, user: userEvent.setup() };
}

describe('the preparation checklist', () => {
  it("ticks with today's date, shows the peers' notice, and warns gently when it is short", async () => {
    const { saved, user } = await openPanel();
    const rows = screen.getAllByTestId('pa-check');
    expect(rows.map((r) => within(r).getByTestId('pa-check-box').closest('label')?.textContent?.trim())).toEqual([
      'Facilitator appointed',
      'Date chosen',
      'Peers invited, giving plenty of notice',
      'Background information circulated, including the purpose and objectives',
    ]);
    expect(screen.getByTestId('pa-checklist')).toHaveAttribute('data-current', 'true');
    expect(screen.getByTestId('pa-notice')).toHaveTextContent('Tick “Peers invited”');

    await user.click(within(rows[2] as HTMLElement).getByTestId('pa-check-box'));
    await waitFor(() => expect(saved().checklist[2]?.done_on).toBe(localDay()));
    expect(within(rows[2] as HTMLElement).getByTestId('pa-check-date')).toHaveValue(localDay());
    expect(saved().checklist[0]?.done_on).toBeNull();
    expect(screen.getByTestId('pa-notice')).toHaveTextContent("Peers had 10 days' notice.");
    expect(screen.getByTestId('pa-notice')).toHaveTextContent('plenty of notice');

    const date = within(rows[2] as HTMLElement).getByTestId('pa-check-date');
    await user.clear(date);
    await user.type(date, dayFromToday(-11));
    await waitFor(() => expect(screen.getByTestId('pa-notice')).toHaveTextContent("Peers had 21 days' notice."));
    expect(saved().checklist[2]?.done_on).toBe(dayFromToday(-11));
    expect(screen.getByTestId('pa-notice')).not.toHaveTextContent('plenty of notice');

    await user.click(within(rows[2] as HTMLElement).getByTestId('pa-check-box'));
    await waitFor(() => expect(saved().checklist[2]?.done_on).toBeNull());
    expect(within(rows[2] as HTMLElement).getByTestId('pa-check-date')).toHaveValue('');
  });

  it('keeps every tick when several are made in quick succession', async () => {
    const { saved } = await openPanel({ delay: 30 });
    const boxes = () => screen.getAllByTestId('pa-check-box') as HTMLInputElement[];
    boxes()[0]?.click();
    boxes()[1]?.click();
    // The first save has been answered, the second not yet.
    await new Promise((resolve) => setTimeout(resolve, 45));
    boxes()[2]?.click();
    await waitFor(() => expect(saved().checklist.map((item) => item.done_on)).toEqual([localDay(), localDay(), localDay(), null]), { timeout: 2000 });
    await waitFor(() => expect(boxes().map((box) => box.checked)).toEqual([true, true, true, false]));
  });
});

describe('the two sides', () => {
  it('reads the home team and the visitors from the roster’s roles', async () => {
    await openPanel({ stepId: 1 });
    expect(within(screen.getByTestId('pa-home-team')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Priya Shah, Ward 7']);
    expect(within(screen.getByTestId('pa-visitors')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Tom Okafor, Pharmacy',
      'Zoë Brennan, Library and Knowledge Services',
    ]);
    expect(screen.getByTestId('pa-sides')).toHaveAttribute('data-current', 'true');
    expect(screen.getByTestId('pa-checklist')).not.toHaveAttribute('data-current');
  });

  it('says how to set the roles when nobody has one', async () => {
    await openPanel({ participants: roster.map((p) => ({ ...p, role: '' })) });
    expect(screen.getByTestId('pa-no-sides')).toHaveTextContent('give each participant the role “Home team” or “Visitor”');
  });
});

describe("the visitors' feedback", () => {
  it('goes into the column it was typed in, with the visitor speaking', async () => {
    const { saved, user } = await openPanel({ stepId: 2 });
    expect(screen.getByTestId('pa-feedback')).toHaveAttribute('data-current', 'true');
    const from = screen.getByTestId('pa-feedback-from');
    expect(within(from).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not recorded', 'Tom Okafor', 'Zoë Brennan']);
    await user.selectOptions(from, 'Tom Okafor');
    await user.type(screen.getByTestId('pa-better-text'), 'Involve community nurses from the start{Enter}');
    await user.type(screen.getByTestId('pa-worked-well-text'), 'A single shared tracker');
    await user.click(screen.getByTestId('pa-worked-well-add'));

    await waitFor(() => expect(saved().feedback).toHaveLength(2));
    expect(saved().feedback).toMatchObject([
      { kind: 'could-be-better', text: 'Involve community nurses from the start', from: 'p-2' },
      { kind: 'worked-well', text: 'A single shared tracker', from: 'p-2' },
    ]);
    const well = within(screen.getByTestId('pa-worked-well-column'));
    expect(well.getByTestId('pa-feedback-item')).toHaveTextContent('A single shared tracker (Tom Okafor)');
    const better = within(screen.getByTestId('pa-better-column'));
    expect(better.getByTestId('pa-feedback-item')).toHaveTextContent('Involve community nurses from the start');
    expect(screen.getByTestId('pa-worked-well-text')).toHaveValue('');
  });

  it('moves a point to the other column', async () => {
    const record: PeerAssistRecord = {
      checklist: [],
      feedback: [{ id: 'f-1', kind: 'worked-well', text: 'Start engagement earlier', from: null }],
    };
    const { saved, user } = await openPanel({ stepId: 4, record });
    await user.click(within(screen.getByTestId('pa-worked-well-column')).getByTestId('pa-feedback-move'));
    await waitFor(() => expect(saved().feedback[0]?.kind).toBe('could-be-better'));
    expect(within(screen.getByTestId('pa-better-column')).getByTestId('pa-feedback-item')).toHaveTextContent('Start engagement earlier');
    expect(within(screen.getByTestId('pa-worked-well-column')).queryByTestId('pa-feedback-item')).not.toBeInTheDocument();
  });
});

describe('the agreed actions', () => {
  it('lists at step 4 the actions owned by the home team', async () => {
    const actions = [action('a-1', 'Share the tracker template', 'Priya Shah', 'p-1'), action('a-2', 'Send the rota', 'Tom Okafor', 'p-2')];
    await openPanel({ stepId: 4, actions });
    const agreed = screen.getByTestId('pa-actions');
    expect(agreed).toHaveAttribute('data-current', 'true');
    expect(within(agreed).getAllByTestId('pa-action').map((li) => li.textContent?.trim())).toEqual(['Share the tracker template — Priya Shah, due 18 Dec 2026']);
  });

  it('is not shown before step 4', async () => {
    await openPanel({ stepId: 2 });
    expect(screen.queryByTestId('pa-actions')).not.toBeInTheDocument();
  });
});

describe('the finished record', () => {
  it('is read-only', async () => {
    const record: PeerAssistRecord = {
      checklist: [{ label: 'Facilitator appointed', done_on: '2026-11-02' }],
      feedback: [{ id: 'f-1', kind: 'worked-well', text: 'Weekly huddles', from: 'p-2' }],
    };
    await openPanel({ record, finished: true });
    expect(screen.queryByTestId('pa-check-box')).not.toBeInTheDocument();
    expect(screen.queryByTestId('pa-better-text')).not.toBeInTheDocument();
    expect(screen.queryByTestId('pa-feedback-move')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('pa-check')[0]).toHaveTextContent('Facilitator appointed: done 2 Nov 2026');
    expect(screen.getByTestId('pa-feedback-item')).toHaveTextContent('Weekly huddles (Tom Okafor)');
  });
});
