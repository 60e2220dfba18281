// The audience display window: waiting until a session runs, then the step and its
// questions with the timer, never the notes; the facilitator's message and blank screen;
// the live keys sent from this window too.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AudienceApp from './AudienceApp.svelte';
import { FakeBackend } from './testing/fakeBackend';
import { people, sessions, techniques } from './testing/fixtures';

function running() {
  const backend = new FakeBackend({ techniques, sessions, people });
  backend.handlers.live_open({ sessionId: 's-1' });
  backend.handlers.live_command({ sessionId: 's-1', command: { type: 'Start' } });
  backend.handlers.live_command({ sessionId: 's-1', command: { type: 'Next' } });
  backend.handlers.note_add({ sessionId: 's-1', note: { kind: 'note', step_id: 2, question: 0, text: 'Only for the console' } });
  backend.handlers.note_add({ sessionId: 's-1', note: { kind: 'parking', step_id: null, question: null, text: 'Parked point' } });
  return backend;
}

describe('the audience display', () => {
  it('waits for the facilitator when nothing is running', async () => {
    new FakeBackend({ techniques, sessions, people });
    render(AudienceApp);
    expect(await screen.findByText('Waiting for the facilitator…')).toBeInTheDocument();
    expect(screen.getByTestId('audience-root')).toBeInTheDocument();
  });

  it('shows the step, its questions, the timer and progress, and none of the notes', async () => {
    running();
    render(AudienceApp);
    expect(await screen.findByTestId('audience-step')).toHaveTextContent('What actually happened?');
    const questions = screen.getAllByTestId('audience-question');
    expect(questions.map((q) => q.textContent)).toEqual(['What actually happened?', 'What went well and what could have been done better?']);
    expect(within(screen.getByTestId('audience-timer')).getByText('15:00')).toBeInTheDocument();
    expect(screen.getByTestId('audience-progress')).toHaveAttribute('aria-valuetext', 'Step 2 of 4');
    expect(await screen.findByText('After Action Review')).toBeInTheDocument();
    const root = screen.getByTestId('audience-root');
    expect(root).not.toHaveTextContent('Only for the console');
    expect(root).not.toHaveTextContent('Parked point');
  });

  it('shows the current question large and the other questions of the step muted, following Down', async () => {
    const backend = running();
    render(AudienceApp);
    await screen.findByTestId('audience-step');
    const currentOf = () => screen.getAllByTestId('audience-question').map((q) => q.getAttribute('data-current'));
    expect(currentOf()).toEqual(['true', null]);
    expect(screen.getAllByTestId('audience-question')[0]).toHaveClass('current');
    expect(screen.getAllByTestId('audience-question')[1]).toHaveClass('other');
    expect(screen.getByTestId('audience-question-count')).toHaveTextContent('Question 1 of 2');
    await userEvent.setup().keyboard('{ArrowDown}');
    await waitFor(() => expect(currentOf()).toEqual([null, 'true']));
    expect(screen.getByTestId('audience-question-count')).toHaveTextContent('Question 2 of 2');
    expect(backend.live.view()?.state.question).toBe(1);
  });

  it('follows the console: a message banner, then a blank screen', async () => {
    const backend = running();
    render(AudienceApp);
    await screen.findByTestId('audience-step');
    backend.handlers.live_display({ sessionId: 's-1', display: { message: '5 minutes left', blank: false, show_plan: false } });
    expect(await screen.findByTestId('audience-message')).toHaveTextContent('5 minutes left');
    backend.handlers.live_display({ sessionId: 's-1', display: { message: null, blank: true, show_plan: false } });
    expect(await screen.findByTestId('audience-blank')).toBeInTheDocument();
    expect(screen.queryByTestId('audience-question')).not.toBeInTheDocument();
    expect(screen.queryByTestId('audience-timer')).not.toBeInTheDocument();
  });

  it('sends the live keys for the session it shows', async () => {
    const backend = running();
    render(AudienceApp);
    await screen.findByTestId('audience-step');
    const user = userEvent.setup();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(screen.getByTestId('audience-step')).toHaveTextContent('Why was there a difference?'));
    await user.keyboard(' ');
    await waitFor(() => expect(backend.live.view()?.state.status).toBe('paused'));
    const sent = backend.callsTo('live_command').map((c) => c.args);
    expect(sent).toEqual([
      { sessionId: 's-1', command: { type: 'Next' } },
      { sessionId: 's-1', command: { type: 'Pause' } },
    ]);
  });
});
