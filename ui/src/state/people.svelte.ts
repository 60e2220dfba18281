// The people list: search, and the personal-data edits (rename, change organisation,
// delete everywhere).
import { api, asIpcError, type IpcError } from '../lib/api';
import type { Person } from '../lib/bindings/Person';
import type { PersonInput } from '../lib/bindings/PersonInput';
import { toasts } from './toasts.svelte';

class People {
  text = $state('');
  items = $state<Person[]>([]);
  loading = $state(false);
  loaded = $state(false);
  error = $state<IpcError | null>(null);
  #request = 0;

  async refresh(): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    this.error = null;
    try {
      const items = await api.peopleList(this.text.trim());
      if (request !== this.#request) return;
      this.items = items;
      this.loaded = true;
    } catch (failure) {
      if (request === this.#request) this.error = asIpcError(failure);
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  /** Saves an edit; the error comes back to the dialog so it can sit beside its field. */
  async update(id: string, input: PersonInput): Promise<IpcError | null> {
    try {
      const person = await api.personUpdate(id, input);
      this.items = this.items.map((item) => (item.id === id ? person : item));
      toasts.show(`${person.name} updated`);
      return null;
    } catch (failure) {
      return asIpcError(failure);
    }
  }

  async remove(person: Person): Promise<boolean> {
    try {
      await api.personDelete(person.id);
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
      return false;
    }
    this.items = this.items.filter((item) => item.id !== person.id);
    toasts.show(`${person.name} deleted from Mobilise`);
    return true;
  }

  reset(): void {
    this.text = '';
    this.items = [];
    this.loaded = false;
    this.loading = false;
    this.error = null;
  }
}

export const people = new People();
