// Whether there is a usable database, where it is, and starting one elsewhere when the
// current file is refused (newer app, not a database, unreadable).
import { open } from '@tauri-apps/plugin-dialog';
import { api, asIpcError, onNoDatabase, type IpcError } from '../lib/api';
import type { DatabaseStatus } from '../lib/bindings/DatabaseStatus';

class Database {
  status = $state<DatabaseStatus | null>(null);
  checking = $state(false);
  /** A failure of the check or the switch itself (not the database's own problem). */
  error = $state<IpcError | null>(null);
  switching = $state(false);

  problem = $derived(this.status?.problem ?? null);
  ready = $derived(this.status !== null && this.status.problem === null);

  constructor() {
    onNoDatabase(() => void this.check());
  }

  async check(): Promise<void> {
    this.checking = true;
    this.error = null;
    try {
      this.status = await api.databaseStatus();
    } catch (failure) {
      this.error = asIpcError(failure);
    } finally {
      this.checking = false;
    }
  }

  /** Asks for a folder and opens (or starts) the database there. False when cancelled or refused. */
  async chooseFolder(): Promise<boolean> {
    this.error = null;
    let folder: string | null;
    try {
      const picked = await open({ directory: true, multiple: false, title: 'Choose a folder for your Mobilise records' });
      folder = typeof picked === 'string' ? picked : null;
    } catch (failure) {
      this.error = asIpcError(failure);
      return false;
    }
    if (folder === null) return false;
    this.switching = true;
    try {
      this.status = await api.databaseUseFolder(folder);
      return this.status.problem === null;
    } catch (failure) {
      this.error = asIpcError(failure);
      return false;
    } finally {
      this.switching = false;
    }
  }
}

export const database = new Database();
