// A few real techniques (wording from the Rust catalogue), sessions and people for the
// component tests and the browser preview. Not the catalogue itself: that lives in Rust.
import type { Person } from '../lib/bindings/Person';
import type { Session } from '../lib/bindings/Session';
import type { Step } from '../lib/bindings/Step';
import type { Technique } from '../lib/bindings/Technique';
import type { TechniqueId } from '../lib/bindings/TechniqueId';
import recorded from './recorded/catalogue.json';

/** The library as Rust serves it, recorded by the Rust bindings test (never edited). */
const CATALOGUE = recorded as unknown as Technique[];

/**
 * What Rust says of the catalogue step with this title: its key and the part of a
 * lesson its notes fill. A fixture's own step (not in the catalogue) gets its title in
 * kebab case and yields no lessons.
 */
export function fromCatalogue(title: string): Pick<Step, 'key' | 'lesson_part' | 'looks_back'> {
  const own = CATALOGUE.flatMap((t) => t.steps).find((s) => s.title === title);
  if (own) return { key: own.key, lesson_part: own.lesson_part, looks_back: own.looks_back };
  return { key: title.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, ''), lesson_part: null, looks_back: false };
}

/** A technique exactly as Rust's catalogue has it. */
export function catalogued(id: TechniqueId): Technique {
  const technique = CATALOGUE.find((t) => t.id === id);
  if (!technique) throw new Error(`The recorded catalogue has no ${id}`);
  return technique;
}

/** The key of the step at this agenda id in a technique's own agenda (ids 1, 2, 3, ...). */
export function keyAt(id: TechniqueId, stepId: number | null): string | null {
  return stepId === null ? null : (catalogued(id).steps[stepId - 1]?.key ?? null);
}

function step(title: string, questions: string[], prompts: string[], minutes: number, optional = false): Step {
  return { ...fromCatalogue(title), title, questions, prompts, default_minutes: minutes, optional };
}

export const appreciativeInquiry: Technique = {
  id: 'appreciative-inquiry',
  keeps_record: catalogued('appreciative-inquiry').keeps_record,
  own_checklist: catalogued('appreciative-inquiry').own_checklist,
  suggested_roles: catalogued('appreciative-inquiry').suggested_roles,
  own_agenda: catalogued('appreciative-inquiry').own_agenda,
  actions_heading: catalogued('appreciative-inquiry').actions_heading,
  name: 'Appreciative Inquiry',
  purpose: 'Learn and build on what we do well rather than focusing upon problems, to energise change.',
  description:
    'A different way to see and be in the world, to learn and build on what we do well rather than focusing upon problems.\n\nUse to celebrate what is already working well, analyse why and engage teams to do more of this.',
  phases: ['before', 'after'],
  duration: { label: '2 hours – 1 day', min_minutes: 120, max_minutes: 420 },
  preparation: [],
  steps: [
    step('Definition', ['What is the inquiry?'], ['Frame the topic.'], 15),
    step('Discovery', ['What has worked well before and why?'], ['Capture each story in a single sentence.'], 30),
    step('Dream', ['What would we love to see happening?', "What's different?"], [], 30),
    step('Design', ['What must we do now to make our dreams a reality?'], [], 25),
    step('Delivery', ['How will we take our topic forward?', 'How will we measure success?'], [], 20),
  ],
  models: [],
  variants: [
    {
      key: 'one-day',
      name: 'One-day Appreciative Inquiry',
      description: "The five stages run as a full day's workshop, with more time for each.",
      duration: { label: '1 day', min_minutes: 420, max_minutes: 420 },
      step_minutes: [45, 105, 105, 90, 75],
      minutes: 420,
    },
  ],
  tips: [],
  agenda_minutes: 120,
  shortest_minutes: 120,
};

