// The console's picture of a guided technique's own record (a Before Action Review's
// plan, a Retrospect's marks, an Appreciative Inquiry's board, a Peer Assist's record,
// a learning set meeting): the overview as Rust last answered, and edits sent whole.
// An edit shows at once; if Rust refuses it, the record goes back to what Rust holds
// and the message says why, beside the field it names.
import { api, asIpcError, type IpcError } from '../lib/api';
import type { GuidedOverview } from '../lib/bindings/GuidedOverview';
import type { GuidedRecord } from '../lib/bindings/GuidedRecord';

export class GuidedConsole {
  overview = $state<GuidedOverview | null>(null);
  error = $state<IpcError | null>(null);
  busy = $state(false);
  readonly sessionId: string;
  /** Saves in flight wait their turn, so the last edit is the one that stays. */
  #queue: Promise<unknown> = Promise.resolve();
  /** How many saves have been asked for: only the latest one's answer replaces the record. */
  #edits = 0;

  constructor(sessionId: string) {
    this.sessionId = sessionId;
  }

  record = $derived(this.overview?.record ?? null);
  readonly = $derived(this.overview?.finished ?? false);

  async load(): Promise<void> {
    try {
      this.overview = await api.guidedGet(this.sessionId);
      this.error = null;
    } catch (failure) {
      this.error = asIpcError(failure);
    }
  }

  /** Saves the whole record; true when Rust kept it. */
  save(edited: GuidedRecord): Promise<boolean> {
    // A plain copy: panels may hand over their reactive state, which IPC cannot clone.
    const record = $state.snapshot(edited) as GuidedRecord;
    if (this.overview) this.overview = { ...this.overview, record };
    const edit = ++this.#edits;
    const run = async (): Promise<boolean> => {
      this.busy = true;
      try {
        const saved = await api.guidedSave(this.sessionId, record);
        // An earlier save's answer would undo the later edits on screen (two ticks in quick
        // succession, the second lost); the latest save's answer brings everything up to date.
        if (edit === this.#edits) this.overview = saved;
        this.error = null;
        return true;
      } catch (failure) {
        this.error = asIpcError(failure);
        await this.load().catch(() => undefined);
        // load() clears the error it did not meet; keep the refusal on screen.
        this.error = asIpcError(failure);
        return false;
      } finally {
        this.busy = false;
      }
    };
    const next = this.#queue.then(run, run);
    this.#queue = next;
    return next;
  }

  /** An Action Learning Set's bids plan the rounds after the Bidding step. */
  async planRounds(): Promise<boolean> {
    this.busy = true;
    try {
      this.overview = await api.learningSetPlanRounds(this.sessionId);
      this.error = null;
      return true;
    } catch (failure) {
      this.error = asIpcError(failure);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
