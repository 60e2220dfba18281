// The console's picture of a Knowledge Café: its set-up, guests and seating plan as Rust
// last answered, and the changes the facilitator makes. Every change comes back as the
// whole café, planned again where it needed to be.
import { api, asIpcError, type IpcError } from '../../lib/api';
import type { CafeGuest } from '../../lib/bindings/CafeGuest';
import type { CafeOverview } from '../../lib/bindings/CafeOverview';
import type { CafeSetup } from '../../lib/bindings/CafeSetup';
import type { ParticipantInput } from '../../lib/bindings/ParticipantInput';
import { toasts } from '../../state/toasts.svelte';

export class CafeConsole {
  overview = $state<CafeOverview | null>(null);
  error = $state<IpcError | null>(null);
  /** A change is being planned: the buttons that plan wait for it. */
  busy = $state(false);
  #sessionId: string;

  constructor(sessionId: string) {
    this.#sessionId = sessionId;
  }

  cafe = $derived(this.overview?.cafe ?? null);
  plan = $derived(this.overview?.cafe.plan ?? null);
  rounds = $derived(this.overview?.cafe.setup.rounds ?? 0);

  async load(): Promise<void> {
    try {
      this.overview = await api.cafeGet(this.#sessionId);
      this.error = null;
    } catch (failure) {
      this.error = asIpcError(failure);
    }
  }

  guest(personId: string): CafeGuest | null {
    return this.cafe?.guests.find((g) => g.person_id === personId) ?? null;
  }

  /** Runs a change; a refusal is shown as Rust worded it (and returned for a form). */
  async #run(change: () => Promise<CafeOverview>, done?: string | ((overview: CafeOverview) => string)): Promise<IpcError | null> {
    this.busy = true;
    try {
      const overview = await change();
      this.overview = overview;
      if (done) toasts.show(typeof done === 'string' ? done : done(overview));
      return null;
    } catch (failure) {
      const error = asIpcError(failure);
      toasts.show(error.message, { tone: 'error' });
      return error;
    } finally {
      this.busy = false;
    }
  }

  saveSetup(setup: CafeSetup): Promise<IpcError | null> {
    return this.#run(() => api.cafeSetup(this.#sessionId, setup), 'Café set-up saved and seating planned');
  }

  reshuffle(): Promise<IpcError | null> {
    return this.#run(() => api.cafeReshuffle(this.#sessionId), 'A new seating plan is ready');
  }

  setAbsent(guest: CafeGuest, absent: boolean): Promise<IpcError | null> {
    const done = absent ? `${guest.name} marked absent: later rounds re-planned` : `${guest.name} is back: later rounds re-planned`;
    return this.#run(() => api.cafeSetAbsent(this.#sessionId, guest.person_id, absent), done);
  }

  addGuests(people: ParticipantInput[]): Promise<IpcError | null> {
    const who = people.length === 1 ? (people[0]?.name ?? 'Someone') : `${people.length} people`;
    return this.#run(
      () => api.cafeAddGuests(this.#sessionId, people),
      (overview) => (overview.saved ? `${who} added and seated` : `${who} added`),
    );
  }

  setHost(guest: CafeGuest, table: number | null): Promise<IpcError | null> {
    return this.#run(() => api.cafeSetHost(this.#sessionId, guest.person_id, table));
  }

  keepApart(first: string, second: string, apart: boolean): Promise<IpcError | null> {
    return this.#run(() => api.cafeKeepApart(this.#sessionId, first, second, apart));
  }

  async tableNote(round: number, table: number, text: string): Promise<IpcError | null> {
    try {
      this.overview = await api.cafeTableNote(this.#sessionId, round, table, text);
      return null;
    } catch (failure) {
      const error = asIpcError(failure);
      toasts.show(`The table's notes were not saved: ${error.message}`, { tone: 'error' });
      return error;
    }
  }
}

/** Takes part in `round` (counting from 0): joined by then, not yet gone. */
export function attends(guest: CafeGuest, round: number): boolean {
  return round >= guest.joined_round && (guest.absent_from === null || round < guest.absent_from);
}
