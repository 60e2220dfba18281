// The whole window: the start-up check of the database, the problem screen and its way
// out, navigation, and the guard against losing unsaved edits.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import App from './App.svelte';
import { FakeBackend } from './testing/fakeBackend';
import { transcriptOf } from './testing/replay';
import recorded from './testing/transcripts/app-window.json';

/** The window answered as the app recorded `scenario` (transcripts/app-window.json). */
function recordedApp(scenario: string) {
  new FakeBackend().replay(transcriptOf(recorded), scenario);
  render(App);
}

const refused = {
  folder: '/home/facilitator/.local/share/mobilise',
  file: '/home/facilitator/.local/share/mobilise/mobilise.sqlite3',
  problem: {
    kind: 'NewerSchema' as const,
    message: 'This database was made by a newer version of Mobilise. Update Mobilise to open it.',
    field: null,
  },
};

/** What the app reports once it has made a new database in the folder picked. */
const opened = { folder: '/media/usb/Mobilise', file: '/media/usb/Mobilise/mobilise.sqlite3', problem: null };

describe('starting the app', () => {
  it('opens on the library with the navigation and the database file in the footer', async () => {
    new FakeBackend();
    render(App);
    expect(await screen.findByRole('heading', { level: 1, name: 'Techniques' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByTestId('nav-library')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('database-file')).toHaveTextContent('/home/facilitator/Mobilise/mobilise.sqlite3');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
  });

  it('shows the database problem instead of the app, and continues once a new folder is chosen', async () => {
    const backend = new FakeBackend({ status: refused, pickedFolder: '/media/usb/Mobilise', chosenStatus: opened });
    render(App);
    const problem = await screen.findByTestId('database-problem');
    expect(problem).toHaveTextContent('This database was made by a newer version of Mobilise.');
    expect(problem).toHaveTextContent('/home/facilitator/.local/share/mobilise/mobilise.sqlite3');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Start a new database elsewhere…' }));
    expect(backend.callsTo('database_use_folder')).toEqual([
      { command: 'database_use_folder', args: { folder: '/media/usb/Mobilise' } },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Techniques' })).toBeInTheDocument();
    expect(screen.queryByTestId('database-problem')).not.toBeInTheDocument();
  });

  it('stays on the problem screen when the folder picker is cancelled', async () => {
    const backend = new FakeBackend({ status: refused, pickedFolder: null });
    render(App);
    await userEvent.click(await screen.findByRole('button', { name: 'Start a new database elsewhere…' }));
    expect(backend.callsTo('database_use_folder')).toEqual([]);
    expect(screen.getByTestId('database-problem')).toBeInTheDocument();
  });
});

describe('moving around', () => {
  it('goes to each section from the navigation and back with Alt+Left', async () => {
    const user = userEvent.setup();
    recordedApp('moving around');
    await screen.findAllByTestId('technique-card');
    await user.click(screen.getByTestId('nav-sessions'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sessions' });
    await screen.findAllByTestId('session-row');
    expect(heading).toHaveFocus();
    await user.click(screen.getByTestId('nav-people'));
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument();
  });

  it('from a technique to a saved session, the way the facilitator works', async () => {
    const user = userEvent.setup();
    recordedApp("a technique's new session saved and listed");
    await user.click(await screen.findByRole('link', { name: /After Action Review/ }));
    await user.click(await screen.findByTestId('start-session'));
    await user.type(await screen.findByLabelText('Facilitator'), 'Priya Shah');
    await user.click(screen.getByTestId('save-session'));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    await user.click(screen.getByTestId('nav-sessions'));
    const rows = await screen.findAllByTestId('session-row');
    expect(rows.some((row) => row.textContent?.includes('After Action Review'))).toBe(true);
  });

  it('warns before unsaved edits are lost, and keeps them on "Keep editing"', async () => {
    const user = userEvent.setup();
    recordedApp('a stored session edited');
    await user.click(await screen.findByTestId('nav-sessions'));
    await user.click((await screen.findAllByTestId('open-session'))[0] as HTMLElement);
    const location = await screen.findByLabelText('Location');
    await user.type(location, ', first floor');
    await user.click(screen.getByTestId('nav-people'));

    const dialog = screen.getByRole('alertdialog', { name: 'Leave without saving?' });
    expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Location')).toHaveValue('Seminar room 2, first floor');

    await user.click(screen.getByTestId('nav-people'));
    await user.click(screen.getByTestId('discard-changes'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'People' });
    await vi.waitFor(() => expect(heading).toHaveFocus());
  });
});
