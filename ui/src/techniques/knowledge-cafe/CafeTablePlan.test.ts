// A Knowledge Café on the audience display: the table plan fills the screen for the settle
// time at the start of a round (with its countdown), then the question comes back; the
// facilitator can put the plan up at any time; a plan with many tables turns its pages.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CafeDisplay } from '../../lib/bindings/CafeDisplay';
import type { LiveView } from '../../lib/bindings/LiveView';
import { applyLive, liveView, newLiveState } from '../../testing/fakeLive';
import AudienceView from '../../components/live/AudienceView.svelte';
import { PAGE_MS } from './CafeTablePlan.svelte';

const T0 = Date.parse('2026-11-25T10:00:00Z');

function tables(count: number) {
  return Array.from({ length: count }, (_, i) => ({ table: `Table ${i + 1}`, people: [`Guest ${i * 4 + 1}`, `Guest ${i * 4 + 2}`] }));
}

/** A café in round `round` (counting from 0) of 3, started at T0, viewed `after` ms later. */
function cafeView(round: number | null, after: number, options: { showPlan?: boolean; count?: number } = {}): LiveView {
  const steps = ['Welcome', 'Round 1 of 3', 'Round 2 of 3', 'Round 3 of 3', 'Plenary'].map((title, i) => ({
    id: i + 1,
    key: null,
    title,
    questions: ['What would help more patients home before noon?'],
    prompts: [],
    planned_secs: 900,
    optional: false,
  }));
  let state = applyLive(newLiveState({ steps }), { type: 'Start' }, T0 - 1000);
  if (round !== null) state = applyLive(state, { type: 'GoTo', index: round + 1 }, T0);
  const display: CafeDisplay = {
    rounds: 3,
    current_round: round,
    shown_round: round ?? 0,
    tables: tables(options.count ?? 4),
    settle_secs: 60,
  };
  const view = liveView('s-2', state, { message: null, blank: false, show_plan: options.showPlan ?? false }, T0 + after);
  return { ...view, technique: { kind: 'Record', shows: display.shown_round !== null, stage: { technique: 'knowledge-cafe', display } } };
}

function show(view: LiveView) {
  return render(AudienceView, { view, remainingMs: view.remaining_ms, warning: view.warning, sessionTitle: 'Noon café', techniqueName: 'Knowledge Café' });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the café on the audience display', () => {
  it('shows every table and who goes there while the room settles into a round', () => {
    show(cafeView(1, 15_000));
    const plan = screen.getByTestId('audience-table-plan');
    expect(plan).toHaveTextContent('Round 2 of 3: find your table');
    expect(screen.getAllByTestId('audience-table')).toHaveLength(4);
    expect(screen.getAllByTestId('audience-table')[2]).toHaveTextContent(/Table 3\s*Guest 9\s*Guest 10/);
    expect(screen.getByTestId('audience-settle')).toHaveTextContent('Conversations start in 00:45');
    expect(screen.queryByTestId('audience-timer')).not.toBeInTheDocument();
  });

  it('gives the question and the round timer back once the settle time is over', () => {
    show(cafeView(1, 61_000));
    expect(screen.queryByTestId('audience-table-plan')).not.toBeInTheDocument();
    expect(screen.getByTestId('audience-question')).toHaveTextContent('What would help more patients home before noon?');
    expect(screen.getByTestId('audience-step')).toHaveTextContent('Round 2 of 3');
  });

  it('puts the plan up on demand, without a countdown, even between rounds', () => {
    show(cafeView(null, 300_000, { showPlan: true }));
    expect(screen.getByTestId('audience-table-plan')).toHaveTextContent('Round 1 of 3: find your table');
    expect(screen.queryByTestId('audience-settle')).not.toBeInTheDocument();
  });

  it('turns the pages of a plan with more tables than fit the screen', async () => {
    vi.useFakeTimers();
    show(cafeView(0, 1000, { count: 10 }));
    expect(screen.getAllByTestId('audience-table')).toHaveLength(8);
    expect(screen.getByTestId('audience-plan-page')).toHaveTextContent('Page 1 of 2');
    await vi.advanceTimersByTimeAsync(PAGE_MS);
    expect(screen.getAllByTestId('audience-table').map((t) => t.querySelector('p')?.textContent)).toEqual(['Table 9', 'Table 10']);
    expect(screen.getByTestId('audience-plan-page')).toHaveTextContent('Page 2 of 2');
  });
});
