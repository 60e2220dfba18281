// The actions agreed in one session: listed, added from the console, and changed in place
// (most often their status).
import { api, asIpcError, type IpcError } from '../lib/api';
import type { Action } from '../lib/bindings/Action';
import type { ActionInput } from '../lib/bindings/ActionInput';
import type { ActionStatus } from '../lib/bindings/ActionStatus';
import { toasts } from './toasts.svelte';

export function inputOf(action: Action): ActionInput {
  return {
    step_id: action.step_id,
    what: action.what,
    owner: action.owner,
    owner_person_id: action.owner_person_id,
    due_on: action.due_on,
    status: action.status,
  };
}

export class SessionActions {
  items = $state<Action[]>([]);
  loaded = $state(false);
  #sessionId = '';

  async load(sessionId: string): Promise<void> {
    this.#sessionId = sessionId;
    try {
      this.items = await api.actionsOfSession(sessionId);
    } catch (failure) {
      toasts.show(`The actions could not be loaded: ${asIpcError(failure).message}`, { tone: 'error' });
    }
    this.loaded = true;
  }

  /** Adds an action; the error comes back to the form so it can sit beside its field. */
  async add(input: ActionInput): Promise<IpcError | null> {
    try {
      const action = await api.actionAdd(this.#sessionId, input);
      this.items = [...this.items, action];
      return null;
    } catch (failure) {
      return asIpcError(failure);
    }
  }

  async setStatus(action: Action, status: ActionStatus): Promise<void> {
    try {
      const saved = await api.actionUpdate(action.id, { ...inputOf(action), status });
      this.items = this.items.map((item) => (item.id === saved.id ? saved : item));
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
    }
  }

  async remove(action: Action): Promise<void> {
    try {
      await api.actionDelete(action.id);
      this.items = this.items.filter((item) => item.id !== action.id);
      toasts.show('Action deleted');
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
    }
  }
}
