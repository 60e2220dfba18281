// The sessions list and the bin: its filters, its rows, and the moves between them
// (delete with undo, restore, duplicate, empty the bin).
import { api, asIpcError, type IpcError } from '../lib/api';
import type { Session } from '../lib/bindings/Session';
import type { SessionStatus } from '../lib/bindings/SessionStatus';
import type { SessionSummary } from '../lib/bindings/SessionSummary';
import type { TechniqueId } from '../lib/bindings/TechniqueId';
import { toasts } from './toasts.svelte';

class Sessions {
  technique = $state<TechniqueId | null>(null);
  status = $state<SessionStatus | null>(null);
  text = $state('');
  bin = $state(false);

  items = $state<SessionSummary[]>([]);
  loading = $state(false);
  /** True once a list has arrived for the current view, so an empty list means empty. */
  loaded = $state(false);
  error = $state<IpcError | null>(null);

  filtering = $derived(this.technique !== null || this.status !== null || this.text.trim() !== '');

  #request = 0;

  async refresh(): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    this.error = null;
    try {
      const items = await api.sessionList({
        technique: this.bin ? null : this.technique,
        status: this.bin ? null : this.status,
        text: this.bin ? '' : this.text.trim(),
        deleted: this.bin,
      });
      // A slower, older answer must not replace a newer one.
      if (request !== this.#request) return;
      this.items = items;
      this.loaded = true;
    } catch (failure) {
      if (request !== this.#request) return;
      this.error = asIpcError(failure);
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  showBin(bin: boolean): void {
    if (this.bin === bin) return;
    this.bin = bin;
    this.loaded = false;
    this.items = [];
    void this.refresh();
  }

  clearFilters(): void {
    this.technique = null;
    this.status = null;
    this.text = '';
  }

  /** Moves a session to the bin and offers to undo it. */
  async remove(id: string): Promise<boolean> {
    try {
      await api.sessionDelete(id);
    } catch (failure) {
      this.#fail(failure);
      return false;
    }
    this.items = this.items.filter((item) => item.id !== id);
    toasts.show('Session moved to the bin', {
      action: { label: 'Undo', testid: 'undo', run: async () => void (await this.restore(id, 'Session restored')) },
    });
    void this.refresh();
    return true;
  }

  async restore(id: string, message = 'Session restored from the bin'): Promise<Session | null> {
    try {
      const session = await api.sessionRestore(id);
      toasts.show(message);
      await this.refresh();
      return session;
    } catch (failure) {
      this.#fail(failure);
      return null;
    }
  }

  async duplicate(id: string): Promise<Session | null> {
    try {
      const copy = await api.sessionDuplicate(id);
      toasts.show('Follow-up session made: change its date and details, then save');
      void this.refresh();
      return copy;
    } catch (failure) {
      this.#fail(failure);
      return null;
    }
  }

  async emptyBin(): Promise<void> {
    try {
      const count = await api.sessionEmptyBin();
      toasts.show(count === 1 ? '1 session deleted for good' : `${count} sessions deleted for good`);
      await this.refresh();
    } catch (failure) {
      this.#fail(failure);
    }
  }

  #fail(failure: unknown): void {
    const error = asIpcError(failure);
    toasts.show(error.message, { tone: 'error' });
  }

  /** Forgets everything: for tests. */
  reset(): void {
    this.clearFilters();
    this.bin = false;
    this.items = [];
    this.loaded = false;
    this.loading = false;
    this.error = null;
  }
}

export const sessions = new Sessions();
