// A Knowledge Café on the audience display: the table plan fills the screen for the settle
// time at the start of a round (with its countdown), then the question comes back; the
// facilitator can put the plan up at any time; a plan with many tables turns its pages.
// The views are the ones the app sent in its recorded tests (transcripts/knowledge-cafe.json).
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveView } from '../../lib/bindings/LiveView';
import { Replay, transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/knowledge-cafe.json';
import AudienceView from '../../components/live/AudienceView.svelte';
import { PAGE_MS } from './CafeTablePlan.svelte';

/** The room's view at `label` of a recorded café. */
const cafeView = (label: string, scenario = 'four tables') => new Replay(transcriptOf(recorded), scenario).reply<LiveView>(label);

/** Who Rust seated at each table in the view. */
function seating(view: LiveView): { table: string; people: string[] }[] {
  const technique = view.technique;
  if (technique?.stage.technique !== 'knowledge-cafe') throw new Error('a café view');
  return technique.stage.display.tables;
}

function show(view: LiveView) {
  return render(AudienceView, { view, remainingMs: view.remaining_ms, warning: view.warning, sessionTitle: 'Noon café', techniqueName: 'Knowledge Café' });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the café on the audience display', () => {
  it('shows every table and who goes there while the room settles into a round', () => {
    const view = cafeView('settling 15 s into round 2');
    show(view);
    const plan = screen.getByTestId('audience-table-plan');
    expect(plan).toHaveTextContent('Round 2 of 3: find your table');
    const drawn = screen.getAllByTestId('audience-table');
    expect(drawn).toHaveLength(4);
    const third = seating(view)[2]!;
    expect(third.people).toHaveLength(4);
    expect(drawn[2]).toHaveTextContent(new RegExp(['Table 3', ...third.people].join('\\s*')));
    expect(screen.getByTestId('audience-settle')).toHaveTextContent('Conversations start in 00:45');
    expect(screen.queryByTestId('audience-timer')).not.toBeInTheDocument();
  });

  it('gives the question and the round timer back once the settle time is over', () => {
    show(cafeView('61 s into round 2'));
    expect(screen.queryByTestId('audience-table-plan')).not.toBeInTheDocument();
    expect(screen.getByTestId('audience-question')).toHaveTextContent('What would help more patients home before noon?');
    expect(screen.getByTestId('audience-step')).toHaveTextContent('Round 2 of 3');
  });

  it('puts the plan up on demand, without a countdown, even between rounds', () => {
    show(cafeView('the plan on demand before the rounds'));
    expect(screen.getByTestId('audience-table-plan')).toHaveTextContent('Round 1 of 3: find your table');
    expect(screen.queryByTestId('audience-settle')).not.toBeInTheDocument();
  });

  it('turns the pages of a plan with more tables than fit the screen', async () => {
    vi.useFakeTimers();
    show(cafeView('settling into round 1', 'ten tables'));
    expect(screen.getAllByTestId('audience-table')).toHaveLength(8);
    expect(screen.getByTestId('audience-plan-page')).toHaveTextContent('Page 1 of 2');
    await vi.advanceTimersByTimeAsync(PAGE_MS);
    expect(screen.getAllByTestId('audience-table').map((t) => t.querySelector('p')?.textContent)).toEqual(['Table 9', 'Table 10']);
    expect(screen.getByTestId('audience-plan-page')).toHaveTextContent('Page 2 of 2');
  });
});
