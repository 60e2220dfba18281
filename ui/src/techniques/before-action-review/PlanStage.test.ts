// A Before Action Review's plan on the audience display: the part the question asks for,
// the risks worst first with their rating in words and their place on the matrix, the
// intent's labelled blocks (empty ones left out), and smaller type for a long list.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { PlanDisplay } from '../../lib/bindings/PlanDisplay';
import PlanStage from './PlanStage.svelte';

const plan = (fields: Partial<PlanDisplay>): PlanDisplay => ({
  part: null,
  intent: { task: '', purpose: '', end_state: '' },
  roles: [],
  risks: [],
  measures: [],
  ...fields,
});

const risks: PlanDisplay['risks'] = [
  { risk: 'Night staff not trained', likelihood: 'likely', impact: 'major', score: 16, rating: 'extreme', response: 'Book super-users for nights' },
  { risk: 'Wi-Fi drops in side rooms', likelihood: 'possible', impact: 'moderate', score: 9, rating: 'high', response: '' },
  { risk: 'Handhelds run out of charge', likelihood: 'rare', impact: 'minor', score: 2, rating: 'low', response: '' },
];

describe('the plan on the audience display', () => {
  it('lists the risks worst first with their rating in words and the matrix in words', () => {
    render(PlanStage, { sinceMs: 0, display: plan({ part: 'risks', risks }) });
    expect(screen.getByTestId('audience-plan')).toHaveAttribute('data-part', 'risks');
    const rows = screen.getAllByTestId('audience-plan-risk');
    expect(rows.map((row) => row.querySelector('.what')?.textContent)).toEqual([
      'Night staff not trained',
      'Wi-Fi drops in side rooms',
      'Handhelds run out of charge',
    ]);
    const ratings = screen.getAllByTestId('audience-plan-rating');
    expect(ratings.map((r) => r.textContent?.replace('Risk score', '').trim())).toEqual(['16 · Extreme', '9 · High', '2 · Low']);
    expect(ratings.map((r) => r.dataset.rating)).toEqual(['extreme', 'high', 'low']);
    expect(within(rows[0] as HTMLElement).getByText('Likely × Major impact')).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('We will: Book super-users for nights');
    expect(rows[1]).not.toHaveTextContent('We will');
    expect(screen.getByTestId('audience-plan')).not.toHaveClass('crowded');
  });

  it('shrinks the type when more than five risks are listed', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ ...risks[2]!, risk: `Risk ${i + 1}` }));
    render(PlanStage, { sinceMs: 0, display: plan({ part: 'risks', risks: many }) });
    expect(screen.getByTestId('audience-plan')).toHaveClass('crowded');
  });

  it('shows the intent in labelled blocks, leaving out an empty one', () => {
    render(PlanStage, { sinceMs: 0, display: plan({ part: 'intent', intent: { task: 'Go live with e-obs on Ward 8', purpose: '', end_state: 'Every bed on handhelds' } }) });
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Task', 'End state']);
    expect(screen.getByTestId('audience-plan-task')).toHaveTextContent('Go live with e-obs on Ward 8');
    expect(screen.queryByTestId('audience-plan-purpose')).not.toBeInTheDocument();
  });

  it("puts who's doing what in two columns", () => {
    render(PlanStage, { sinceMs: 0, display: plan({ part: 'roles', roles: [{ who: 'Tom Okafor', does: 'Pharmacy cover' }] }) });
    const role = screen.getByTestId('audience-plan-role');
    expect(within(role).getByRole('term')).toHaveTextContent('Tom Okafor');
    expect(within(role).getByRole('definition')).toHaveTextContent('Pharmacy cover');
  });

  it('shows nothing when the question asks for no part of the plan', () => {
    render(PlanStage, { sinceMs: 0, display: plan({ part: null, risks }) });
    expect(screen.queryByTestId('audience-plan')).not.toBeInTheDocument();
  });
});
