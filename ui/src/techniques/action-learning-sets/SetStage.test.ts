// A learning set meeting on the audience display: the bidding order during bidding, whose
// round it is during a round, and nothing of anyone's issue at any time.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { LiveView } from '../../lib/bindings/LiveView';
import type { SetDisplay } from '../../lib/bindings/SetDisplay';
import { applyLive, liveView, newLiveState } from '../../testing/fakeLive';
import AudienceView from '../../components/live/AudienceView.svelte';
import SetStage from './SetStage.svelte';

const T0 = Date.parse('2026-11-04T09:30:00Z');

function display(overrides: Partial<SetDisplay> = {}): SetDisplay {
  return {
    showing_order: false,
    order: [
      { name: 'Asha Patel', need: 'high' },
      { name: 'Ben Hughes', need: 'medium' },
      { name: 'Cerys Jones', need: 'low' },
    ],
    presenter: null,
    round: null,
    rounds: 3,
    ...overrides,
  };
}

/** The meeting on its `steps`-th step (from 0), with the set's part of the view and whether Rust puts it up. */
function setView(set: SetDisplay, steps: number, shows = true): LiveView {
  const titles = ['Report In', 'Bidding', 'Asha Patel: presentation', 'Asha Patel: questions and actions'];
  const agenda = { steps: titles.map((title, i) => ({ id: i + 1, key: null, title, questions: [], prompts: [], planned_secs: 600, optional: false })) };
  let state = applyLive(newLiveState(agenda), { type: 'Start' }, T0);
  for (let i = 0; i < steps; i += 1) state = applyLive(state, { type: 'Next' }, T0 + 1000 * (i + 1));
  const view = liveView('als-1', state, { message: null, blank: false, show_plan: false }, T0 + 10_000);
  return { ...view, technique: { kind: 'Record', shows, stage: { technique: 'action-learning-sets', display: set } } };
}

const show = (view: LiveView) =>
  render(AudienceView, { view, remainingMs: view.remaining_ms, warning: view.warning, sessionTitle: 'Ward leaders: meeting 2', techniqueName: 'Action Learning Sets' });

describe('the learning set on the audience display', () => {
  it('puts up the bidding order, greatest need first, while the set bids', () => {
    show(setView(display({ showing_order: true }), 1));
    const order = screen.getByTestId('audience-order');
    expect(within(order).getAllByTestId('audience-order-item').map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '1. Asha Patel — High need',
      '2. Ben Hughes — Medium need',
      '3. Cerys Jones — Low need',
    ]);
    expect(screen.queryByTestId('audience-presenter')).not.toBeInTheDocument();
  });

  it("says whose round it is, and which of how many, during a round", () => {
    show(setView(display({ presenter: 'Asha Patel', round: 1 }), 3));
    const presenter = screen.getByTestId('audience-presenter');
    expect(presenter).toHaveTextContent('Round 1 of 3');
    expect(presenter).toHaveTextContent('Asha Patel is presenting');
    expect(screen.queryByTestId('audience-order')).not.toBeInTheDocument();
    expect(screen.getByTestId('audience-timer')).toBeInTheDocument();
  });

  it('leaves the step to the room when there is nothing of the set to show', () => {
    show(setView(display(), 0, false));
    expect(screen.queryByTestId('audience-record')).not.toBeInTheDocument();
    expect(screen.getAllByText('Report In').length).toBeGreaterThan(0);
  });

  it('shows nothing but names, needs and rounds', () => {
    const { container } = render(SetStage, { sinceMs: 0, display: display({ showing_order: true }) });
    const items = screen.getAllByTestId('audience-order-item').map((item) => item.textContent ?? '');
    expect(container.textContent?.replace(/\s+/g, '')).toBe(items.join('').replace(/\s+/g, ''));
  });
});
