// The session form as the person edits it, and its conversions to and from what the Rust
// side sends and accepts; also where a validation error belongs on the form.
import type { IpcError } from './bindings/IpcError';
import type { Session } from './bindings/Session';
import type { SessionDraft } from './bindings/SessionDraft';
import type { SessionStatus } from './bindings/SessionStatus';
import type { TechniqueId } from './bindings/TechniqueId';
import { fromInputValue, toInputValue } from './dates';

export interface ParticipantRow {
  /** Only for the UI: keeps a row's inputs attached to it when rows above are removed. */
  key: number;
  name: string;
  organisation: string;
  role: string;
}

export interface SessionForm {
  technique: TechniqueId;
  title: string;
  /** As the datetime-local input holds it: "2026-11-25T14:00". */
  when: string;
  facilitator: string;
  location: string;
  purpose: string;
  status: SessionStatus;
  participants: ParticipantRow[];
}

export type FieldName = 'title' | 'when' | 'facilitator' | 'location' | 'purpose' | 'status' | 'participants';

export const STATUS_LABELS: Record<SessionStatus, string> = {
  planned: 'Planned',
  running: 'Running',
  finished: 'Finished',
};

export const STATUSES: readonly SessionStatus[] = ['planned', 'running', 'finished'];

let nextKey = 1;

export function newRow(name = '', organisation = '', role = ''): ParticipantRow {
  nextKey += 1;
  return { key: nextKey, name, organisation, role };
}

export function formFromDraft(draft: SessionDraft): SessionForm {
  return {
    technique: draft.technique,
    title: draft.title,
    when: toInputValue(draft.scheduled_at),
    facilitator: draft.facilitator,
    location: draft.location,
    purpose: draft.purpose,
    status: draft.status,
    participants: draft.participants.map((p) => newRow(p.name, p.organisation, p.role)),
  };
}

export function formFromSession(session: Session): SessionForm {
  return formFromDraft({
    ...session,
    participants: session.participants.map(({ name, organisation, role }) => ({ name, organisation, role })),
  });
}

/** Null when the date and time are not complete: the form says so before anything is sent. */
export function draftFromForm(form: SessionForm): SessionDraft | null {
  const scheduled_at = fromInputValue(form.when);
  if (scheduled_at === null) return null;
  return {
    technique: form.technique,
    title: form.title,
    scheduled_at,
    facilitator: form.facilitator,
    location: form.location,
    purpose: form.purpose,
    status: form.status,
    // Every row is sent, blank ones too, so that "participants.N" from Rust is row N here.
    participants: form.participants.map(({ name, organisation, role }) => ({ name, organisation, role })),
  };
}

function comparable(form: SessionForm): string {
  const rows = form.participants
    .map(({ name, organisation, role }) => [name.trim(), organisation.trim(), role.trim()])
    .filter((row) => row.some((cell) => cell !== ''));
  return JSON.stringify([
    form.technique,
    form.title.trim(),
    form.when,
    form.facilitator.trim(),
    form.location.trim(),
    form.purpose.trim(),
    form.status,
    rows,
  ]);
}

/** Whether two forms would store the same record (blank rows and outer spaces do not count). */
export function sameRecord(a: SessionForm, b: SessionForm): boolean {
  return comparable(a) === comparable(b);
}

export interface FormErrors {
  fields: Partial<Record<FieldName, string>>;
  rows: Record<number, string>;
}

/** Places a Rust validation error on its field, or a participant row by index. */
export function errorsFrom(error: IpcError | null): FormErrors {
  const errors: FormErrors = { fields: {}, rows: {} };
  if (!error || error.kind !== 'Invalid' || !error.field) return errors;
  const row = /^participants\.(\d+)$/.exec(error.field);
  if (row) {
    errors.rows[Number(row[1])] = error.message;
  } else if (['title', 'facilitator', 'location', 'purpose', 'participants', 'status', 'when'].includes(error.field)) {
    errors.fields[error.field as FieldName] = error.message;
  } else if (error.field === 'scheduled_at') {
    errors.fields.when = error.message;
  }
  return errors;
}

/** The id of the control an error summary link should move focus to. */
export function controlIdFor(field: string): string {
  const row = /^participants\.(\d+)$/.exec(field);
  if (row) return `participant-name-${row[1]}`;
  if (field === 'scheduled_at') return 'session-when';
  if (field === 'participants') return 'participants-heading';
  return `session-${field}`;
}
