// A follow-up session's review of the actions still open from the session it follows:
// each is marked done or dropped there, or carried into this session (added here, then
// dropped there), before the new session starts.
import { api, asIpcError } from '../lib/api';
import type { Action } from '../lib/bindings/Action';
import type { ActionStatus } from '../lib/bindings/ActionStatus';
import { inputOf, type SessionActions } from './sessionActions.svelte';
import { toasts } from './toasts.svelte';

export class FollowUpReview {
  /** The open actions of the earlier session still to review. */
  items = $state<Action[]>([]);
  earlierTitle = $state('');
  loaded = $state(false);
  dismissed = $state(false);
  /** Whether there was anything to review when it opened. */
  hadItems = $state(false);
  busy = $state(false);

  visible = $derived(this.loaded && this.hadItems && !this.dismissed);

  /** Reads the earlier session's title and open actions; an earlier session that has
   *  gone (in the bin, or deleted) leaves nothing to review. */
  async load(earlierId: string): Promise<void> {
    try {
      const [earlier, open] = await Promise.all([api.sessionGet(earlierId), api.actionsOpenOf(earlierId)]);
      this.earlierTitle = earlier.title;
      this.items = open;
      this.hadItems = open.length > 0;
    } catch {
      this.items = [];
      this.hadItems = false;
    }
    this.loaded = true;
  }

  #done(action: Action): void {
    this.items = this.items.filter((item) => item.id !== action.id);
  }

  /** Marks an earlier action done or dropped where it was agreed. */
  async mark(action: Action, status: Exclude<ActionStatus, 'open'>): Promise<void> {
    this.busy = true;
    try {
      await api.actionUpdate(action.id, { ...inputOf(action), status });
      this.#done(action);
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
    } finally {
      this.busy = false;
    }
  }

  /** Adds the action to this session (same what, owner and due date), then drops the old one. */
  async carry(action: Action, into: SessionActions): Promise<void> {
    this.busy = true;
    try {
      const error = await into.add({ ...inputOf(action), step_id: null, status: 'open' });
      if (error) {
        toasts.show(error.message, { tone: 'error' });
        return;
      }
      await api.actionUpdate(action.id, { ...inputOf(action), status: 'dropped' });
      this.#done(action);
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
    } finally {
      this.busy = false;
    }
  }

  dismiss(): void {
    this.dismissed = true;
  }
}