export const peerAssist: Technique = {
  id: 'peer-assist',
  keeps_record: catalogued('peer-assist').keeps_record,
  own_checklist: catalogued('peer-assist').own_checklist,
  suggested_roles: catalogued('peer-assist').suggested_roles,
  own_agenda: catalogued('peer-assist').own_agenda,
  actions_heading: catalogued('peer-assist').actions_heading,
  name: 'Peer Assist',
  purpose:
    'Peers from elsewhere share their experience, insights and knowledge with a team who have asked for help.',
  description: 'A structured facilitated meeting or workshop where people are invited from other business units.',
  phases: ['before'],
  duration: { label: '1/2 day', min_minutes: 240, max_minutes: 240 },
  preparation: ['Appoint a facilitator.', 'Choose a date and invite peers giving plenty of notice.'],
  steps: [
    step('Home team present', [], ['Home team present context, history and plans for the future.'], 45),
    step('Visitors take up the baton', [], ['Visitors ask questions and provide feedback.'], 75),
    step('Home team analyses & reflect', [], ["Home team reflect on what's been learned."], 60),
    step('Visitors present feedback', [], ['Visitors present feedback and agree actions.'], 60),
  ],
  models: [],
  variants: [],
  tips: [],
  agenda_minutes: 240,
  shortest_minutes: 240,
};

export const knowledgeCafe: Technique = {
  id: 'knowledge-cafe',
  keeps_record: catalogued('knowledge-cafe').keeps_record,
  own_checklist: catalogued('knowledge-cafe').own_checklist,
  suggested_roles: catalogued('knowledge-cafe').suggested_roles,
  own_agenda: catalogued('knowledge-cafe').own_agenda,
  actions_heading: catalogued('knowledge-cafe').actions_heading,
  name: 'Knowledge Café',
  purpose: 'Productive conversations around one open question that help people learn from each other.',
  description: 'Knowledge Cafés encourage productive conversations to help people learn from each other.',
  phases: ['during'],
  duration: { label: '1–2 hours', min_minutes: 60, max_minutes: 120 },
  preparation: ['Spend time devising a single open-ended question to stimulate conversations'],
  steps: [
    step('Facilitator explains how the café will run', [], ['Introduce the theme and pose the question.'], 10),
    step('Self-facilitated conversation', [], ['Small groups talk about the question.'], 15),
    step('Swap tables', [], ['Groups swap tables to begin new conversations.'], 30),
    step('Come back together as a full group', [], ['Share ideas and learning.'], 25),
    step('Capture and share ideas', [], ['If the group agrees, capture the ideas.'], 5),
  ],
  models: [],
  variants: [
    {
      key: 'espresso',
      name: 'Espresso Café',
      description: 'If time is short consider running a 30 minute Espresso Café.',
      duration: { label: '30 mins', min_minutes: 30, max_minutes: 30 },
      step_minutes: [3, 7, 10, 8, 2],
      minutes: 30,
    },
  ],
  tips: ['If time is short consider running a 30 minute Espresso Café.'],
  agenda_minutes: 85,
  shortest_minutes: 30,
};

export const actionLearningSets: Technique = {
  id: 'action-learning-sets',
  keeps_record: catalogued('action-learning-sets').keeps_record,
  own_checklist: catalogued('action-learning-sets').own_checklist,
  suggested_roles: catalogued('action-learning-sets').suggested_roles,
  own_agenda: catalogued('action-learning-sets').own_agenda,
  actions_heading: catalogued('action-learning-sets').actions_heading,
  name: 'Action Learning Sets',
  purpose: 'Small groups meet regularly to discuss, reflect and find solutions to work-related issues.',
  description: 'A supportive environment for enabling small groups to meet regularly.',
  phases: ['during'],
  duration: { label: '3–4 hours', min_minutes: 180, max_minutes: 240 },
  preparation: [],
  steps: [
    step('Report In', [], ['Provide an update on key actions taken since the previous set.'], 30),
    step('Presentation', [], ['The presenter outlines their issue or challenge.'], 20),
    step('“Gift” Round', [], ['There is no discussion.'], 15, true),
  ],
  models: [
    {
      name: 'GROW',
      parts: [
        { name: 'Goal', description: 'What do you want?' },
        { name: 'Reality', description: 'What is happening now?' },
        { name: 'Options', description: 'What could you do?' },
        { name: 'Will', description: 'What will you do?' },
      ],
    },
  ],
  variants: [],
  tips: ['Use open questions – avoid closed, leading and multiple questions.'],
  agenda_minutes: 65,
  shortest_minutes: 180,
};

