// The console's picture of a Knowledge Café: its set-up, guests and seating plan as Rust
// last answered (through the session's record console), and the changes the facilitator
// makes. Every change comes back as the whole café, planned again where it needed to be.
import type { IpcError } from '../../lib/api';
import type { CafeChange } from '../../lib/bindings/CafeChange';
import type { CafeGuest } from '../../lib/bindings/CafeGuest';
import type { CafeOverview } from '../../lib/bindings/CafeOverview';
import type { CafeSetup } from '../../lib/bindings/CafeSetup';
import type { ParticipantInput } from '../../lib/bindings/ParticipantInput';
import type { RecordConsole } from '../../state/record.svelte';
import { toasts } from '../../state/toasts.svelte';

export class CafeConsole {
  /** The session's record, through which the café is read and changed. */
  readonly keeper: RecordConsole;

  constructor(keeper: RecordConsole) {
    this.keeper = keeper;
  }

  // Read through functions: the keeper is given to the constructor, after these fields.
  overview = $derived.by<CafeOverview | null>(() => {
    const overview = this.keeper.overview;
    return overview?.technique === 'knowledge-cafe' ? overview.overview : null;
  });
  /** Why the café could not be read; a refused change is only a message. */
  error = $derived.by<IpcError | null>(() => (this.overview === null ? this.keeper.error : null));
  /** A change is being planned: the buttons that plan wait for it. */
  busy = $derived.by(() => this.keeper.busy);
  cafe = $derived(this.overview?.cafe ?? null);
  plan = $derived(this.overview?.cafe.plan ?? null);
  rounds = $derived(this.overview?.cafe.setup.rounds ?? 0);

  load(): Promise<void> {
    return this.keeper.load();
  }

  guest(personId: string): CafeGuest | null {
    return this.cafe?.guests.find((g) => g.person_id === personId) ?? null;
  }

  /** Sends a change; a refusal is shown as Rust worded it (and returned for a form). */
  async #run(change: CafeChange, done?: string | ((overview: CafeOverview) => string), failed = (message: string) => message): Promise<IpcError | null> {
    if (!(await this.keeper.change({ technique: 'knowledge-cafe', change }))) {
      const error = this.keeper.error ?? { kind: 'Invalid', message: 'The café could not be changed. Try again.', field: null };
      toasts.show(failed(error.message), { tone: 'error' });
      return error;
    }
    const overview = this.overview;
    if (done && overview) toasts.show(typeof done === 'string' ? done : done(overview));
    return null;
  }

  saveSetup(setup: CafeSetup): Promise<IpcError | null> {
    return this.#run({ kind: 'setup', setup }, 'Café set-up saved and seating planned');
  }

  reshuffle(): Promise<IpcError | null> {
    return this.#run({ kind: 'reshuffle' }, 'A new seating plan is ready');
  }

  setAbsent(guest: CafeGuest, absent: boolean): Promise<IpcError | null> {
    const done = absent ? `${guest.name} marked absent: later rounds re-planned` : `${guest.name} is back: later rounds re-planned`;
    return this.#run({ kind: 'set-absent', person: guest.person_id, absent }, done);
  }

  addGuests(people: ParticipantInput[]): Promise<IpcError | null> {
    const who = people.length === 1 ? (people[0]?.name ?? 'Someone') : `${people.length} people`;
    return this.#run({ kind: 'add-guests', people }, (overview) => (overview.saved ? `${who} added and seated` : `${who} added`));
  }

  setHost(guest: CafeGuest, table: number | null): Promise<IpcError | null> {
    return this.#run({ kind: 'set-host', person: guest.person_id, table });
  }

  keepApart(first: string, second: string, apart: boolean): Promise<IpcError | null> {
    return this.#run({ kind: 'keep-apart', first, second, apart });
  }

  tableNote(round: number, table: number, text: string): Promise<IpcError | null> {
    return this.#run({ kind: 'table-note', round, table, text }, undefined, (message) => `The table's notes were not saved: ${message}`);
  }
}
