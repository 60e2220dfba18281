// A Peer Assist on the console: the preparation ticked with the day it was done and the
// peers' notice worked out from it, the two sides read from the roster's roles, the
// visitors' feedback in its two columns, and the actions agreed with the home team.
// The app's replies are the ones its tests recorded (transcripts/peer-assist.json), on
// the app's test clock: today is 25 Nov 2026 and the meeting is on 5 Dec.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeerAssistRecord } from '../../lib/bindings/PeerAssistRecord';
import type { Session } from '../../lib/bindings/Session';
import { RecordConsole } from '../../state/record.svelte';
import { LiveSession } from '../../state/liveSession.svelte';
import { SessionActions } from '../../state/sessionActions.svelte';
import { countIds } from '../../testing/countedIds';
import { FakeBackend } from '../../testing/fakeBackend';
import { keyAt } from '../../testing/fixtures';
import { transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/peer-assist.json';
import RecordPanel from '../RecordPanel.svelte';

const transcript = transcriptOf(recorded);
const TODAY = '2026-11-25';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T12:00:00Z`));
});
afterEach(() => vi.useRealTimers());

async function openPanel(scenario: string, options: { stepId?: number | null; delay?: number } = {}) {
  const backend = new FakeBackend({ delay: options.delay ?? 0 });
  const played = backend.replay(transcript, scenario);
  const session = played.first<Session>('session_get');
  countIds();
  const keeper = new RecordConsole(session.id);
  await keeper.load();
  const actions = new SessionActions();
  await actions.load(session.id);
  render(RecordPanel, { keeper, live: new LiveSession(session.id), session, actions, stepId: options.stepId ?? null, stepKey: keyAt('peer-assist', options.stepId ?? null) });
  await screen.findByTestId('peer-assist-panel');
  /** The record the console last sent to be saved. */
  const saved = (): PeerAssistRecord => {
    const saved = backend.lastSaved('peer-assist');
    if (!saved) throw new Error('no record saved');
    return saved.record;
  };
  const ids = session.participants.map((p) => p.person_id);
  return { backend, played, saved, ids, session, user: userEvent.setup() };
}

describe('the preparation checklist', () => {
  it("ticks with today's date, shows the peers' notice, and warns gently when it is short", async () => {
    const { played, saved, user } = await openPanel('the invitation ticked and dated');
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
    await waitFor(() => expect(saved().checklist[2]?.done_on).toBe(TODAY));
    expect(within(rows[2] as HTMLElement).getByTestId('pa-check-date')).toHaveValue(TODAY);
    expect(saved().checklist[0]?.done_on).toBeNull();
    expect(screen.getByTestId('pa-notice')).toHaveTextContent("Peers had 10 days' notice.");
    expect(screen.getByTestId('pa-notice')).toHaveTextContent('plenty of notice');

    const date = within(rows[2] as HTMLElement).getByTestId('pa-check-date');
    await user.clear(date);
    await user.type(date, '2026-11-14');
    await waitFor(() => expect(screen.getByTestId('pa-notice')).toHaveTextContent("Peers had 21 days' notice."));
    expect(saved().checklist[2]?.done_on).toBe('2026-11-14');
    expect(screen.getByTestId('pa-notice')).not.toHaveTextContent('plenty of notice');

    await user.click(within(rows[2] as HTMLElement).getByTestId('pa-check-box'));
    await waitFor(() => expect(saved().checklist[2]?.done_on).toBeNull());
    expect(within(rows[2] as HTMLElement).getByTestId('pa-check-date')).toHaveValue('');
    expect(played.unplayed()).toEqual([]);
  });

  it('keeps every tick when several are made in quick succession', async () => {
    const { played, saved } = await openPanel('three ticks in quick succession', { delay: 30 });
    const boxes = () => screen.getAllByTestId('pa-check-box') as HTMLInputElement[];
    boxes()[0]?.click();
    boxes()[1]?.click();
    // The first save has been answered, the second not yet.
    await new Promise((resolve) => setTimeout(resolve, 45));
    boxes()[2]?.click();
    await waitFor(() => expect(saved().checklist.map((item) => item.done_on)).toEqual([TODAY, TODAY, TODAY, null]), { timeout: 2000 });
    await waitFor(() => expect(boxes().map((box) => box.checked)).toEqual([true, true, true, false]));
    await waitFor(() => expect(played.unplayed()).toEqual([]));
  });
});

describe('the two sides', () => {
  it('reads the home team and the visitors from the roster’s roles', async () => {
    await openPanel('opened', { stepId: 1 });
    expect(within(screen.getByTestId('pa-home-team')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Priya Shah, Ward 7']);
    expect(within(screen.getByTestId('pa-visitors')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Tom Okafor, Pharmacy',
      'Zoë Brennan, Library and Knowledge Services',
    ]);
    expect(screen.getByTestId('pa-sides')).toHaveAttribute('data-current', 'true');
    expect(screen.getByTestId('pa-checklist')).not.toHaveAttribute('data-current');
  });

  it('says how to set the roles when nobody has one', async () => {
    await openPanel('nobody has a role');
    expect(screen.getByTestId('pa-no-sides')).toHaveTextContent('give each participant the role “Home team” or “Visitor”');
  });
});

describe("the visitors' feedback", () => {
  it('goes into the column it was typed in, with the visitor speaking', async () => {
    const { played, saved, ids, user } = await openPanel("the visitors' feedback", { stepId: 2 });
    expect(screen.getByTestId('pa-feedback')).toHaveAttribute('data-current', 'true');
    const from = screen.getByTestId('pa-feedback-from');
    expect(within(from).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not recorded', 'Tom Okafor', 'Zoë Brennan']);
    await user.selectOptions(from, 'Tom Okafor');
    await user.type(screen.getByTestId('pa-better-text'), 'Involve community nurses from the start{Enter}');
    await user.type(screen.getByTestId('pa-worked-well-text'), 'A single shared tracker');
    await user.click(screen.getByTestId('pa-worked-well-add'));

    await waitFor(() => expect(saved().feedback).toHaveLength(2));
    expect(saved().feedback).toMatchObject([
      { kind: 'could-be-better', text: 'Involve community nurses from the start', from: ids[1] },
      { kind: 'worked-well', text: 'A single shared tracker', from: ids[1] },
    ]);
    const well = within(screen.getByTestId('pa-worked-well-column'));
    expect(well.getByTestId('pa-feedback-item')).toHaveTextContent('A single shared tracker (Tom Okafor)');
    const better = within(screen.getByTestId('pa-better-column'));
    expect(better.getByTestId('pa-feedback-item')).toHaveTextContent('Involve community nurses from the start');
    expect(screen.getByTestId('pa-worked-well-text')).toHaveValue('');
    expect(played.unplayed()).toEqual([]);
  });

  it('moves a point to the other column', async () => {
    const { played, saved, user } = await openPanel('a point moved to the other column', { stepId: 4 });
    await user.click(within(screen.getByTestId('pa-worked-well-column')).getByTestId('pa-feedback-move'));
    await waitFor(() => expect(saved().feedback[0]?.kind).toBe('could-be-better'));
    expect(within(screen.getByTestId('pa-better-column')).getByTestId('pa-feedback-item')).toHaveTextContent('Start engagement earlier');
    expect(within(screen.getByTestId('pa-worked-well-column')).queryByTestId('pa-feedback-item')).not.toBeInTheDocument();
    expect(played.unplayed()).toEqual([]);
  });
});

describe('the agreed actions', () => {
  it('lists at step 4 the actions owned by the home team', async () => {
    await openPanel('actions agreed with both sides', { stepId: 4 });
    const agreed = screen.getByTestId('pa-actions');
    expect(agreed).toHaveAttribute('data-current', 'true');
    expect(within(agreed).getAllByTestId('pa-action').map((li) => li.textContent?.trim())).toEqual(['Share the tracker template — Priya Shah, due 18 Dec 2026']);
  });

  it('is not shown before step 4', async () => {
    await openPanel('opened', { stepId: 2 });
    expect(screen.queryByTestId('pa-actions')).not.toBeInTheDocument();
  });
});

describe('the finished record', () => {
  it('is read-only', async () => {
    await openPanel('finished');
    expect(screen.queryByTestId('pa-check-box')).not.toBeInTheDocument();
    expect(screen.queryByTestId('pa-better-text')).not.toBeInTheDocument();
    expect(screen.queryByTestId('pa-feedback-move')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('pa-check')[0]).toHaveTextContent('Facilitator appointed: done 2 Nov 2026');
    expect(screen.getByTestId('pa-feedback-item')).toHaveTextContent('Weekly huddles (Tom Okafor)');
  });
});