export const afterActionReview: Technique = {
  id: 'after-action-review',
  keeps_record: catalogued('after-action-review').keeps_record,
  own_checklist: catalogued('after-action-review').own_checklist,
  suggested_roles: catalogued('after-action-review').suggested_roles,
  own_agenda: catalogued('after-action-review').own_agenda,
  actions_heading: catalogued('after-action-review').actions_heading,
  name: 'After Action Review',
  purpose: 'A short structured meeting held immediately after an activity to learn from it.',
  description:
    "A short structured meeting held immediately after a short term activity.\n\nA short learning session held immediately after a discrete piece of work.",
  phases: ['after'],
  duration: { label: '15 mins to 1/2 day', min_minutes: 15, max_minutes: 240 },
  preparation: ['Conduct immediately following the event.', "Involve everyone who took part in the 'action'."],
  steps: [
    step('What was supposed to happen?', ['What was supposed to happen?'], [], 10),
    step('What actually happened?', ['What actually happened?', 'What went well and what could have been done better?'], [], 15),
    step('Why was there a difference?', ['Why was there a difference?', 'What caused the results?'], [], 15),
    step(
      'What can we learn from this?',
      ['What can we learn from this?'],
      ['Capture the lessons learned in the lessons learned repository for the benefit of others.'],
      20,
    ),
  ],
  models: [],
  variants: [],
  tips: [],
  agenda_minutes: 60,
  shortest_minutes: 15,
};

/** In the framework's order, as library_techniques returns them. */
export const techniques: Technique[] = [
  appreciativeInquiry,
  peerAssist,
  afterActionReview,
  knowledgeCafe,
  actionLearningSets,
];

export const people: Person[] = [
  { id: 'p-1', name: 'Priya Shah', organisation: 'Ward 7', session_count: 2 },
  { id: 'p-2', name: 'Tom Okafor', organisation: 'Pharmacy', session_count: 1 },
  { id: 'p-3', name: 'Zoë Brennan', organisation: 'Library and Knowledge Services', session_count: 0 },
];

export const sessions: Session[] = [
  {
    id: 's-1',
    technique: 'after-action-review',
    title: 'Ward 7 go-live review',
    scheduled_at: '2026-11-25T14:00:00',
    facilitator: 'Priya Shah',
    location: 'Seminar room 2',
    purpose: 'Learn from the go-live of the new electronic observations system.',
    status: 'finished',
    participants: [
      { person_id: 'p-1', name: 'Priya Shah', organisation: 'Ward 7', role: 'facilitator' },
      { person_id: 'p-2', name: 'Tom Okafor', organisation: 'Pharmacy', role: '' },
    ],
    follows: null,
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-25T15:30:00Z',
  },
  {
    id: 's-2',
    technique: 'knowledge-cafe',
    title: 'Discharge planning café',
    scheduled_at: '2026-09-03T10:00:00',
    facilitator: 'Tom Okafor',
    location: 'Education centre',
    purpose: 'How can we get people home sooner and safely?',
    status: 'planned',
    participants: [{ person_id: 'p-1', name: 'Priya Shah', organisation: 'Ward 7', role: '' }],
    follows: null,
    created_at: '2026-08-20T10:00:00Z',
    updated_at: '2026-08-20T10:00:00Z',
  },
];
