// The thirteen techniques, loaded once, and the library's filters, kept while the person
// moves around so coming back to the library shows what they left.
import { api, asIpcError, type IpcError } from '../lib/api';
import type { Technique } from '../lib/bindings/Technique';
import type { TechniqueId } from '../lib/bindings/TechniqueId';
import { filterTechniques, groupByPhase } from '../lib/techniques';

class Library {
  techniques = $state<Technique[]>([]);
  loading = $state(false);
  loaded = $state(false);
  error = $state<IpcError | null>(null);

  text = $state('');
  minutes = $state<number | null>(null);

  filtered = $derived(filterTechniques(this.techniques, { text: this.text, minutes: this.minutes }));
  groups = $derived(groupByPhase(this.filtered));
  filtering = $derived(this.text.trim() !== '' || this.minutes !== null);

  async load(): Promise<void> {
    if (this.loaded || this.loading) return;
    this.loading = true;
    this.error = null;
    try {
      this.techniques = await api.libraryTechniques();
      this.loaded = true;
    } catch (failure) {
      this.error = asIpcError(failure);
    } finally {
      this.loading = false;
    }
  }

  byId(id: TechniqueId): Technique | undefined {
    return this.techniques.find((technique) => technique.id === id);
  }

  nameOf(id: TechniqueId): string {
    return this.byId(id)?.name ?? id;
  }

  resetFilters(): void {
    this.text = '';
    this.minutes = null;
  }

  /** Forgets everything: for tests. */
  reset(): void {
    this.techniques = [];
    this.loaded = false;
    this.loading = false;
    this.error = null;
    this.resetFilters();
  }
}

export const library = new Library();
