// Exporting from the console: the format and names chosen, the Save dialog answered (or
// cancelled), the export run with the chosen file, a refusal shown in the dialog, and a
// learning set meeting's confidential rounds left out unless included.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Session } from '../lib/bindings/Session';
import { toasts } from '../state/toasts.svelte';
import { FakeBackend } from '../testing/fakeBackend';
import { transcriptOf } from '../testing/replay';
import recorded from '../testing/transcripts/learning-set-console.json';
import sessionForm from '../testing/transcripts/session-form.json';
import ExportMenu from './ExportMenu.svelte';

/** The export menu of the After Action Review the app recorded (transcripts/session-form.json). */
function setUp(savedPath: string | null) {
  const backend = new FakeBackend({ savedPath });
  sessionId = backend.replay(transcriptOf(sessionForm), 'a stored session moved to the bin').first<Session>('session_get').id;
  render(ExportMenu, { sessionId });
  return { backend, user: userEvent.setup() };
}
let sessionId = '';

describe('the export menu', () => {
  it('exports a PDF without names to the file chosen in the Save dialog', async () => {
    const { backend, user } = setUp('/home/facilitator/Documents/review');
    await user.click(screen.getByTestId('export-open'));
    const dialog = await screen.findByTestId('export-dialog');
    await user.click(within(dialog).getByTestId('export-format-pdf'));
    await user.click(within(dialog).getByTestId('export-names'));
    await user.click(within(dialog).getByTestId('export-run'));
    await waitFor(() => expect(screen.queryByTestId('export-dialog')).not.toBeInTheDocument());
    expect(backend.callsTo('export_suggested_path')[0]?.args).toEqual({ sessionId, format: 'pdf' });
    expect(backend.callsTo('export_session')[0]?.args).toEqual({
      sessionId,
      format: 'pdf',
      path: '/home/facilitator/Documents/review.pdf',
      includeNames: false,
      includeConfidential: false,
    });
    expect(toasts.items.at(-1)?.message).toBe('Exported to review.pdf');
    expect(toasts.items.at(-1)?.action?.label).toBe('Open folder');
  });

  it('does nothing when the Save dialog is cancelled', async () => {
    const { backend, user } = setUp(null);
    await user.click(screen.getByTestId('export-open'));
    await user.click(within(await screen.findByTestId('export-dialog')).getByTestId('export-run'));
    await waitFor(() => expect(backend.callsTo('plugin:dialog|save' as never)).toHaveLength(1));
    expect(backend.callsTo('export_session')).toHaveLength(0);
    expect(screen.getByTestId('export-dialog')).toBeInTheDocument();
  });

  it('says why an export failed, and keeps the dialog open to try elsewhere', async () => {
    const { backend, user } = setUp('/mnt/readonly/review.docx');
    backend.failures.export_session = { kind: 'ReadOnly', message: 'Mobilise may not save files in /mnt/readonly. Choose another folder, such as Documents.', field: null };
    await user.click(screen.getByTestId('export-open'));
    await user.click(within(await screen.findByTestId('export-dialog')).getByTestId('export-run'));
    expect(await screen.findByText(/may not save files in \/mnt\/readonly/)).toBeInTheDocument();
    expect(screen.getByTestId('export-dialog')).toBeInTheDocument();
  });
});

describe('exporting a learning set meeting', () => {
  /** A meeting the app recorded (transcripts/learning-set-console.json), one of its rounds confidential or none. */
  function meetingBackend(confidential: boolean) {
    const backend = new FakeBackend({ savedPath: '/home/facilitator/Documents/set.docx' });
    const played = backend.replay(transcriptOf(recorded), confidential ? 'exported with a round confidential' : 'exported with nothing confidential');
    render(ExportMenu, { sessionId: played.first<Session>('session_get').id });
    return { backend, user: userEvent.setup() };
  }

  const exported = (backend: FakeBackend) => backend.callsTo('export_session')[0]?.args as { includeConfidential: boolean } | undefined;

  it('offers to include the notes of confidential rounds, off unless ticked, and passes the choice on', async () => {
    const { backend, user } = meetingBackend(true);
    await user.click(screen.getByTestId('export-open'));
    const dialog = await screen.findByTestId('export-dialog');
    const box = await within(dialog).findByTestId('export-include-confidential');
    expect(box).not.toBeChecked();
    expect(within(dialog).getByText('Include confidential notes')).toBeInTheDocument();
    expect(box).toHaveAccessibleDescription(/Their notes are left out unless you include them/);
    await user.click(box);
    await user.click(within(dialog).getByTestId('export-run'));
    await waitFor(() => expect(exported(backend)?.includeConfidential).toBe(true));
  });

  it('leaves confidential notes out when the box is not ticked', async () => {
    const { backend, user } = meetingBackend(true);
    await user.click(screen.getByTestId('export-open'));
    const dialog = await screen.findByTestId('export-dialog');
    await within(dialog).findByTestId('export-include-confidential');
    await user.click(within(dialog).getByTestId('export-run'));
    await waitFor(() => expect(exported(backend)?.includeConfidential).toBe(false));
  });

  it('does not offer the choice when no round is confidential', async () => {
    const { backend, user } = meetingBackend(false);
    await user.click(screen.getByTestId('export-open'));
    const dialog = await screen.findByTestId('export-dialog');
    await waitFor(() => expect(backend.callsTo('technique_get')).toHaveLength(1));
    expect(within(dialog).queryByTestId('export-include-confidential')).not.toBeInTheDocument();
    await user.click(within(dialog).getByTestId('export-run'));
    await waitFor(() => expect(exported(backend)?.includeConfidential).toBe(false));
  });
});
