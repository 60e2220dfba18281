// The actions of every session, for the Actions page: its filters (kept while the person
// moves around), the rows Rust sorts (open first, overdue first among them), and marking
// an action done or dropped from the list.
import { api, asIpcError, type IpcError } from '../lib/api';
import type { ActionRow } from '../lib/bindings/ActionRow';
import type { ActionStatus } from '../lib/bindings/ActionStatus';
import { inputOf } from './sessionActions.svelte';
import { toasts } from './toasts.svelte';

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

class ActionsList {
  owner = $state('');
  text = $state('');
  status = $state<ActionStatus | null>(null);
  rows = $state<ActionRow[]>([]);
  loaded = $state(false);
  error = $state<IpcError | null>(null);
  #request = 0;

  filtering = $derived(this.owner.trim() !== '' || this.text.trim() !== '' || this.status !== null);

  async refresh(): Promise<void> {
    const request = ++this.#request;
    this.error = null;
    try {
      const rows = await api.actionsList({ status: this.status, owner: this.owner.trim(), text: this.text.trim() });
      if (request !== this.#request) return;
      this.rows = rows;
      this.loaded = true;
    } catch (failure) {
      if (request === this.#request) this.error = asIpcError(failure);
    }
  }

  async setStatus(row: ActionRow, status: ActionStatus): Promise<void> {
    try {
      await api.actionUpdate(row.action.id, { ...inputOf(row.action), status });
      toasts.show(`“${row.action.what}” marked ${ACTION_STATUS_LABELS[status].toLowerCase()}`);
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
      return;
    }
    await this.refresh();
  }

  clearFilters(): void {
    this.owner = '';
    this.text = '';
    this.status = null;
  }

  /** Forgets everything: for tests. */
  reset(): void {
    this.clearFilters();
    this.rows = [];
    this.loaded = false;
    this.error = null;
  }
}

export const actionsList = new ActionsList();

/** The status a select's value names (open when it names none). */
export function asActionStatus(value: string): ActionStatus {
  return value === 'done' || value === 'dropped' ? value : 'open';
}
