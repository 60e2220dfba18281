// The agenda-length chooser on the console before the start: a technique with variants
// offers its standard length and each variant's; choosing the one-day Appreciative Inquiry
// sends the technique's steps timed for a day, and the choice shown follows the agenda.
// The replies are the app's (transcripts/agenda-length.json); an After Action Review,
// which has no variants, is run-console.json's.
import { emit } from '@tauri-apps/api/event';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LiveCommand } from '../../lib/bindings/LiveCommand';
import type { LiveView } from '../../lib/bindings/LiveView';
import type { Session } from '../../lib/bindings/Session';
import { formatLength } from '../../lib/liveClock';
import { EVENT_VIEW } from '../../lib/liveEvents';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { transcriptOf, type Transcript } from '../../testing/replay';
import lengths from '../../testing/transcripts/agenda-length.json';
import runConsole from '../../testing/transcripts/run-console.json';

async function openConsole(scenario: string, transcript: Transcript = transcriptOf(lengths)) {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const { id } = played.first<Session>('session_get');
  await library.load();
  router.reset({ name: 'run', id });
  render(RunScreen, { id });
  await screen.findByTestId('live-start');
  return { backend, played, user: userEvent.setup() };
}

const lengthsSent = (backend: FakeBackend): (string | null)[] =>
  backend
    .callsTo('live_command')
    .map((call) => (call.args as { command: LiveCommand }).command)
    .flatMap((command) => (command.type === 'UseLength' ? [command.variant] : []));

/** Each step of the console's agenda as its title and planned length. */
const agendaShown = () =>
  screen.getAllByTestId('agenda-step').map((row) => [row.querySelector('.title')?.textContent, row.querySelector('.time')?.textContent]);
const minutes = (titles: string[], mins: number[]) => titles.map((title, i) => [title, formatLength(mins[i]! * 60)]);
const STEPS = ['Definition', 'Discovery', 'Dream', 'Design', 'Delivery'];

describe('the agenda-length chooser', () => {
  it('offers the standard length and the one-day variant, and sends the one-day minutes', async () => {
    const { backend, played, user } = await openConsole('the one-day length, then the standard one');
    const chooser = within(screen.getByTestId('agenda-length'));
    const options = chooser.getAllByTestId('agenda-length-option');
    expect(options.map((o) => o.closest('label')?.textContent?.trim())).toEqual(['Standard (2 hrs)', 'One-day Appreciative Inquiry (1 day)']);
    expect(options[0]).toBeChecked();
    expect(agendaShown()).toEqual(minutes(STEPS, [15, 30, 30, 25, 20]));

    await user.click(options[1] as HTMLElement);
    await waitFor(() => expect(lengthsSent(backend)).toEqual(['one-day']));
    await waitFor(() => expect(agendaShown()).toEqual(minutes(STEPS, [45, 105, 105, 90, 75])));
    await waitFor(() => expect(chooser.getAllByTestId('agenda-length-option')[1]).toBeChecked());
    expect(screen.getByTestId('agenda-length')).toHaveTextContent('7 hrs in all.');

    await user.click(chooser.getAllByTestId('agenda-length-option')[0] as HTMLElement);
    await waitFor(() => expect(lengthsSent(backend)).toEqual(['one-day', null]));
    await waitFor(() => expect(agendaShown()).toEqual(minutes(STEPS, [15, 30, 30, 25, 20])));
    expect(played.unplayed()).toEqual([]);
  });

  it('keeps its arrow keys from moving the agenda on', async () => {
    const { backend, user } = await openConsole('the one-day length, then the standard one');
    (screen.getAllByTestId('agenda-length-option')[0] as HTMLElement).focus();
    await user.keyboard('{ArrowDown}');
    const sent = backend.callsTo('live_command').map((call) => (call.args as { command: LiveCommand }).command.type);
    expect(sent.filter((type) => type !== 'UseLength')).toEqual([]);
  });

  it('goes once the session starts', async () => {
    const { user } = await openConsole('started');
    expect(screen.getByTestId('agenda-length')).toBeInTheDocument();
    await user.click(screen.getByTestId('live-start'));
    await screen.findByTestId('live-pause');
    expect(screen.queryByTestId('agenda-length')).not.toBeInTheDocument();
  });

  it('reads a retimed agenda as changed by hand', async () => {
    const { played } = await openConsole('retimed by another window');
    await emit(EVENT_VIEW, played.reply<LiveView>('retimed'));
    await waitFor(() => expect(screen.getByTestId('agenda-length')).toHaveTextContent('changed by hand'));
    for (const option of screen.getAllByTestId('agenda-length-option')) expect(option).not.toBeChecked();
  });

  it('is not offered for a technique without variants', async () => {
    await openConsole('opened', transcriptOf(runConsole));
    expect(screen.queryByTestId('agenda-length')).not.toBeInTheDocument();
  });
});
