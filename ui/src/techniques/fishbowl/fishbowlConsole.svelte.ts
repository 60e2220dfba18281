// The console's picture of a Fishbowl: the overview as Rust last answered (through the
// session's record console), the chair the facilitator has selected, the dialogs a join
// may need (the person picker, who leaves), and the changes sent to Rust. Every change
// comes back as the whole overview; talk time keeps counting locally from it while the
// session's clock runs.
import { untrack } from 'svelte';
import type { IpcError } from '../../lib/api';
import type { FishbowlChange } from '../../lib/bindings/FishbowlChange';
import type { FishbowlSetup } from '../../lib/bindings/FishbowlSetup';
import type { Participant } from '../../lib/bindings/Participant';
import type { LiveHandlers } from '../../lib/liveShortcuts';
import type { RecordConsole } from '../../state/record.svelte';
import { toasts } from '../../state/toasts.svelte';
import { chairFromKey } from './keys';
import { chairName, seatTarget, talkNow, turnNow } from './fishbowl';

export interface FishbowlOptions {
  /** A clock (milliseconds, performance.now() style) that is redrawn while the console is open. */
  clock?: () => number;
  /** The session's participants, for names. */
  people?: () => readonly Participant[];
}

export class FishbowlConsole {
  /** The session's record, through which the fishbowl is read and changed. */
  readonly keeper: RecordConsole;
  /** The chair the number keys selected (counting from 0). */
  selected = $state<number | null>(null);
  /** The person picker is open to seat someone in this chair. */
  picking = $state<number | null>(null);
  /** Someone is taking the last free chair of an open fishbowl: who leaves? */
  joining = $state<{ person: string; chair: number } | null>(null);
  /** What just changed, read out by the panel's live region. */
  announcement = $state('');
  #clock: () => number = () => performance.now();
  readonly #people: () => readonly Participant[];

  constructor(keeper: RecordConsole, options: FishbowlOptions = {}) {
    this.keeper = keeper;
    if (options.clock) this.#clock = options.clock;
    this.#people = options.people ?? (() => []);
  }

