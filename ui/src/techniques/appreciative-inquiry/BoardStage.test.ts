// An Appreciative Inquiry on the audience display: at Discovery the stories as sentences,
// at Dream the dreams under their groups' names, at Design and Delivery the board read as
// dream → design → delivery with owners; the type shrinks as the board fills.
// The views are the ones the app sent in its recorded tests (transcripts/appreciative-inquiry.json).
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { BoardDisplay } from '../../lib/bindings/BoardDisplay';
import type { LiveView } from '../../lib/bindings/LiveView';
import { Replay, transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/appreciative-inquiry.json';
import AudienceView from '../../components/live/AudienceView.svelte';
import BoardStage from './BoardStage.svelte';

/** The audience display at `label` of a recorded inquiry. */
function showAt(label: 'at discovery' | 'at dream' | 'at delivery', scenario = 'the board filled') {
  const view = new Replay(transcriptOf(recorded), scenario).reply<LiveView>(label);
  return render(AudienceView, { view, remainingMs: view.remaining_ms, warning: view.warning, sessionTitle: 'Discharges', techniqueName: 'Appreciative Inquiry' });
}

const board: BoardDisplay = {
  stage: null,
  stories: ['Pharmacy starting at 07:30 had medicines ready early', 'The discharge lounge freed beds by 11:00'],
  groups: [
    { name: 'Flow', dreams: ['Every patient home by lunchtime', 'No one waits for transport'] },
    { name: 'Group 2', dreams: ['Families know the plan on day one'] },
    { name: 'Group 3', dreams: [] },
  ],
  chains: [
    {
      dream: 'Every patient home by lunchtime',
      group: 'Flow',
      designs: [{ statement: 'Start the discharge checklist on admission', deliveries: [{ what: 'Pilot the checklist on Ward 7', owner: 'Tom Okafor' }] }],
    },
    { dream: 'Families know the plan on day one', group: 'Group 2', designs: [] },
  ],
};

describe('an Appreciative Inquiry on the audience display', () => {
  it('shows the stories as sentences at Discovery', () => {
    showAt('at discovery');
    expect(screen.getByTestId('audience-question')).toHaveTextContent('What has worked well before and why?');
    expect(within(screen.getByTestId('audience-stories')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(board.stories);
    expect(screen.queryByTestId('audience-board')).not.toBeInTheDocument();
  });

  it('shows the dreams under their groups at Dream, leaving out a group with none', () => {
    showAt('at dream');
    const groups = within(screen.getByTestId('audience-dreams')).getAllByTestId('audience-dream-group');
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual(['Flow', 'Group 2']);
    expect(within(groups[0] as HTMLElement).getAllByTestId('audience-dream').map((d) => d.textContent)).toEqual(['Every patient home by lunchtime', 'No one waits for transport']);
  });

  it('shows the chain dream → design → delivery with its owner at Design and Delivery', () => {
    showAt('at delivery');
    const chains = within(screen.getByTestId('audience-board')).getAllByTestId('audience-chain');
    // Every dream is a chain, a design or not.
    expect(chains).toHaveLength(3);
    expect(chains[0]).toHaveTextContent('Every patient home by lunchtime');
    expect(chains[0]).toHaveTextContent('Flow');
    expect(chains[0]).toHaveTextContent('Start the discharge checklist on admission');
    expect(within(chains[0] as HTMLElement).getByTestId('audience-delivery')).toHaveTextContent('Pilot the checklist on Ward 7 — Tom Okafor');
    expect(chains[1]).toHaveTextContent('No one waits for transport');
    expect(chains[1]).toHaveTextContent('Design to come');
    expect(chains[2]).toHaveTextContent('Group 2');
  });

  it('shows nothing of the board while there is nothing for the stage', () => {
    showAt('at dream', 'no dreams yet');
    expect(screen.queryByTestId('audience-dreams')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('audience-question')).toHaveLength(2);
  });

  it('shrinks the type as the stories fill the screen', () => {
    const { container } = render(BoardStage, { sinceMs: 0, display: { ...board, stage: 'stories', stories: Array.from({ length: 28 }, (_, i) => `Story ${i + 1}`) } });
    const scale = Number((container.querySelector('[style]') as HTMLElement).style.getPropertyValue('--k'));
    expect(scale).toBeLessThan(1);
    expect(scale).toBeGreaterThanOrEqual(0.36);
    expect(screen.getByTestId('audience-stories')).toHaveClass('two');
  });
});
