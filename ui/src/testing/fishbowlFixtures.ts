// A Fishbowl for the component tests and the browser preview: the technique (wording from
// the Rust catalogue) and a session of eight people, kept apart from fixtures.ts so the
// other screens' counts stay as they are.
import type { Session } from '../lib/bindings/Session';
import type { Technique } from '../lib/bindings/Technique';
import { catalogued } from './fixtures';

export const fishbowlTechnique: Technique = {
  id: 'fishbowl',
  keeps_record: catalogued('fishbowl').keeps_record,
  own_checklist: catalogued('fishbowl').own_checklist,
  suggested_roles: catalogued('fishbowl').suggested_roles,
  own_agenda: catalogued('fishbowl').own_agenda,
  actions_heading: catalogued('fishbowl').actions_heading,
  name: 'Fishbowl',
  purpose: 'Debate “hot topics” in an inner circle, watched by or open to an outer circle, instead of a panel.',
  description: 'Fishbowl conversations are a useful technique for debating “hot topics” or sharing ideas and knowledge.',
  phases: ['during'],
  duration: { label: '1.5 hrs', min_minutes: 90, max_minutes: 90 },
  preparation: [
    'Appoint a facilitator and scribe',
    'Arrange an outer circle with easy access to three or four chairs in the inner circle',
    'Identify a stimulating question for discussion',
    'Identify and brief your inner-circle participants that will start the discussion',
  ],
  steps: [
    { key: 'briefing', title: 'The facilitator explains the fishbowl', questions: [], prompts: ['The facilitator explains the fishbowl, poses the question.'], default_minutes: 10, optional: false, lesson_part: null, looks_back: false },
    { key: 'discussion', title: 'Join the conversation', questions: [], prompts: ['When a new person joins someone else should leave.'], default_minutes: 55, optional: false, lesson_part: null, looks_back: false },
    { key: 'key-points', title: 'The scribe captures the key points', questions: [], prompts: ['The scribe presents the key points back.'], default_minutes: 10, optional: false, lesson_part: null, looks_back: false },
    { key: 'debrief', title: 'The facilitator leads a short debrief', questions: [], prompts: ['A short debrief about the effectiveness of the technique.'], default_minutes: 15, optional: false, lesson_part: null, looks_back: false },
  ],
  models: [],
  variants: [],
  tips: ['Use a prop to ensure only one person speaks at a time – a toy fish works well'],
  agenda_minutes: 90,
  shortest_minutes: 90,
};

const names: [string, string][] = [
  ['Amira Hassan', 'Ward 7'],
  ['Ben Okafor', 'Pharmacy'],
  ['Cerys Pritchard', 'Ward 7'],
  ['Dariusz Wójcik', 'Digital'],
  ['Eilidh MacLeod', 'Library and Knowledge Services'],
  ['Farah Iqbal', 'Physiotherapy'],
  ['Gareth Jones', 'Estates'],
  ['Hannah Boateng', 'Nursing'],
];

export const fishbowlSession: Session = {
  id: 's-3',
  technique: 'fishbowl',
  title: 'Virtual wards fishbowl',
  scheduled_at: '2026-11-25T14:00:00',
  facilitator: 'Amira Hassan',
  location: 'Lecture theatre',
  purpose: 'Should virtual wards replace some hospital beds this winter?',
  status: 'planned',
  participants: names.map(([name, organisation], i) => ({ person_id: `fb-${i + 1}`, name, organisation, role: '' })),
  follows: null,
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-01T10:00:00Z',
};
