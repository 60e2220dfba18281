// The series a technique runs as (recurring groups, programmes over weeks): each with its
// members and its meetings, created, renamed or re-membered, deleted (their meetings
// stay), and the next meeting planned from one. Refusals come back to the form so they
// sit beside their field.
import { api, asIpcError, type IpcError } from '../lib/api';
import type { SeriesInput } from '../lib/bindings/SeriesInput';
import type { SeriesOverview } from '../lib/bindings/SeriesOverview';
import type { Session } from '../lib/bindings/Session';
import type { TechniqueId } from '../lib/bindings/TechniqueId';
import { toasts } from './toasts.svelte';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: IpcError };

const byName = (a: SeriesOverview, b: SeriesOverview) => a.series.name.localeCompare(b.series.name);

export class SeriesList {
  items = $state<SeriesOverview[]>([]);
  loaded = $state(false);
  error = $state<IpcError | null>(null);
  readonly technique: TechniqueId;

  constructor(technique: TechniqueId) {
    this.technique = technique;
  }

  find(id: string | null): SeriesOverview | null {
    return id === null ? null : (this.items.find((item) => item.series.id === id) ?? null);
  }

  async load(): Promise<void> {
    try {
      this.items = await api.seriesList(this.technique);
      this.error = null;
    } catch (failure) {
      this.error = asIpcError(failure);
    }
    this.loaded = true;
  }

  async create(input: SeriesInput): Promise<Outcome<SeriesOverview>> {
    try {
      const created = await api.seriesCreate(this.technique, input);
      this.items = [...this.items, created].sort(byName);
      return { ok: true, value: created };
    } catch (failure) {
      return { ok: false, error: asIpcError(failure) };
    }
  }

  async update(id: string, input: SeriesInput): Promise<IpcError | null> {
    try {
      const saved = await api.seriesUpdate(this.technique, id, input);
      this.items = this.items.map((item) => (item.series.id === id ? saved : item)).sort(byName);
      return null;
    } catch (failure) {
      return asIpcError(failure);
    }
  }

  async remove(overview: SeriesOverview): Promise<boolean> {
    try {
      await api.seriesDelete(this.technique, overview.series.id);
    } catch (failure) {
      toasts.show(asIpcError(failure).message, { tone: 'error' });
      return false;
    }
    this.items = this.items.filter((item) => item.series.id !== overview.series.id);
    toasts.show(`${overview.series.name} deleted; its meetings are kept`);
    return true;
  }

  /** Plans the series' next meeting at a local "YYYY-MM-DDTHH:MM:00". */
  async nextMeeting(id: string, scheduledAt: string): Promise<Outcome<Session>> {
    try {
      return { ok: true, value: await api.seriesNextMeeting(this.technique, id, scheduledAt) };
    } catch (failure) {
      return { ok: false, error: asIpcError(failure) };
    }
  }
}