  // Read through functions: the keeper is given to the constructor, after these fields.
  overview = $derived.by(() => {
    const overview = this.keeper.overview;
    return overview?.technique === 'fishbowl' ? overview.overview : null;
  });
  /** Why the fishbowl could not be read; a refused change is only a message. */
  error = $derived.by<IpcError | null>(() => (this.overview === null ? this.keeper.error : null));
  busy = $derived.by(() => this.keeper.busy);
  /** When the overview arrived, on the clock below: read once for each answer from Rust. */
  receivedAt = $derived.by(() => {
    void this.overview;
    return untrack(() => this.#clock());
  });
  spare = $derived(this.overview?.spare_chair ?? null);
  chairs = $derived(this.overview?.state.chairs ?? []);
  /** Milliseconds since the overview arrived: what the speaker has said since. */
  sinceMs = $derived(this.overview?.clock_running ? Math.max(0, this.#clock() - this.receivedAt) : 0);
  turnMs = $derived(this.overview ? turnNow(this.overview, this.sinceMs) : null);
  holderName = $derived(this.overview?.state.holder ? this.nameOf(this.overview.state.holder) : null);

  nameOf(id: string): string {
    return this.#people().find((p) => p.person_id === id)?.name ?? 'Someone no longer listed';
  }

  talkMs(person: string): number {
    return this.overview ? talkNow(this.overview, person, this.sinceMs) : 0;
  }

  /** Talk since they last joined the inner circle, as Rust worked it out, and counting. */
  stayTalkMs(person: string): number {
    const overview = this.overview;
    const stay = overview?.this_sitting.find((s) => s.person === person);
    if (!overview || !stay) return 0;
    return stay.talk_ms + (overview.state.holder === person ? this.sinceMs : 0);
  }

  #keepSelection(): void {
    const count = this.overview?.state.chairs.length ?? 0;
    if (this.selected !== null && this.selected >= count) this.selected = null;
  }

  load(): Promise<void> {
    return this.keeper.load().then(() => this.#keepSelection());
  }

  /** Saves the set-up; a refusal comes back so it can sit by its field. */
  async saveSetup(setup: FishbowlSetup): Promise<IpcError | null> {
    const saved = await this.keeper.save({ technique: 'fishbowl', record: { setup } });
    if (!saved) return this.keeper.error;
    this.#keepSelection();
    toasts.show('Fishbowl set-up saved');
    return null;
  }

  /** Sends a change; a refusal is shown as Rust worded it. Returns whether it was done. */
  async change(change: FishbowlChange, said?: string): Promise<boolean> {
    const done = await this.keeper.change({ technique: 'fishbowl', change });
    if (!done) {
      toasts.show(this.keeper.error?.message ?? 'The fishbowl could not be changed.', { tone: 'error' });
      return false;
    }
    this.#keepSelection();
    if (said) this.announcement = said;
    return true;
  }

  chairLabel(chair: number): string {
    return chairName(chair, this.spare);
  }

  select(chair: number): void {
    if (chair >= this.chairs.length) {
      toasts.show(`There is no chair ${chair + 1} in this fishbowl.`, { tone: 'error' });
      return;
    }
    this.selected = chair;
    const sitter = this.chairs[chair];
    this.announcement = `${this.chairLabel(chair)} selected: ${sitter ? this.nameOf(sitter) : 'empty'}`;
  }

  /** The selected chair's sitter, or a prompt saying what to do first. */
  #selectedSitter(): string | null {
    const sitter = this.selected === null ? null : (this.chairs[this.selected] ?? null);
    if (!sitter) toasts.show('Select a chair with someone in it first: press its number.', { tone: 'error' });
    return sitter;
  }

  pass(to: string | null): Promise<boolean> {
    return this.change({ type: 'Pass', to }, to ? `${this.nameOf(to)} has the fish` : 'The fish is down: nobody has the floor');
  }

  leave(person: string): Promise<boolean> {
    return this.change({ type: 'Leave', person }, `${this.nameOf(person)} left the inner circle`);
  }

  /** Seats someone; in open mode, taking the last free chair first asks who leaves. */
  async seat(person: string, chair: number): Promise<boolean> {
    // Rust says which chairs a join from the outer circle must name a leaver for; someone
    // moving chairs frees their own.
    const overview = this.overview;
    if (overview && !overview.state.chairs.includes(person) && overview.leaver_needed_to_join[chair] === true) {
      this.joining = { person, chair };
      return false;
    }
    return this.change({ type: 'Seat', person, chair, leaver: null }, `${this.nameOf(person)} sat in ${this.chairLabel(chair).toLowerCase()}`);
  }

  /** The join the dialog asked about, with the leaver chosen there. */
  async confirmJoin(leaver: string): Promise<boolean> {
    const join = this.joining;
    if (!join) return false;
    this.joining = null;
    const said = `${this.nameOf(join.person)} joined in ${this.chairLabel(join.chair).toLowerCase()}; ${this.nameOf(leaver)} left`;
    return this.change({ type: 'Seat', person: join.person, chair: join.chair, leaver }, said);
  }

  /** Where someone from the outer circle would sit: the selected chair, else the first free. */
  target = $derived(seatTarget(this.chairs, this.selected));

  openPicker(): void {
    const chair = this.target;
    if (chair === null) toasts.show('Every chair is taken: select the chair to give to someone (press its number).', { tone: 'error' });
    else this.picking = chair;
  }

  addPoint(text: string, speaker: string | null): Promise<boolean> {
    return this.change({ type: 'AddPoint', id: crypto.randomUUID(), text, speaker }, 'Key point added');
  }

  editPoint(id: string, text: string, speaker: string | null): Promise<boolean> {
    return this.change({ type: 'EditPoint', id, text, speaker }, 'Key point changed');
  }

  removePoint(id: string): Promise<boolean> {
    return this.change({ type: 'RemovePoint', id }, 'Key point removed');
  }

  /** The fishbowl's live keys (see liveShortcuts.ts), while it can still change. */
  keys(): LiveHandlers {
    if (!this.overview?.saved || this.overview.finished) return {};
    return {
      'select-chair': (event) => {
        const chair = chairFromKey(event);
        if (chair !== null) this.select(chair);
      },
      'pass-fish': () => {
        const sitter = this.#selectedSitter();
        if (sitter) void this.pass(sitter);
      },
      'drop-fish': () => void this.pass(null),
      'leave-chair': () => {
        const sitter = this.#selectedSitter();
        if (sitter) void this.leave(sitter);
      },
      'seat-person': () => this.openPicker(),
    };
  }
}
