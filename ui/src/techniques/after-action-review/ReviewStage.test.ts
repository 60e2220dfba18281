// An After Action Review on the audience display: while the room compares (Rust says
// when), what was supposed to happen stands beside what actually happened, under the
// question the room is on; otherwise only the question shows and no notes reach the wall.
// The views are the ones the app sent in its recorded tests (transcripts/after-action-review.json).
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { LiveView } from '../../lib/bindings/LiveView';
import AudienceView from '../../components/live/AudienceView.svelte';
import { Replay, transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/after-action-review.json';

const reviewView = (scenario: string, label: 'before the comparison' | 'comparing') =>
  new Replay(transcriptOf(recorded), scenario).reply<LiveView>(label);

function show(view: LiveView) {
  return render(AudienceView, { view, remainingMs: view.remaining_ms, warning: view.warning, sessionTitle: 'Ward 7 review', techniqueName: 'After Action Review' });
}

const supposed = ['All observations on handhelds from 07:00', 'Paper charts withdrawn by noon'];
const actual = ['Two handhelds failed to sync until 09:30'];

describe('the After Action Review comparison on the audience display', () => {
  it('puts the plan beside what happened under the question the room is on', () => {
    show(reviewView('the room compares', 'comparing'));
    expect(screen.getByTestId('audience-question')).toHaveTextContent('What actually happened?');
    const plan = within(screen.getByTestId('audience-review-supposed'));
    expect(plan.getByRole('heading')).toHaveTextContent('What was supposed to happen');
    expect(plan.getAllByRole('listitem').map((li) => li.textContent)).toEqual(supposed);
    const outcome = within(screen.getByTestId('audience-review-actual'));
    expect(outcome.getAllByRole('listitem').map((li) => li.textContent)).toEqual(actual);
    expect(screen.getByTestId('audience-timer')).toBeInTheDocument();
  });

  it('says so when one side has nothing noted yet', () => {
    show(reviewView('nothing noted of what happened', 'comparing'));
    expect(screen.getByTestId('audience-review-actual')).toHaveTextContent('Nothing noted yet.');
  });

  it('shows no notes when the room is not comparing', () => {
    show(reviewView('the room compares', 'before the comparison'));
    expect(screen.queryByTestId('audience-review')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Paper charts withdrawn by noon');
  });
});
