// A Retrospect's marks on the console: a mark then Enter saves it and moves to the next
// person; a mark that is not 0 to 10 is refused beside it and not saved; the answers to
// "what would have made it a 10?"; the median the room will see; the finished record.
// The app's replies are the ones its tests recorded (transcripts/retrospect.json).
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RetrospectMarks } from '../../lib/bindings/RetrospectMarks';
import type { Session } from '../../lib/bindings/Session';
import { RecordConsole } from '../../state/record.svelte';
import { LiveSession } from '../../state/liveSession.svelte';
import { SessionActions } from '../../state/sessionActions.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { catalogued, keyAt } from '../../testing/fixtures';
import { transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/retrospect.json';
import RecordPanel from '../RecordPanel.svelte';

const transcript = transcriptOf(recorded);

async function openMarks(scenario: string, stepId: number | null = 4) {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const session = played.first<Session>('session_get');
  const keeper = new RecordConsole(session.id);
  await keeper.load();
  render(RecordPanel, { keeper, live: new LiveSession(session.id), session, actions: new SessionActions(), stepId, stepKey: keyAt('retrospect', stepId) });
  await screen.findByTestId('marks-panel');
  const ids = session.participants.map((p) => p.person_id);
  return { backend, played, ids, user: userEvent.setup() };
}

/** The marks the console last sent to be saved. */
const saved = (backend: FakeBackend): RetrospectMarks['marks'] => backend.lastSaved('retrospect')?.record.marks ?? [];
const markInput = (row: number) => screen.getAllByTestId('marks-input')[row] as HTMLInputElement;
const answerInput = (row: number) => screen.getAllByTestId('marks-ten')[row] as HTMLInputElement;

describe('marks out of 10 on the console', () => {
  it('lists every participant, marked as the step the room is on', async () => {
    await openMarks('opened', 4);
    expect(screen.getAllByTestId('marks-row').map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Priya Shah',
      'Tom Okafor',
      'Zoë Brennan',
    ]);
    expect(screen.getByTestId('marks-panel')).toHaveAttribute('data-now', 'strong');
    expect(screen.getByTestId('marks-summary')).toHaveTextContent('No marks yet');
    expect(markInput(0)).toHaveAttribute('inputmode', 'numeric');
    expect(markInput(0)).toHaveAccessibleName('Mark out of 10 for Priya Shah');
  });

  it('saves a mark on Enter and moves to the next person, the last on to the first answer', async () => {
    const { backend, played, ids, user } = await openMarks('marks saved one by one');
    await user.click(markInput(0));
    await user.keyboard('8{Enter}');
    expect(markInput(1)).toHaveFocus();
    await user.keyboard('7{Enter}');
    expect(markInput(2)).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(answerInput(0)).toHaveFocus();

    await waitFor(() =>
      expect(saved(backend)).toEqual([
        { person_id: ids[0], mark: 8, make_it_ten: '' },
        { person_id: ids[1], mark: 7, make_it_ten: '' },
      ]),
    );
    expect(played.unplayed()).toEqual([]);
    // One save per mark: Enter then leaving the field does not save twice.
    expect(backend.callsTo('technique_change')).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('marks-summary')).toHaveTextContent('Median 7.5'));
    expect(screen.getByTestId('marks-summary')).toHaveTextContent('2 people marked');
    const bars = screen.getAllByTestId('marks-bar');
    expect(bars.filter((bar) => bar.dataset.count !== '0').map((bar) => bar.dataset.mark)).toEqual(['7', '8']);
  });

  it('refuses a mark over 10 or in letters beside the field, and saves nothing', async () => {
    const { backend, played, ids, user } = await openMarks('a ten saved');
    await user.click(markInput(0));
    await user.keyboard('11{Enter}');
    expect(markInput(0)).toHaveFocus();
    expect(screen.getByTestId('marks-error')).toHaveTextContent('Give a whole number from 0 to 10, or leave it blank.');
    expect(markInput(0)).toHaveAttribute('aria-invalid', 'true');
    await user.clear(markInput(0));
    await user.keyboard('ten');
    await user.tab();
    expect(screen.getByTestId('marks-error')).toBeInTheDocument();
    expect(markInput(0)).toHaveValue('ten');
    expect(backend.callsTo('technique_change')).toHaveLength(0);

    await user.clear(markInput(0));
    await user.keyboard('10{Enter}');
    expect(screen.queryByTestId('marks-error')).not.toBeInTheDocument();
    await waitFor(() => expect(saved(backend)).toEqual([{ person_id: ids[0], mark: 10, make_it_ten: '' }]));
    expect(played.unplayed()).toEqual([]);
  });

  it('keeps what would have made it a 10, and clears a mark left blank', async () => {
    const { backend, played, ids, user } = await openMarks('an answer kept and a mark cleared');
    await user.click(markInput(1));
    await user.keyboard('6{Enter}');
    await user.click(answerInput(1));
    await user.keyboard('Earlier sign-off from estates{Enter}');
    expect(answerInput(2)).toHaveFocus();
    await waitFor(() => expect(saved(backend)).toEqual([{ person_id: ids[1], mark: 6, make_it_ten: 'Earlier sign-off from estates' }]));

    await user.clear(markInput(1));
    await user.tab();
    await waitFor(() => expect(saved(backend)).toEqual([{ person_id: ids[1], mark: null, make_it_ten: 'Earlier sign-off from estates' }]));
    await waitFor(() => expect(screen.getByTestId('marks-summary')).toHaveTextContent('No marks yet'));
    expect(played.unplayed()).toEqual([]);
  });

  it('is not marked as in the room on other steps', async () => {
    await openMarks('opened', 2);
    expect(screen.getByTestId('marks-panel')).not.toHaveAttribute('data-now');
    expect(screen.queryByTestId('marks-now')).not.toBeInTheDocument();
  });

  it('reads the finished marks back without inputs', async () => {
    await openMarks('finished', null);
    expect(screen.queryAllByTestId('marks-input')).toHaveLength(0);
    expect(screen.getAllByTestId('marks-given').map((cell) => cell.textContent)).toEqual(['9', '—', '6']);
    expect(screen.getAllByTestId('marks-row')[2]).toHaveTextContent('A named sponsor');
    expect(screen.getByTestId('marks-summary')).toHaveTextContent('Median 7.5');
  });
});
