// Which steps yield lessons and in which part, which techniques review them at the close,
// and a lesson drafted from a note.
import { describe, expect, it } from 'vitest';
import type { Note } from './bindings/Note';
import {
  firstLine,
  lessonFromNote,
  lessonPartOf,
  looksForRelatedLessons,
  reviewsLessonsAtClose,
  stepLabelOf,
  tagsFromText,
} from './lessonSteps';

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
  it('maps After Action Review 4, Retrospect 2 and 3 and Peer Assist 3 to their part', () => {
    expect(lessonPartOf('after-action-review', 4)).toBe('learning');
    expect(lessonPartOf('retrospect', 2)).toBe('what_happened');
    expect(lessonPartOf('retrospect', 3)).toBe('what_happened');
    expect(lessonPartOf('peer-assist', 3)).toBe('learning');
  });

  it('gives no part to other steps, other techniques, or no step', () => {
    for (const stepId of [1, 2, 3, 5]) expect(lessonPartOf('after-action-review', stepId)).toBeNull();
    expect(lessonPartOf('retrospect', 1)).toBeNull();
    expect(lessonPartOf('retrospect', 4)).toBeNull();
    expect(lessonPartOf('peer-assist', 4)).toBeNull();
    expect(lessonPartOf('knowledge-cafe', 4)).toBeNull();
    expect(lessonPartOf('before-action-review', 2)).toBeNull();
    expect(lessonPartOf('after-action-review', null)).toBeNull();
  });

  it('reviews the lessons at the close of the three techniques that yield them', () => {
    expect(reviewsLessonsAtClose('after-action-review')).toBe(true);
    expect(reviewsLessonsAtClose('retrospect')).toBe(true);
    expect(reviewsLessonsAtClose('peer-assist')).toBe(true);
    expect(reviewsLessonsAtClose('knowledge-cafe')).toBe(false);
    expect(reviewsLessonsAtClose('before-action-review')).toBe(false);
  });

  it('looks for related lessons only in a Before Action Review', () => {
    expect(looksForRelatedLessons('before-action-review')).toBe(true);
    expect(looksForRelatedLessons('after-action-review')).toBe(false);
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
