// The console: opening a session for running, the timer's buttons and keys, moving through
// the steps, notes under each question, the audience message, the help overlay, actions,
// the chime, presentation mode and the summary once finished.
// The live session's replies are the ones the app's tests recorded
// (transcripts/run-console.json): an After Action Review with Priya and Tom on its list.
import { emit } from '@tauri-apps/api/event';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ActionInput } from '../lib/bindings/ActionInput';
import type { DisplayState } from '../lib/bindings/DisplayState';
import type { LiveView } from '../lib/bindings/LiveView';
import type { NoteInput } from '../lib/bindings/NoteInput';
import type { Session } from '../lib/bindings/Session';
import { EVENT_CUE, EVENT_VIEW } from '../lib/liveEvents';
import { LIVE_SHORTCUTS } from '../lib/liveShortcuts';
import { chime } from '../state/chime.svelte';
import { library } from '../state/library.svelte';
import { router } from '../state/router.svelte';
import { toasts } from '../state/toasts.svelte';
import { FakeBackend } from '../testing/fakeBackend';
import { transcriptOf } from '../testing/replay';
import recorded from '../testing/transcripts/run-console.json';
import sessionForm from '../testing/transcripts/session-form.json';
import RunScreen from './RunScreen.svelte';
import SessionScreen from './SessionScreen.svelte';

const transcript = transcriptOf(recorded);

async function openConsole(scenario = 'opened') {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const session = played.first<Session>('session_get');
  await library.load();
  router.reset({ name: 'run', id: session.id });
  render(RunScreen, { id: session.id });
  await screen.findByTestId('live-start');
  return { backend, played, session, user: userEvent.setup() };
}

async function started(scenario = 'started') {
  const opened = await openConsole(scenario);
  await opened.user.click(screen.getByTestId('live-start'));
  await screen.findByTestId('live-pause');
  (document.activeElement as HTMLElement | null)?.blur();
  return opened;
}

const commands = (backend: FakeBackend) =>
  backend.callsTo('live_command').map((call) => (call.args as { command: { type: string } }).command.type);
/** What the console last asked the room's screen to show. */
const shown = (backend: FakeBackend) => (backend.callsTo('live_display').at(-1)?.args as { display: DisplayState } | undefined)?.display;

