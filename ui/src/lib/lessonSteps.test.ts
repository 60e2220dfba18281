// Which steps yield lessons and in which part, which techniques review them at the close,
// and a lesson drafted from a note.
import { describe, expect, it } from 'vitest';
import type { Note } from './bindings/Note';
import {
  firstLine,
  lessonFromNote,
  lessonPartOf,
  looksBackAt,
  looksForRelatedLessons,
  reviewsLessonsAtClose,
  stepLabelOf,
  tagsFromText,
} from './lessonSteps';
import { catalogued } from '../testing/fixtures';

const note = (text: string, step_id = 4): Note => ({
  id: 'n-1',
  session_id: 's-1',
  kind: 'note',
  step_id,
  question: 0,
  position: 0,
  text,
  created_at: '2026-11-25T14:00:00Z',
  updated_at: '2026-11-25T14:00:00Z',
});

describe('the steps that yield lessons', () => {
  // The parts come from Rust's catalogue (recorded for the tests), read by step key.
  it('reads the part from the step Rust says yields lessons', () => {
    expect(lessonPartOf(catalogued('after-action-review'), 'learning')).toBe('learning');
    expect(lessonPartOf(catalogued('retrospect'), 'successes')).toBe('what_happened');
    expect(lessonPartOf(catalogued('retrospect'), 'disappointments')).toBe('what_happened');
    expect(lessonPartOf(catalogued('peer-assist'), 'reflect')).toBe('learning');
  });

  it('gives no part to other steps, other techniques, no step, or a technique not loaded', () => {
    for (const key of ['supposed', 'actual', 'difference', 'coffee']) expect(lessonPartOf(catalogued('after-action-review'), key)).toBeNull();
    expect(lessonPartOf(catalogued('retrospect'), 'marks')).toBeNull();
    expect(lessonPartOf(catalogued('peer-assist'), 'feedback')).toBeNull();
    expect(lessonPartOf(catalogued('knowledge-cafe'), 'plenary')).toBeNull();
    expect(lessonPartOf(catalogued('before-action-review'), 'related-lessons')).toBeNull();
    expect(lessonPartOf(catalogued('after-action-review'), null)).toBeNull();
    expect(lessonPartOf(undefined, 'learning')).toBeNull();
  });

  it('reviews the lessons at the close of the techniques with a step that yields them', () => {
    expect(reviewsLessonsAtClose(catalogued('after-action-review'))).toBe(true);
    expect(reviewsLessonsAtClose(catalogued('retrospect'))).toBe(true);
    expect(reviewsLessonsAtClose(catalogued('peer-assist'))).toBe(true);
    expect(reviewsLessonsAtClose(catalogued('knowledge-cafe'))).toBe(false);
    expect(reviewsLessonsAtClose(catalogued('before-action-review'))).toBe(false);
    expect(reviewsLessonsAtClose(undefined)).toBe(false);
  });

  it('looks for related lessons where the catalogue marks a step that looks back, and open only at it', () => {
    const bar = catalogued('before-action-review');
    expect(looksForRelatedLessons(bar)).toBe(true);
    expect(looksForRelatedLessons(catalogued('after-action-review'))).toBe(false);
    expect(looksForRelatedLessons(undefined)).toBe(false);
    expect(looksBackAt(bar, 'related-lessons')).toBe(true);
    expect(looksBackAt(bar, 'intent')).toBe(false);
    expect(looksBackAt(bar, null)).toBe(false);
  });
});

describe('a lesson drafted from a note', () => {
  it('takes the first line with words as the title, cut at 200 characters', () => {
    expect(firstLine('\n  Night staff need training  \nBecause nobody booked it')).toBe('Night staff need training');
    const long = 'ż'.repeat(250);
    expect(Array.from(firstLine(long))).toHaveLength(200);
    expect(firstLine('')).toBe('');
  });

  it('puts the whole note in the part the step fills, with its session and step', () => {
    expect(lessonFromNote(note('Night staff need training\nBook them early'), 'learning', '2026-11-25')).toEqual({
      title: 'Night staff need training',
      what_happened: '',
      cause: '',
      learning: 'Night staff need training\nBook them early',
      recommendation: '',
      tags: [],
      session_id: 's-1',
      step_id: 4,
      learned_on: '2026-11-25',
    });
    expect(lessonFromNote(note('The rota worked', 2), 'what_happened', '2026-11-25')).toMatchObject({
      what_happened: 'The rota worked',
      learning: '',
      step_id: 2,
    });
  });

  it('splits tags on commas, dropping blanks', () => {
    expect(tagsFromText(' e-obs, Ward 7 ,, go-live, ')).toEqual(['e-obs', 'Ward 7', 'go-live']);
    expect(tagsFromText('  ')).toEqual([]);
  });

  it('names a step by its place on the agenda', () => {
    const steps = [
      { id: 1, key: null, title: 'First', questions: [], prompts: [], planned_secs: 60, optional: false },
      { id: 7, key: null, title: 'Added later', questions: [], prompts: [], planned_secs: 60, optional: false },
    ];
    expect(stepLabelOf(steps, 7)).toBe('Step 2: Added later');
    expect(stepLabelOf(steps, 7, 'From step')).toBe('From step 2: Added later');
    expect(stepLabelOf(steps, 3)).toBeNull();
    expect(stepLabelOf(steps, null)).toBeNull();
  });
});
