// An After Action Review on the audience display: while the room compares (Rust says
// when), what was supposed to happen stands beside what actually happened, under the
// question the room is on; otherwise only the question shows and no notes reach the wall.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { LiveView } from '../../lib/bindings/LiveView';
import type { ReviewDisplay } from '../../lib/bindings/ReviewDisplay';
import AudienceView from '../../components/live/AudienceView.svelte';
import { applyLive, liveView, newLiveState } from '../../testing/fakeLive';

const T0 = Date.parse('2026-11-25T14:00:00Z');

function reviewView(review: ReviewDisplay): LiveView {
  const steps = [
    ['What was supposed to happen?', ['What was supposed to happen?']],
    ['What actually happened?', ['What actually happened?', 'What went well and what could have been done better?']],
  ].map(([title, questions], i) => ({ id: i + 1, key: null, title: title as string, questions: questions as string[], prompts: [], planned_secs: 600, optional: false }));
  let state = applyLive(newLiveState({ steps }), { type: 'Start' }, T0);
  state = applyLive(state, { type: 'Next' }, T0 + 1000);
  const view = liveView('s-1', state, { message: null, blank: false, show_plan: false }, T0 + 2000);
  return { ...view, technique: { kind: 'Record', shows: review.comparing, stage: { technique: 'after-action-review', display: review } } };
}

function show(view: LiveView) {
  return render(AudienceView, { view, remainingMs: view.remaining_ms, warning: view.warning, sessionTitle: 'Ward 7 review', techniqueName: 'After Action Review' });
}

const supposed = ['All observations on handhelds from 07:00', 'Paper charts withdrawn by noon'];
const actual = ['Two handhelds failed to sync until 09:30'];

describe('the After Action Review comparison on the audience display', () => {
  it('puts the plan beside what happened under the question the room is on', () => {
    show(reviewView({ comparing: true, supposed, actual }));
    expect(screen.getByTestId('audience-question')).toHaveTextContent('What actually happened?');
    const plan = within(screen.getByTestId('audience-review-supposed'));
    expect(plan.getByRole('heading')).toHaveTextContent('What was supposed to happen');
    expect(plan.getAllByRole('listitem').map((li) => li.textContent)).toEqual(supposed);
    const outcome = within(screen.getByTestId('audience-review-actual'));
    expect(outcome.getAllByRole('listitem').map((li) => li.textContent)).toEqual(actual);
    expect(screen.getByTestId('audience-timer')).toBeInTheDocument();
  });

  it('says so when one side has nothing noted yet', () => {
    show(reviewView({ comparing: true, supposed, actual: [] }));
    expect(screen.getByTestId('audience-review-actual')).toHaveTextContent('Nothing noted yet.');
  });

  it('shows no notes when the room is not comparing', () => {
    show(reviewView({ comparing: false, supposed, actual }));
    expect(screen.queryByTestId('audience-review')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Paper charts withdrawn by noon');
  });
});
