// A learning set meeting on the audience display: the bidding order during bidding, whose
// round it is during a round, and nothing of anyone's issue at any time.
// The views are the ones the app sent in its recorded tests (transcripts/action-learning-sets.json).
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { LiveView } from '../../lib/bindings/LiveView';
import type { SetDisplay } from '../../lib/bindings/SetDisplay';
import { Replay, transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/action-learning-sets.json';
import AudienceView from '../../components/live/AudienceView.svelte';
import SetStage from './SetStage.svelte';

/** The room's view at `label` of the recorded meeting. */
const setView = (label: 'at the report-in' | 'at the bidding' | 'in the first round') =>
  new Replay(transcriptOf(recorded), 'the room through bidding and a round').reply<LiveView>(label);

const show = (view: LiveView) =>
  render(AudienceView, { view, remainingMs: view.remaining_ms, warning: view.warning, sessionTitle: 'Ward leaders: meeting 2', techniqueName: 'Action Learning Sets' });

describe('the learning set on the audience display', () => {
  it('puts up the bidding order, greatest need first, while the set bids', () => {
    show(setView('at the bidding'));
    const order = screen.getByTestId('audience-order');
    expect(within(order).getAllByTestId('audience-order-item').map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '1. Asha Patel — High need',
      '2. Ben Hughes — Medium need',
      '3. Cerys Jones — Low need',
    ]);
    expect(screen.queryByTestId('audience-presenter')).not.toBeInTheDocument();
  });

  it("says whose round it is, and which of how many, during a round", () => {
    show(setView('in the first round'));
    const presenter = screen.getByTestId('audience-presenter');
    expect(presenter).toHaveTextContent('Round 1 of 3');
    expect(presenter).toHaveTextContent('Asha Patel is presenting');
    expect(screen.queryByTestId('audience-order')).not.toBeInTheDocument();
    expect(screen.getByTestId('audience-timer')).toBeInTheDocument();
  });

  it('leaves the step to the room when there is nothing of the set to show', () => {
    show(setView('at the report-in'));
    expect(screen.queryByTestId('audience-record')).not.toBeInTheDocument();
    expect(screen.getAllByText('Report In').length).toBeGreaterThan(0);
  });

  it('shows nothing but names, needs and rounds', () => {
    const technique = setView('at the bidding').technique;
    if (technique?.stage.technique !== 'action-learning-sets') throw new Error('the set is on the screen');
    const display: SetDisplay = technique.stage.display;
    const { container } = render(SetStage, { sinceMs: 0, display });
    const items = screen.getAllByTestId('audience-order-item').map((item) => item.textContent ?? '');
    expect(container.textContent?.replace(/\s+/g, '')).toBe(items.join('').replace(/\s+/g, ''));
  });
});
