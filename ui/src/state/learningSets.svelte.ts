// The learning sets: each recurring group with its members and its series of meetings,
// created, renamed or re-membered, deleted (their meetings stay), and the next meeting
// planned from a set. Refusals come back to the form so they sit beside their field.
import { api, asIpcError, type IpcError } from '../lib/api';
import type { LearningSetInput } from '../lib/bindings/LearningSetInput';
import type { LearningSetOverview } from '../lib/bindings/LearningSetOverview';
import type { Session } from '../lib/bindings/Session';
import { toasts } from './toasts.svelte';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export class LearningSets {
  items = $state<LearningSetOverview[]>([]);
  loaded = $state(false);
  error = $state<IpcError | null>(null);

  find(id: string | null): LearningSetOverview | null {
    return id === null ? null : (this.items.find((item) => item.set.id === id) ?? null);
  }

  async load(): Promise<void> {
    try {
      this.items = await api.learningSetsList();
      this.error = null;
    } catch (failure) {
      this.error = asIpcError(failure);
    }
    this.loaded = true;
  }

  async create(input: LearningSetInput): Promise<Outcome<LearningSetOverview>> {
    try {
      const created = await api.learningSetCreate(input);
      this.items = [...this.items, created].sort((a, b) => a.set.name.localeCompare(b.set.name));
      return { ok: true, value: created };
    } catch (failure) {
      return { ok: false, error: asIpcError(failure) };
    }
  }

  async update(id: string, input: LearningSetInput): Promise<IpcError | null> {
    try {
      const saved = await api.learningSetUpdate(id, input);
      this.items = this.items.map((item) => (item.set.id === id ? saved : item)).sort((a, b) => a.set.name.localeCompare(b.set.name));
      return null;
    } catch (failure) {
      return asIpcError(failure);
    }
  }

  async remove(set: LearningSetOverview): Promise<boolean> {
    try {
      await api.learningSetDelete(set.set.id);
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
      return false;
    }
    this.items = this.items.filter((item) => item.set.id !== set.set.id);
    toasts.show(`${set.set.name} deleted; its meetings are kept`);
    return true;
  }

  /** Plans the set's next meeting at a local "YYYY-MM-DDTHH:MM:00". */
  async nextMeeting(setId: string, scheduledAt: string): Promise<Outcome<Session>> {
    try {
      return { ok: true, value: await api.learningSetNextMeeting(setId, scheduledAt) };
    } catch (failure) {
      return { ok: false, error: asIpcError(failure) };
    }
  }
}
