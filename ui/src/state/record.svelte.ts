// The console's picture of a technique's own record, whichever technique it is: the view
// as Rust last answered, and edits sent whole or as the technique's own changes. An edit
// shows at once; if Rust refuses it, the record goes back to what Rust holds and the
// message says why, beside the field it names.
import { api, asIpcError, type IpcError } from '../lib/api';
import type { OwnChange } from '../lib/bindings/OwnChange';
import type { LiveHandlers } from '../lib/liveShortcuts';
import type { TechniqueRecord } from '../lib/bindings/TechniqueRecord';
import type { TechniqueView } from '../lib/bindings/TechniqueView';

export class RecordConsole {
  view = $state<TechniqueView | null>(null);
  error = $state<IpcError | null>(null);
  busy = $state(false);
  readonly sessionId: string;
  /** The live keys the technique's panel lends the console while it is shown (chairs to select and seat). */
  keys = $state<(() => LiveHandlers) | null>(null);
  /** Saves in flight wait their turn, so the last edit is the one that stays. */
  #queue: Promise<unknown> = Promise.resolve();
  /** How many saves have been asked for: only the latest one's answer replaces the record. */
  #edits = 0;

  constructor(sessionId: string) {
    this.sessionId = sessionId;
  }

  record = $derived(this.view?.record ?? null);
  /** The rules' reading of the record (risk scores, the median mark, the bidding order...). */
  overview = $derived(this.view?.overview ?? null);
  readonly = $derived(this.view?.finished ?? false);

  async load(): Promise<void> {
    try {
      this.view = await api.techniqueGet(this.sessionId);
      this.error = null;
    } catch (failure) {
      this.error = asIpcError(failure);
    }
  }

  /** Saves the whole record; true when Rust kept it. */
  save(edited: TechniqueRecord): Promise<boolean> {
    // A plain copy: panels may hand over their reactive state, which IPC cannot clone.
    const record = $state.snapshot(edited) as TechniqueRecord;
    if (this.view) this.view = { ...this.view, record };
    const edit = ++this.#edits;
    const run = async (): Promise<boolean> => {
      this.busy = true;
      try {
        const saved = await api.techniqueChange(this.sessionId, { kind: 'save', record });
        // An earlier save's answer would undo the later edits on screen (two ticks in quick
        // succession, the second lost); the latest save's answer brings everything up to date.
        if (edit === this.#edits) this.view = saved;
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

  /** One of the technique's own changes (bids that plan the rounds to come); true when Rust made it. */
  async change(change: OwnChange): Promise<boolean> {
    this.busy = true;
    try {
      this.view = await api.techniqueChange(this.sessionId, { kind: 'own', change });
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
