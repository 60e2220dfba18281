// The console's Warnings control: shows the times in use, refuses a choice that breaks a
// rule with Rust's words beside the field, and a good choice recolours the timer at once.
// The replies are the app's (transcripts/warning-settings.json): an After Action Review
// whose 10-minute first step has just started.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LiveView } from '../../lib/bindings/LiveView';
import { LiveSession } from '../../state/liveSession.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/warning-settings.json';
import WarningSettings from './WarningSettings.svelte';

const transcript = transcriptOf(recorded);

async function setUp(scenario = 'started') {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const sessionId = played.first<LiveView>('live_open').session_id;
  const live = new LiveSession(sessionId);
  await live.open(sessionId);
  await live.send({ type: 'Start' });
  render(WarningSettings, { live });
  return { backend, played, live, user: userEvent.setup() };
}

describe('the Warnings control', () => {
  it('shows the default times until changed', async () => {
    await setUp();
    expect(screen.getByTestId('warning-summary')).toHaveTextContent('Amber 2 min, red 30 s before the end');
  });

  it('puts a refusal beside the field it is about and stores nothing', async () => {
    const { played, live, user } = await setUp('red too close to the end');
    await user.click(screen.getByTestId('warning-edit'));
    expect(screen.getByLabelText('Amber: minutes before the end')).toHaveValue('2');
    expect(screen.getByLabelText('Red: seconds before the end')).toHaveValue('30');
    await user.clear(screen.getByTestId('warning-red'));
    await user.type(screen.getByTestId('warning-red'), '3');
    await user.click(screen.getByTestId('warning-save'));
    expect(await screen.findByText('Red needs at least 5 seconds before the end of a step.')).toBeInTheDocument();
    expect(screen.getByTestId('warning-red')).toHaveAttribute('aria-invalid', 'true');
    expect(played.unplayed()).toEqual([]);
    expect(live.view?.thresholds).toEqual({ amber_secs: 120, red_secs: 30 });

    await user.clear(screen.getByTestId('warning-amber'));
    await user.type(screen.getByTestId('warning-amber'), 'soon');
    await user.click(screen.getByTestId('warning-save'));
    expect(screen.getByText('Enter the minutes before the end when amber starts.')).toBeInTheDocument();
  });

  it('saves new times, which recolour the running timer', async () => {
    const { backend, live, user } = await setUp('new times saved');
    expect(live.warning).toBe('normal');
    await user.click(screen.getByTestId('warning-edit'));
    await user.clear(screen.getByTestId('warning-amber'));
    await user.type(screen.getByTestId('warning-amber'), '15');
    await user.clear(screen.getByTestId('warning-red'));
    await user.type(screen.getByTestId('warning-red'), '45');
    await user.click(screen.getByTestId('warning-save'));
    await waitFor(() => expect(screen.getByTestId('warning-summary')).toHaveTextContent('Amber 15 min, red 45 s before the end'));
    expect(backend.callsTo('live_set_thresholds').map((c) => c.args)).toEqual([{ thresholds: { amber_secs: 900, red_secs: 45 } }]);
    expect(live.warning).toBe('amber');
  });
});
