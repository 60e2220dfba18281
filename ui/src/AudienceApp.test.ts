// The audience display window: waiting until a session runs, then the step and its
// questions with the timer, never the notes; the facilitator's message and blank screen;
// the live keys sent from this window too.
// The live session's replies are the ones the app's tests recorded
// (transcripts/audience-window.json): an After Action Review at its last step, with a
// note on its second question and a parked point the console took there.
import { emit } from '@tauri-apps/api/event';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AudienceApp from './AudienceApp.svelte';
import type { LiveView } from './lib/bindings/LiveView';
import { EVENT_VIEW } from './lib/liveEvents';
import { FakeBackend } from './testing/fakeBackend';
import { transcriptOf } from './testing/replay';
import recorded from './testing/transcripts/audience-window.json';

const transcript = transcriptOf(recorded);

async function running(scenario = 'at the last step') {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  render(AudienceApp);
  await screen.findByTestId('audience-step');
  return { backend, played, user: userEvent.setup() };
}

describe('the audience display', () => {
  it('waits for the facilitator when nothing is running', async () => {
    new FakeBackend().replay(transcript, 'nothing running');
    render(AudienceApp);
    expect(await screen.findByText('Waiting for the facilitator…')).toBeInTheDocument();
    expect(screen.getByTestId('audience-root')).toBeInTheDocument();
  });

  it('shows the step, its questions, the timer and progress, and none of the notes', async () => {
    await running();
    expect(screen.getByTestId('audience-step')).toHaveTextContent('What can we learn from this?');
    const questions = screen.getAllByTestId('audience-question');
    expect(questions.map((q) => q.textContent)).toEqual(['What can we learn from this?', 'What actions can be taken to improve or sustain what went well?']);
    expect(within(screen.getByTestId('audience-timer')).getByText('20:00')).toBeInTheDocument();
    expect(screen.getByTestId('audience-progress')).toHaveAttribute('aria-valuetext', 'Step 4 of 4');
    expect(await screen.findByText('After Action Review')).toBeInTheDocument();
    const root = screen.getByTestId('audience-root');
    expect(root).not.toHaveTextContent('Only for the console');
    expect(root).not.toHaveTextContent('Parked point');
  });

  it('shows the current question large and the other questions of the step muted, following Down', async () => {
    const { played, user } = await running('the next question');
    const currentOf = () => screen.getAllByTestId('audience-question').map((q) => q.getAttribute('data-current'));
    expect(currentOf()).toEqual(['true', null]);
    expect(screen.getAllByTestId('audience-question')[0]).toHaveClass('current');
    expect(screen.getAllByTestId('audience-question')[1]).toHaveClass('other');
    expect(screen.getByTestId('audience-question-count')).toHaveTextContent('Question 1 of 2');
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(currentOf()).toEqual([null, 'true']));
    expect(screen.getByTestId('audience-question-count')).toHaveTextContent('Question 2 of 2');
    expect(played.unplayed()).toEqual([]);
  });

  it('follows the console: a message banner, then a blank screen', async () => {
    const { played } = await running("the console's message and blank screen");
    await emit(EVENT_VIEW, played.reply<LiveView>('the message'));
    expect(await screen.findByTestId('audience-message')).toHaveTextContent('5 minutes left');
    await emit(EVENT_VIEW, played.reply<LiveView>('the blank screen'));
    expect(await screen.findByTestId('audience-blank')).toBeInTheDocument();
    expect(screen.queryByTestId('audience-question')).not.toBeInTheDocument();
    expect(screen.queryByTestId('audience-timer')).not.toBeInTheDocument();
  });

  it('sends the live keys for the session it shows', async () => {
    const { backend, played, user } = await running('the step before, then paused');
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(screen.getByTestId('audience-step')).toHaveTextContent('Why was there a difference?'));
    await user.keyboard(' ');
    await waitFor(() => expect(played.unplayed()).toEqual([]));
    const sessionId = played.first<LiveView>('live_current').session_id;
    expect(backend.callsTo('live_command').map((c) => c.args)).toEqual([
      { sessionId, command: { type: 'Previous' } },
      { sessionId, command: { type: 'Pause' } },
    ]);
  });
});
