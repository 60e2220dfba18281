// A Retrospect's marks on the audience display: the histogram of marks 0 to 10 with the
// count on each bar, the median and how many marked, then the answers unattributed;
// never anyone's name. The views are the ones the app sent in its recorded tests.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { LiveView } from '../../lib/bindings/LiveView';
import { Replay, transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/retrospect.json';
import AudienceView from '../../components/live/AudienceView.svelte';

const NAMES = ['Priya Shah', 'Tom Okafor', 'Zoë Brennan', 'Ben Okafor'];

/** The room's view as the app sent it at `label` of a recorded scenario. */
function show(label: 'at the marks' | 'at the answers', scenario = 'the room') {
  const v = new Replay(transcriptOf(recorded), scenario).reply<LiveView>(label);
  return render(AudienceView, { view: v, remainingMs: v.remaining_ms, warning: v.warning, sessionTitle: 'Discharge lounge', techniqueName: 'Retrospect' });
}

describe('the marks on the audience display', () => {
  it('draws how many gave each mark, the median and how many marked', () => {
    show('at the marks');
    const bars = screen.getAllByTestId('audience-bar');
    expect(bars.map((bar) => bar.dataset.mark)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(bars.map((bar) => Number(bar.dataset.count))).toEqual([0, 0, 0, 0, 0, 1, 0, 1, 2, 0, 0]);
    expect(bars[8]).toHaveTextContent('Mark 8: 2 people');
    expect(screen.getByTestId('audience-histogram')).toHaveAccessibleName('How many gave each mark out of 10');
    expect(screen.getByTestId('audience-median')).toHaveTextContent('Median 7.5');
    expect(screen.getByTestId('audience-marked')).toHaveTextContent('4 people marked');
    expect(screen.queryByTestId('audience-answers')).not.toBeInTheDocument();
    for (const name of NAMES) expect(document.body).not.toHaveTextContent(name);
  });

  it('says so when nobody has marked yet', () => {
    show('at the marks', 'the room before any mark');
    expect(screen.getByTestId('audience-median')).toHaveTextContent('No marks yet');
    expect(screen.getByTestId('audience-marked')).toHaveTextContent('0 people marked');
  });

  it('lists what would have made it a 10, unattributed', () => {
    show('at the answers');
    expect(screen.getByTestId('audience-question')).toHaveTextContent('What would have made it a 10?');
    expect(screen.getByTestId('audience-answers').querySelectorAll('li')).toHaveLength(3);
    expect(screen.getByTestId('audience-answers')).toHaveTextContent('Earlier sign-off from estates');
    expect(screen.queryByTestId('audience-histogram')).not.toBeInTheDocument();
    for (const name of NAMES) expect(document.body).not.toHaveTextContent(name);
  });
});
