// Exporting a session's record: the Save dialog (starting at a suggested file name), the
// export while it runs, and "Open folder" once the file is written. A record with
// confidential steps may include their notes, when asked.
import { save } from '@tauri-apps/plugin-dialog';
import { revealItemInDir } from '@tauri-apps/plugin-opener';
import { api, asIpcError, type IpcError } from '../lib/api';
import type { ExportFormat } from '../lib/bindings/ExportFormat';
import { toasts } from './toasts.svelte';

export const FORMAT_LABELS: Record<ExportFormat, string> = { docx: 'Word (.docx)', pdf: 'PDF' };

export class SessionExport {
  /** The format being exported, while it runs. */
  running = $state<ExportFormat | null>(null);
  error = $state<IpcError | null>(null);
  /** The session's record keeps some steps' notes confidential. */
  hasConfidential = $state(false);
  #sessionId: string;

  constructor(sessionId: string) {
    this.#sessionId = sessionId;
  }

  /** Finds out whether the record has confidential steps (a session without a technique record has none). */
  async checkConfidential(): Promise<void> {
    try {
      this.hasConfidential = (await api.techniqueGet(this.#sessionId)).confidential;
    } catch {
      this.hasConfidential = false;
    }
  }

  /** Asks where to save, then exports there. Returns the file written, or null. */
  async export(format: ExportFormat, includeNames: boolean, includeConfidential = false): Promise<string | null> {
    this.error = null;
    let path: string | null;
    try {
      const suggested = await api.exportSuggestedPath(this.#sessionId, format);
      path = await save({
        title: `Export the record as ${FORMAT_LABELS[format]}`,
        defaultPath: suggested,
        filters: [{ name: FORMAT_LABELS[format], extensions: [format] }],
      });
    } catch (failure) {
      this.error = asIpcError(failure);
      return null;
    }
    if (!path) return null;
    if (!path.toLowerCase().endsWith(`.${format}`)) path = `${path}.${format}`;
    this.running = format;
    try {
      const done = await api.exportSession(this.#sessionId, format, path, includeNames, this.hasConfidential && includeConfidential);
      toasts.show(`Exported to ${fileName(done.path)}`, {
        action: { label: 'Open folder', run: () => revealItemInDir(done.path).catch(() => undefined), testid: 'export-open-folder' },
      });
      return done.path;
    } catch (failure) {
      this.error = asIpcError(failure);
      return null;
    } finally {
      this.running = null;
    }
  }
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
