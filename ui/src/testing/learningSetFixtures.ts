// An Action Learning Set for the component tests and the preview: the technique with the
// framework's six steps (Report In and Bidding first, as Rust has them), four members, and
// a set whose first meeting left actions open for the second.
import type { Action } from '../lib/bindings/Action';
import type { Person } from '../lib/bindings/Person';
import type { Session } from '../lib/bindings/Session';
import type { Step } from '../lib/bindings/Step';
import type { Technique } from '../lib/bindings/Technique';
import { actionLearningSets, fromCatalogue } from './fixtures';

function step(title: string, prompts: string[], minutes: number, optional = false): Step {
  return { ...fromCatalogue(title), title, questions: [], prompts, default_minutes: minutes, optional };
}

export const learningSetTechnique: Technique = {
  ...actionLearningSets,
  steps: [
    step('Report In', ['Provide an update on key actions taken since the previous set.'], 30),
    step('Bidding', ['Individuals take turns to present their current issue and indicate level of need.'], 15),
    step('Presentation', ['The presenter outlines their issue or challenge.'], 20),
    step('Questions and Actions', ['The group ask questions in turn.'], 100),
    step('“Gift” Round', ['There is no discussion.'], 15, true),
    step('Learning and Review', ['In turn share learning from the round.'], 30),
  ],
};

export const setPeople: Person[] = [
  { id: 'p-a', name: 'Asha Patel', organisation: 'Ward 4', session_count: 2 },
  { id: 'p-b', name: 'Ben Hughes', organisation: 'Pharmacy', session_count: 2 },
  { id: 'p-c', name: 'Cerys Jones', organisation: 'Theatres', session_count: 2 },
  { id: 'p-d', name: 'Dev Rao', organisation: 'Outpatients', session_count: 1 },
];

const participants = (ids: string[]) =>
  setPeople.filter((p) => ids.includes(p.id)).map((p) => ({ person_id: p.id, name: p.name, organisation: p.organisation, role: '' }));

function meeting(id: string, title: string, scheduled_at: string, status: Session['status'], members: string[]): Session {
  return {
    id,
    technique: 'action-learning-sets',
    title,
    scheduled_at,
    facilitator: 'Asha Patel',
    location: 'Library meeting room',
    purpose: 'Work on the issues we bring.',
    status,
    participants: participants(members),
    follows: null,
    created_at: '2026-09-01T09:00:00Z',
    updated_at: '2026-09-01T09:00:00Z',
  };
}

/** The set's first meeting, finished. */
export const firstMeeting = meeting('als-0', 'Ward leaders: meeting 1', '2026-10-07T09:30:00', 'finished', ['p-a', 'p-b', 'p-c']);
/** The meeting the tests run: Asha, Ben and Cerys (Dev is not a member). */
export const setMeeting = meeting('als-1', 'Ward leaders: meeting 2', '2026-11-04T09:30:00', 'planned', ['p-a', 'p-b', 'p-c', 'p-d']);

export function carriedAction(id: string, what: string, owner: Person, status: Action['status'] = 'open'): Action {
  return {
    id,
    session_id: firstMeeting.id,
    step_id: 4,
    what,
    owner: owner.name,
    owner_person_id: owner.id,
    due_on: '2026-10-31',
    status,
    created_at: '2026-10-07T10:00:00Z',
    updated_at: '2026-10-07T10:00:00Z',
  };
}