describe('the console', () => {
  it('is reached from the session page by Run session', async () => {
    const backend = new FakeBackend();
    const { id } = backend.replay(transcriptOf(sessionForm), 'a stored session moved to the bin').first<Session>('session_get');
    await library.load();
    router.reset({ name: 'session', id });
    render(SessionScreen, { opening: { id } });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('run-session'));
    expect(router.current).toEqual({ name: 'run', id });
  });

  it('opens the agenda ready to start, then starts the timer', async () => {
    const { backend, played, user } = await openConsole('started');
    expect(screen.getByTestId('live-console')).toBeInTheDocument();
    expect(screen.getByTestId('live-step-title')).toHaveTextContent('What was supposed to happen?');
    expect(screen.getByTestId('live-timer')).toHaveTextContent('10:00');
    expect(screen.getByTestId('live-warning')).toHaveAttribute('data-warning', 'normal');
    expect(screen.getAllByTestId('agenda-step')).toHaveLength(4);
    expect(within(screen.getByTestId('live-roster')).getAllByTestId('roster-person')).toHaveLength(2);

    await user.click(screen.getByTestId('live-start'));
    expect(await screen.findByTestId('live-pause')).toBeInTheDocument();
    expect(commands(backend)).toEqual(['Start']);
    expect(screen.getByTestId('live-planned-end')).toHaveTextContent(/^Ends about \d\d:\d\d$/);
    expect(played.unplayed()).toEqual([]);
  });

  it('pauses and resumes with Space, and adds a minute with +', async () => {
    const { backend, played, user } = await started('paused, resumed and a minute added');
    await user.keyboard(' ');
    expect(await screen.findByTestId('live-resume')).toBeInTheDocument();
    expect(screen.getByTestId('live-warning')).toHaveTextContent('Paused');
    await user.keyboard(' ');
    await screen.findByTestId('live-pause');
    await user.keyboard('+');
    await waitFor(() => expect(screen.getByTestId('live-timer')).toHaveTextContent(/^1[01]:\d\d$/));
    // Space on the button just clicked runs the timer; it does not add another minute.
    await user.click(screen.getByTestId('live-add-minute'));
    await user.keyboard(' ');
    await screen.findByTestId('live-resume');
    expect(commands(backend)).toEqual(['Start', 'Pause', 'Resume', 'AddTime', 'AddTime', 'Pause']);
    expect(played.unplayed()).toEqual([]);
  });

  it('moves to the next step with the Right arrow and back with Left', async () => {
    const { played, user } = await started('the next step and back');
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(screen.getByTestId('live-step-title')).toHaveTextContent('What actually happened?'));
    expect(screen.getAllByTestId('live-question')).toHaveLength(2);
    expect(screen.getByTestId('live-timer')).toHaveTextContent('15:00');
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(screen.getByTestId('live-step-title')).toHaveTextContent('What was supposed to happen?'));
    expect(played.unplayed()).toEqual([]);
  });

  it('highlights the question the room is on, and moves it with Down and Up or the buttons', async () => {
    const { backend, played, user } = await started('through the questions');
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(screen.getAllByTestId('live-question')).toHaveLength(2));
    const currentOf = () => screen.getAllByTestId('live-question').map((q) => q.getAttribute('data-current'));
    expect(currentOf()).toEqual(['true', null]);
    expect(screen.getByTestId('live-previous-question')).toBeDisabled();

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(currentOf()).toEqual([null, 'true']));
    expect(screen.getByTestId('live-question-count')).toHaveTextContent('Question 2 of 2');
    expect(screen.getByTestId('live-next-question')).toBeDisabled();
    await user.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(toasts.items.map((t) => t.message)).toEqual(["This is the step's last question: use Next to move on to the next step."]),
    );
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(currentOf()).toEqual(['true', null]));
    await user.click(screen.getByTestId('live-next-question'));
    await waitFor(() => expect(currentOf()).toEqual([null, 'true']));
    await user.click(screen.getByTestId('live-previous-question'));
    await waitFor(() => expect(currentOf()).toEqual(['true', null]));

    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(currentOf()).toEqual([null, 'true']));
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{ArrowRight}{ArrowLeft}');
    await waitFor(() => expect(screen.getByTestId('live-step-title')).toHaveTextContent('What actually happened?'));
    await waitFor(() => expect(currentOf()).toEqual(['true', null]));
    expect(commands(backend)).toEqual([
      'Start',
      'Next',
      'NextQuestion',
      'NextQuestion',
      'PreviousQuestion',
      'NextQuestion',
      'PreviousQuestion',
      'NextQuestion',
      'Next',
      'Previous',
    ]);
    expect(played.unplayed()).toEqual([]);
  });

  it('ignores the live keys while a note is being typed', async () => {
    const { backend, user } = await started();
    await user.click(screen.getByTestId('note-input'));
    await user.keyboard('b m{ArrowRight}{ArrowDown}');
    expect(screen.getByTestId('note-input')).toHaveValue('b m');
    expect(commands(backend)).toEqual(['Start']);
    expect(backend.callsTo('live_display')).toEqual([]);
  });

  it('adds a note with Enter and keeps the cursor for the next one', async () => {
    const { backend, played, session, user } = await started('the notes of the second step');
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(screen.getAllByTestId('live-question')).toHaveLength(2));
    const second = screen.getAllByTestId('live-question')[1]!;
    const input = within(second).getByTestId('note-input');
    await user.click(input);
    await user.keyboard('Handover notes were late{Enter}');
    expect(await within(second).findByTestId('note')).toBeInTheDocument();
    expect(within(second).getByTestId('note-text')).toHaveTextContent('Handover notes were late');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    await user.keyboard('Pharmacy stepped in{Enter}');
    await waitFor(() => expect(within(second).getAllByTestId('note')).toHaveLength(2));
    expect(within(second).getAllByTestId('note-text').map((n) => n.textContent)).toEqual(['Handover notes were late', 'Pharmacy stepped in']);
    const sent = backend.callsTo('note_add').map((call) => call.args as { sessionId: string; note: NoteInput });
    expect(sent.map(({ sessionId, note }) => [sessionId, note.step_id, note.question, note.text])).toEqual([
      [session.id, 2, 1, 'Handover notes were late'],
      [session.id, 2, 1, 'Pharmacy stepped in'],
    ]);
    expect(played.unplayed()).toEqual([]);
  });

  it('saves an edited note after a pause in typing, and deletes one emptied on leaving it', async () => {
    const { backend, played, user } = await started('a note edited, then emptied');
    await user.click(screen.getByTestId('note-input'));
    await user.keyboard('Go-live on 3 Nov{Enter}');
    await user.click(await screen.findByTestId('note-text'));
    const text = screen.getByTestId('note-editor');
    expect(text).toHaveFocus();
    await user.keyboard('ember');
    await waitFor(() => expect(backend.callsTo('note_update').length).toBeGreaterThan(0), { timeout: 1500 });
    expect(backend.callsTo('note_update').at(-1)?.args).toMatchObject({ text: 'Go-live on 3 November' });
    await user.tab();
    expect(await screen.findByTestId('note-text')).toHaveTextContent('Go-live on 3 November');
    await user.click(screen.getByTestId('note-edit'));
    await user.clear(screen.getByTestId('note-editor'));
    await user.tab();
    await waitFor(() => expect(screen.queryByTestId('note')).not.toBeInTheDocument());
    expect(played.unplayed()).toEqual([]);
  });

  it('sends a preset message to the room from the M dialog, and clears it', async () => {
    const { backend, played, user } = await started('a message to the room');
    await user.keyboard('m');
    const dialog = await screen.findByTestId('message-dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Please return to your seats' }));
    await waitFor(() => expect(screen.queryByTestId('message-dialog')).not.toBeInTheDocument());
    expect(shown(backend)?.message).toBe('Please return to your seats');
    expect(await screen.findByText('Please return to your seats', { selector: 'strong' })).toBeInTheDocument();
    await user.click(screen.getByTestId('live-message'));
    await user.click(await screen.findByTestId('message-clear'));
    await waitFor(() => expect(shown(backend)?.message).toBeNull());
    expect(played.unplayed()).toEqual([]);
  });

  it('blanks the display with B and brings it back', async () => {
    const { backend, played, user } = await started('the screen blanked');
    await user.keyboard('b');
    await waitFor(() => expect(screen.getByTestId('live-blank')).toHaveAttribute('aria-pressed', 'true'));
    expect(shown(backend)?.blank).toBe(true);
    await user.click(screen.getByTestId('live-blank'));
    await waitFor(() => expect(screen.getByTestId('live-blank')).toHaveAttribute('aria-pressed', 'false'));
    expect(shown(backend)?.blank).toBe(false);
    expect(played.unplayed()).toEqual([]);
  });

  it('lists every shortcut of the key map in the help overlay', async () => {
    const { user } = await started();
    await user.keyboard('?');
    const overlay = await screen.findByTestId('help-overlay');
    const rows = within(overlay).getAllByTestId('help-shortcut');
    const general = LIVE_SHORTCUTS;
    expect(rows).toHaveLength(general.length);
    expect(overlay).not.toHaveTextContent('table plan');
    expect(within(overlay).getByText("Go to the step's next question").closest('[data-testid="help-shortcut"]')).toHaveTextContent('Down arrow');
    expect(within(overlay).getByText("Go back to the step's previous question").closest('[data-testid="help-shortcut"]')).toHaveTextContent('Up arrow');
    general.forEach((shortcut, index) => {
      expect(rows[index]).toHaveTextContent(shortcut.does);
      for (const key of shortcut.keys) expect(rows[index]).toHaveTextContent(key);
    });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('help-overlay')).not.toBeInTheDocument());
  });

  it('shows a refused command as Rust worded it', async () => {
    const { user } = await started('refused before the first step');
    await user.keyboard('{ArrowLeft}');
    await waitFor(() =>
      expect(toasts.items.map((t) => [t.tone, t.message])).toEqual([['error', 'This is the first step: there is no step before it.']]),
    );
    expect(screen.getByTestId('live-step-title')).toHaveTextContent('What was supposed to happen?');
  });

  it('follows a view announced by another window', async () => {
    const { played } = await started('moved on by another window');
    await emit(EVENT_VIEW, played.reply<LiveView>("another window's view"));
    await waitFor(() => expect(screen.getByTestId('live-step-title')).toHaveTextContent('Why was there a difference?'));
  });

  it('plays the chime when the timer changes colour by itself', async () => {
    const play = vi.spyOn(chime, 'play').mockImplementation(() => undefined);
    const { session } = await started();
    await emit(EVENT_CUE, { session_id: session.id, warning: 'amber' });
    await waitFor(() => expect(play).toHaveBeenCalledTimes(1));
  });

  it('adds an action with an owner from the participants', async () => {
    const { backend, played, session, user } = await started('an action added');
    await user.type(screen.getByTestId('action-what'), 'Update the go-live checklist');
    await user.type(screen.getByTestId('action-owner'), 'Tom Okafor');
    await user.type(screen.getByTestId('action-due'), '2026-12-01');
    await user.click(screen.getByTestId('action-add'));
    const row = await screen.findByTestId('action-row');
    expect(row).toHaveTextContent('Update the go-live checklist');
    expect(row).toHaveTextContent('1 Dec 2026');
    const sent = backend.callsTo('action_add').map((call) => call.args as { sessionId: string; action: ActionInput });
    expect(sent).toEqual([
      { sessionId: session.id, action: expect.objectContaining({ owner: 'Tom Okafor', owner_person_id: session.participants[1]?.person_id, step_id: 1, status: 'open' }) },
    ]);
    expect(played.unplayed()).toEqual([]);
    expect(screen.getByTestId('action-what')).toHaveValue('');
  });

  it('shows the audience view full screen in presentation mode, without the notes', async () => {
    const { user } = await started('a note kept from the room');
    await user.click(screen.getByTestId('note-input'));
    await user.keyboard('Secret facilitator note{Enter}');
    await screen.findByTestId('note');
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('f');
    const shown = await screen.findByTestId('presentation-mode');
    expect(within(shown).getByTestId('audience-question')).toHaveTextContent('What was supposed to happen?');
    expect(shown).not.toHaveTextContent('Secret facilitator note');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('presentation-mode')).not.toBeInTheDocument());
  });

  it('finishes after confirmation and shows planned against actual', async () => {
    const { played, user } = await started('finished');
    await user.click(screen.getByTestId('live-finish'));
    await user.click(await screen.findByTestId('confirm-finish'));
    const summary = await screen.findByTestId('summary');
    expect(within(summary).getAllByTestId('summary-row')).toHaveLength(4);
    expect(within(summary).getAllByTestId('summary-row')[1]).toHaveTextContent('Not run');
    expect(screen.queryByTestId('live-timer')).not.toBeInTheDocument();
    expect(played.unplayed()).toEqual([]);
  });
});
