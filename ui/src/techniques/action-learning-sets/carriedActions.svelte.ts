// A learning set meeting's report-in: the actions still open from the set's earlier
// meetings, owned by its members, and each one marked done or dropped as its owner reports.
import { api, asIpcError, type IpcError } from '../../lib/api';
import type { Action } from '../../lib/bindings/Action';
import type { ActionStatus } from '../../lib/bindings/ActionStatus';
import { inputOf } from '../../state/sessionActions.svelte';
import { toasts } from '../../state/toasts.svelte';

export class CarriedActions {
  items = $state<Action[]>([]);
  loaded = $state(false);
  error = $state<IpcError | null>(null);

  async load(sessionId: string): Promise<void> {
    try {
      this.items = await api.seriesCarried(sessionId);
      this.error = null;
    } catch (failure) {
      this.error = asIpcError(failure);
    }
    this.loaded = true;
  }

  /** Changes an action's status; it stays in the list (marked) so a slip can be undone. */
  async setStatus(action: Action, status: ActionStatus): Promise<boolean> {
    try {
      const saved = await api.actionUpdate(action.id, { ...inputOf(action), status });
      this.items = this.items.map((item) => (item.id === saved.id ? saved : item));
      return true;
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
      return false;
    }
  }
}
