// The session form <-> draft conversions and where validation errors land.
import { describe, expect, it } from 'vitest';
import type { SessionDraft } from './bindings/SessionDraft';
import { controlIdFor, draftFromForm, errorsFrom, formFromDraft, formFromSession, newRow, sameRecord } from './sessionForm';
import { Replay, transcriptOf } from '../testing/replay';
import recorded from '../testing/transcripts/session-form.json';
import type { Session } from './bindings/Session';

const draft: SessionDraft = {
  technique: 'after-action-review',
  title: 'After Action Review',
  scheduled_at: '2026-11-25T14:00:00',
  facilitator: '',
  location: '',
  purpose: '',
  status: 'planned',
  participants: [],
};

describe('the session form', () => {
  it('round-trips a draft, giving the date-time input minutes and Rust seconds', () => {
    const form = formFromDraft(draft);
    expect(form.when).toBe('2026-11-25T14:00');
    expect(draftFromForm(form)).toEqual(draft);
  });

  it('sends blank participant rows so Rust row numbers match the rows on screen', () => {
    const form = formFromDraft(draft);
    form.participants = [newRow(), newRow('', 'Pharmacy')];
    expect(draftFromForm(form)?.participants).toHaveLength(2);
  });

  it('sends nothing when the date and time are incomplete', () => {
    const form = formFromDraft(draft);
    form.when = '';
    expect(draftFromForm(form)).toBeNull();
  });

  it('fills participants with their organisation and role from a stored session', () => {
    const session = new Replay(transcriptOf(recorded), 'a stored session moved to the bin').first<Session>('session_get');
    const form = formFromSession(session);
    expect(form.participants.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Priya Shah', 'Ward 7', 'facilitator'],
      ['Tom Okafor', 'Pharmacy', ''],
    ]);
  });

  it('sees a blank row or trailing spaces as no change, and a new name as a change', () => {
    const saved = formFromDraft(draft);
    const edited = formFromDraft(draft);
    edited.participants.push(newRow());
    edited.title = 'After Action Review  ';
    expect(sameRecord(saved, edited)).toBe(true);
    const first = edited.participants[0];
    if (first) first.name = 'Priya Shah';
    expect(sameRecord(saved, edited)).toBe(false);
  });
});

describe('validation errors from Rust', () => {
  it('puts a field error beside its field', () => {
    const errors = errorsFrom({ kind: 'Invalid', message: 'Give the session a title.', field: 'title' });
    expect(errors.fields.title).toBe('Give the session a title.');
  });

  it('puts a participant error on its row', () => {
    const errors = errorsFrom({ kind: 'Invalid', message: 'Jo is listed twice.', field: 'participants.2' });
    expect(errors.rows[2]).toBe('Jo is listed twice.');
    expect(controlIdFor('participants.2')).toBe('participant-name-2');
  });

  it('places nothing for errors that are not about a field', () => {
    const errors = errorsFrom({ kind: 'DiskFull', message: 'The disk is full.', field: null });
    expect(errors).toEqual({ fields: {}, rows: {} });
  });
});
