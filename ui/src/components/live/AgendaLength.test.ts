// The agenda-length chooser on the console before the start: a technique with variants
// offers its standard length and each variant's; choosing the one-day Appreciative Inquiry
// sends the technique's steps timed for a day, and the choice shown follows the agenda.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../lib/bindings/Agenda';
import type { LiveCommand } from '../../lib/bindings/LiveCommand';
import type { Session } from '../../lib/bindings/Session';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { FakeBackend } from '../../testing/fakeBackend';
import { catalogued, people, sessions, techniques } from '../../testing/fixtures';

const inquiry: Session = {
  ...(sessions[0] as Session),
  id: 's-ai',
  technique: 'appreciative-inquiry',
  title: 'What makes our discharges work',
  status: 'planned',
};

async function openConsole(id: string) {
  const backend = new FakeBackend({ techniques, sessions: [...sessions, inquiry], people });
  await library.load();
  router.reset({ name: 'run', id });
  render(RunScreen, { id });
  await screen.findByTestId('live-start');
  return { backend, user: userEvent.setup() };
}

const lengthsSent = (backend: FakeBackend): (string | null)[] =>
  backend
    .callsTo('live_command')
    .map((call) => (call.args as { command: LiveCommand }).command)
    .flatMap((command) => (command.type === 'UseLength' ? [command.variant] : []));

const agendaNow = (backend: FakeBackend): Agenda => backend.live.view()?.state.agenda ?? { steps: [] };

describe('the agenda-length chooser', () => {
  it('offers the standard length and the one-day variant, and sends the one-day minutes', async () => {
    const { backend, user } = await openConsole('s-ai');
    const chooser = within(screen.getByTestId('agenda-length'));
    const options = chooser.getAllByTestId('agenda-length-option');
    expect(options.map((o) => o.closest('label')?.textContent?.trim())).toEqual(['Standard (2 hrs)', 'One-day Appreciative Inquiry (1 day)']);
    expect(options[0]).toBeChecked();

    await user.click(options[1] as HTMLElement);
    await waitFor(() => expect(lengthsSent(backend)).toEqual(['one-day']));
    const agenda = agendaNow(backend);
    expect(agenda.steps.map((s) => [s.id, s.title, s.planned_secs / 60])).toEqual([
      [1, 'Definition', 45],
      [2, 'Discovery', 105],
      [3, 'Dream', 105],
      [4, 'Design', 90],
      [5, 'Delivery', 75],
    ]);
    expect(agenda.steps[1]?.questions).toEqual(['What has worked well before and why?']);
    expect(agenda.steps[1]?.prompts).toEqual(catalogued('appreciative-inquiry').steps[1]?.prompts);
    await waitFor(() => expect(chooser.getAllByTestId('agenda-length-option')[1]).toBeChecked());
    expect(screen.getByTestId('agenda-length')).toHaveTextContent('7 hrs in all.');

    await user.click(chooser.getAllByTestId('agenda-length-option')[0] as HTMLElement);
    await waitFor(() => expect(lengthsSent(backend)).toEqual(['one-day', null]));
    expect(agendaNow(backend).steps.map((s) => s.planned_secs / 60)).toEqual([15, 30, 30, 25, 20]);
  });

  it('keeps its arrow keys from moving the agenda on', async () => {
    const { backend, user } = await openConsole('s-ai');
    (screen.getAllByTestId('agenda-length-option')[0] as HTMLElement).focus();
    await user.keyboard('{ArrowDown}');
    const sent = backend.callsTo('live_command').map((call) => (call.args as { command: LiveCommand }).command.type);
    expect(sent.filter((type) => type !== 'UseLength')).toEqual([]);
  });

  it('goes once the session starts', async () => {
    const { user } = await openConsole('s-ai');
    expect(screen.getByTestId('agenda-length')).toBeInTheDocument();
    await user.click(screen.getByTestId('live-start'));
    await screen.findByTestId('live-pause');
    expect(screen.queryByTestId('agenda-length')).not.toBeInTheDocument();
  });

  it('reads a retimed agenda as changed by hand', async () => {
    const { backend } = await openConsole('s-ai');
    backend.handlers.live_command({ sessionId: 's-ai', command: { type: 'RetimeStep', id: 1, secs: 600 } });
    await waitFor(() => expect(screen.getByTestId('agenda-length')).toHaveTextContent('changed by hand'));
    for (const option of screen.getAllByTestId('agenda-length-option')) expect(option).not.toBeChecked();
  });

  it('is not offered for a technique without variants', async () => {
    await openConsole('s-1');
    expect(screen.queryByTestId('agenda-length')).not.toBeInTheDocument();
  });
});
