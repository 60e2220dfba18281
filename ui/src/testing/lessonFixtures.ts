// Techniques (wording from the Rust catalogue), sessions and lessons for the lessons
// tests and the browser preview: a Before Action Review that looks back at what the
// After Action Review of the fixtures learned, a Retrospect and a Peer Assist.
import type { LessonInput } from '../lib/bindings/LessonInput';
import type { Session } from '../lib/bindings/Session';
import type { Step } from '../lib/bindings/Step';
import type { Technique } from '../lib/bindings/Technique';
import type { FakeBackend } from './fakeBackend';
import { catalogued, fromCatalogue } from './fixtures';

function step(title: string, questions: string[], prompts: string[] = [], minutes = 10): Step {
  return { ...fromCatalogue(title), title, questions, prompts, default_minutes: minutes, optional: false };
}

export const beforeActionReview: Technique = {
  id: 'before-action-review',
  keeps_record: catalogued('before-action-review').keeps_record,
  own_checklist: catalogued('before-action-review').own_checklist,
  suggested_roles: catalogued('before-action-review').suggested_roles,
  own_agenda: catalogued('before-action-review').own_agenda,
  actions_heading: catalogued('before-action-review').actions_heading,
  name: 'Before Action Review',
  purpose: 'A short preview just before starting work: state the intent, anticipate risks and draw on past lessons.',
  description: 'The Before Action Review helps a team state their intention just before commencing a piece of work.',
  phases: ['before'],
  duration: { label: '15 mins to 1/2 day', min_minutes: 15, max_minutes: 240 },
  preparation: ['Appoint someone as facilitator.'],
  steps: [
    step('What are we setting out to achieve?', ['What are we setting out to achieve?', 'Why are we taking this action?']),
    step('What can be learned from similar situations and past projects from elsewhere?', [
      'What can be learned from similar situations and past projects from elsewhere?',
      'What do the lessons learned tell us?',
    ]),
    step('What will help deliver success?', ['What will help deliver success?']),
    step('What are the actions we need to take to avoid problems and apply good practice?', [
      'What are the actions we need to take to avoid problems and apply good practice?',
    ]),
  ],
  models: [],
  variants: [],
  tips: [],
  agenda_minutes: 40,
  shortest_minutes: 15,
};

export const retrospect: Technique = {
  id: 'retrospect',
  keeps_record: catalogued('retrospect').keeps_record,
  own_checklist: catalogued('retrospect').own_checklist,
  suggested_roles: catalogued('retrospect').suggested_roles,
  own_agenda: catalogued('retrospect').own_agenda,
  actions_heading: catalogued('retrospect').actions_heading,
  name: 'Retrospect',
  purpose: 'A facilitated meeting at the end of a project to capture knowledge before the project team disbands.',
  description: 'A structured facilitated meeting or workshop at the end of a project.',
  phases: ['after'],
  duration: { label: '4 hours', min_minutes: 240, max_minutes: 240 },
  preparation: [],
  steps: [
    step('What was the objective of the project?', ['What was the objective of the project?']),
    step('What were the successes? Why?', ['What were the successes? Why?', 'How can we or others repeat the success in the future?']),
    step('What were the disappointments Why?', ['What were the disappointments Why?', 'How can we or others avoid them in the future?']),
    step('Marks out of 10 for the project as a whole?', ['Marks out of 10 for the project as a whole?']),
  ],
  models: [],
  variants: [],
  tips: [],
  agenda_minutes: 40,
  shortest_minutes: 240,
};

const base = {
  scheduled_at: '2027-01-12T10:00:00',
  facilitator: 'Priya Shah',
  location: 'Seminar room 2',
  status: 'planned',
  participants: [{ person_id: 'p-1', name: 'Priya Shah', organisation: 'Ward 7', role: 'facilitator' }],
  follows: null,
  created_at: '2026-12-01T10:00:00Z',
  updated_at: '2026-12-01T10:00:00Z',
} satisfies Partial<Session>;

export const barSession: Session = {
  ...base,
  id: 's-4',
  technique: 'before-action-review',
  title: 'Ward 8 e-obs go-live',
  purpose: 'Plan the go-live of electronic observations on Ward 8.',
};

export const retrospectSession: Session = {
  ...base,
  id: 's-5',
  technique: 'retrospect',
  title: 'Discharge lounge project retrospect',
  purpose: 'Capture what the discharge lounge project team learned before it disbands.',
};

export const peerAssistSession: Session = {
  ...base,
  id: 's-6',
  technique: 'peer-assist',
  title: 'Virtual ward peer assist',
  purpose: 'Ask peers who have run virtual wards for help.',
};

export const lessonSessions: Session[] = [barSession, retrospectSession, peerAssistSession];

const lesson = (fields: Partial<LessonInput> & { title: string }): LessonInput => ({
  what_happened: '',
  cause: '',
  learning: '',
  recommendation: '',
  tags: [],
  session_id: 's-1',
  step_id: 4,
  learned_on: '2026-11-25',
  ...fields,
});

/** Lessons the Ward 7 After Action Review (s-1) saved, and one typed in on its own. */
export const earlierLessons: LessonInput[] = [
  lesson({
    title: 'Book night-shift training before a go-live',
    what_happened: 'Night staff had no e-obs training on the first night.',
    cause: 'Training was only booked for day shifts.',
    learning: 'Night staff need the same training as days.',
    recommendation: 'Book super-user cover for every shift a month ahead.',
    tags: ['e-obs', 'training'],
  }),
  lesson({
    title: 'Pharmacy cover helped the first week',
    learning: 'Having a pharmacist on the ward during the go-live caught problems early.',
    tags: ['pharmacy'],
    learned_on: '2026-11-26',
  }),
  lesson({
    title: 'Check the handover sheet with the night team',
    learning: 'The e-obs handover sheet missed the night team’s checks.',
    session_id: null,
    step_id: null,
    learned_on: '2026-10-02',
  }),
];

/** Stores the earlier lessons in a fake backend, as the After Action Review saved them. */
export function seedLessons(backend: FakeBackend): void {
  for (const input of earlierLessons) backend.handlers.lesson_create({ lesson: input });
}
