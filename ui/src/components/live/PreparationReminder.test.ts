// "Before you start": the framework's preparation for the technique while the session
// waits to start, gone once it starts; an After Action Review's timing said plainly.
// The console's replies are the app's (transcripts/run-console.json).
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../lib/bindings/Session';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { catalogued } from '../../testing/fixtures';
import { Replay, transcriptOf } from '../../testing/replay';
import runConsole from '../../testing/transcripts/run-console.json';
import PreparationReminder from './PreparationReminder.svelte';

/** The After Action Review the app recorded, planned for 25 Nov 2026. */
const review = new Replay(transcriptOf(runConsole), 'started').first<Session>('session_get');
const AAR_ITEMS = catalogued('after-action-review').preparation;

async function withLibrary() {
  const backend = new FakeBackend();
  await library.load();
  return backend;
}

describe('the preparation reminder', () => {
  it("lists an After Action Review's preparation on the console until the session starts", async () => {
    const backend = new FakeBackend();
    const { id } = backend.replay(transcriptOf(runConsole), 'started').first<Session>('session_get');
    await library.load();
    router.reset({ name: 'run', id });
    render(RunScreen, { id });
    const card = await screen.findByTestId('preparation-reminder');
    expect(card).toHaveTextContent('Before you start');
    expect(screen.getAllByTestId('preparation-item').map((item) => item.textContent)).toEqual(AAR_ITEMS);

    await userEvent.setup().click(screen.getByTestId('live-start'));
    await screen.findByTestId('live-pause');
    await waitFor(() => expect(screen.queryByTestId('preparation-reminder')).not.toBeInTheDocument());
  });

  it('says plainly when an After Action Review runs days after the event', async () => {
    await withLibrary();
    render(PreparationReminder, { session: review, now: new Date(2026, 10, 28, 9, 0) });
    expect(screen.getByTestId('preparation-timing')).toHaveTextContent(
      "Planned for 25 Nov 2026, 3 days ago. This review is best run straight after the event, while it is fresh in everyone's mind.",
    );
  });

  it('only says when it was planned when it runs on time', async () => {
    await withLibrary();
    render(PreparationReminder, { session: review, now: new Date(2026, 10, 26, 9, 0) });
    expect(screen.getByTestId('preparation-timing')).toHaveTextContent('Planned for 25 Nov 2026: run it straight after the event.');
    expect(screen.getByTestId('preparation-timing')).not.toHaveClass('late');
  });

  it('shows nothing for a technique with no preparation', async () => {
    await withLibrary();
    const inquiry = { ...review, technique: 'appreciative-inquiry' as const };
    render(PreparationReminder, { session: inquiry });
    expect(screen.queryByTestId('preparation-reminder')).not.toBeInTheDocument();
  });

  it('gives no timing line for other techniques', async () => {
    await withLibrary();
    render(PreparationReminder, { session: { ...review, technique: 'peer-assist' } });
    expect(screen.getAllByTestId('preparation-item').map((item) => item.textContent)).toEqual(catalogued('peer-assist').preparation);
    expect(screen.queryByTestId('preparation-timing')).not.toBeInTheDocument();
  });
});
