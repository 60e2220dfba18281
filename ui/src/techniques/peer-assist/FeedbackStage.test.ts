// A Peer Assist on the audience display: the visitors' feedback in two columns, what worked
// well and what could have been done better, smaller as the longer column fills.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FeedbackStage from './FeedbackStage.svelte';

const scaleOf = (element: HTMLElement) => Number(element.style.getPropertyValue('--k'));

describe('the visitors’ feedback on the audience display', () => {
  it('puts each point in its column', () => {
    render(FeedbackStage, {
      sinceMs: 0,
      display: { showing: true, worked_well: ['Weekly huddles with the ward', 'One shared tracker'], could_be_better: ['Start engagement earlier'] },
    });
    const well = within(screen.getByTestId('audience-worked-well'));
    expect(well.getByRole('heading')).toHaveTextContent('What worked well');
    expect(well.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Weekly huddles with the ward', 'One shared tracker']);
    const better = within(screen.getByTestId('audience-could-be-better'));
    expect(better.getByRole('heading')).toHaveTextContent('What could have been done better');
    expect(better.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Start engagement earlier']);
    expect(scaleOf(screen.getByTestId('audience-feedback'))).toBe(1);
  });

  it('says so when a column is empty, and shrinks when crowded', () => {
    render(FeedbackStage, { sinceMs: 0, display: { showing: true, worked_well: Array.from({ length: 14 }, (_, i) => `Point ${i + 1}`), could_be_better: [] } });
    expect(screen.getByTestId('audience-could-be-better')).toHaveTextContent('Nothing yet.');
    expect(scaleOf(screen.getByTestId('audience-feedback'))).toBeLessThan(1);
  });
});
