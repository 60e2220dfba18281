// One session being viewed and edited: the saved record, the form, whether they differ,
// and saving (create on first save, update after), with Rust's validation errors placed.
import { api, asIpcError, type IpcError } from '../lib/api';
import type { Session } from '../lib/bindings/Session';
import type { SessionDraft } from '../lib/bindings/SessionDraft';
import {
  draftFromForm,
  errorsFrom,
  formFromDraft,
  formFromSession,
  sameRecord,
  type FormErrors,
  type SessionForm,
} from '../lib/sessionForm';

export type SaveState = 'unsaved-new' | 'saved' | 'changed' | 'saving' | 'failed';

export const SAVE_STATE_TEXT: Record<SaveState, string> = {
  'unsaved-new': 'Not saved yet',
  saved: 'Saved',
  changed: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved',
};

export class SessionEditor {
  /** The stored session's id; null until a new one is first saved. */
  id = $state<string | null>(null);
  saved = $state<Session | null>(null);
  form = $state<SessionForm | null>(null);
  #baseline = $state<SessionForm | null>(null);

  loading = $state(false);
  loadError = $state<IpcError | null>(null);
  saving = $state(false);
  saveError = $state<IpcError | null>(null);
  /** Checked here, not in Rust: an incomplete date cannot even be sent. */
  whenError = $state<string | null>(null);

  changed = $derived(this.form !== null && this.#baseline !== null && !sameRecord(this.form, this.#baseline));
  /** Whether leaving would lose anything: edits, or a new session never saved. */
  unsaved = $derived(this.form !== null && (this.changed || this.id === null));

  errors = $derived.by((): FormErrors => {
    const placed = errorsFrom(this.saveError);
    if (this.whenError) placed.fields.when = this.whenError;
    return placed;
  });

  /** A failure that belongs to no field (disk full, read-only, …). */
  generalError = $derived(
    this.saveError && !(this.saveError.kind === 'Invalid' && this.saveError.field) ? this.saveError : null,
  );

  saveState = $derived.by((): SaveState => {
    if (this.saving) return 'saving';
    if (this.saveError || this.whenError) return 'failed';
    if (this.changed) return 'changed';
    return this.id === null ? 'unsaved-new' : 'saved';
  });

  start(draft: SessionDraft): void {
    this.id = null;
    this.saved = null;
    this.form = formFromDraft(draft);
    this.#baseline = formFromDraft(draft);
    this.#clearErrors();
    this.loadError = null;
  }

  async open(id: string): Promise<void> {
    this.id = id;
    this.loading = true;
    this.loadError = null;
    this.#clearErrors();
    try {
      const session = await api.sessionGet(id);
      if (this.id !== id) return;
      this.#adopt(session);
    } catch (failure) {
      if (this.id === id) this.loadError = asIpcError(failure);
    } finally {
      if (this.id === id) this.loading = false;
    }
  }

  /** Saves the form. Returns the stored session, or null with the errors in place. */
  async save(): Promise<Session | null> {
    const form = this.form;
    if (!form || this.saving) return null;
    this.#clearErrors();
    const draft = draftFromForm(form);
    if (!draft) {
      this.whenError = 'Enter the date and time of the session, for example 25/11/2026 14:00.';
      return null;
    }
    const submitted = $state.snapshot(form);
    this.saving = true;
    try {
      const session = this.id === null ? await api.sessionCreate(draft) : await api.sessionUpdate(this.id, draft);
      // Typing that happened while the save was on its way is kept, not overwritten.
      const typedSince = this.form !== null && !sameRecord(this.form, submitted);
      this.#adopt(session, typedSince);
      return session;
    } catch (failure) {
      this.saveError = asIpcError(failure);
      return null;
    } finally {
      this.saving = false;
    }
  }

  #adopt(session: Session, keepForm = false): void {
    this.id = session.id;
    this.saved = session;
    this.#baseline = formFromSession(session);
    if (!keepForm) this.form = formFromSession(session);
  }

  #clearErrors(): void {
    this.saveError = null;
    this.whenError = null;
  }
}
