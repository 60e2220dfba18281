// An Appreciative Inquiry on the audience display: at Discovery the stories as sentences,
// at Dream the dreams under their groups' names, at Design and Delivery the board read as
// dream → design → delivery with owners; the type shrinks as the board fills.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { BoardDisplay } from '../../lib/bindings/BoardDisplay';
import type { LiveView } from '../../lib/bindings/LiveView';
import { applyLive, liveView, newLiveState } from '../../testing/fakeLive';
import AudienceView from '../../components/live/AudienceView.svelte';
import BoardStage from './BoardStage.svelte';

const T0 = Date.parse('2026-11-25T14:00:00Z');
const STEPS: [string, string[]][] = [
  ['Definition', ['What is the inquiry?']],
  ['Discovery', ['What has worked well before and why?']],
  ['Dream', ['What would we love to see happening?', "What's different?"]],
  ['Design', ['What must we do now to make our dreams a reality?']],
  ['Delivery', ['How will we take our topic forward?', 'How will we measure success?']],
];

/** The audience display at step `position` (from 0) showing `board`, when Rust says it has something to put up. */
function showAt(position: number, board: BoardDisplay, shows = true) {
  const steps = STEPS.map(([title, questions], i) => ({ id: i + 1, key: null, title, questions, prompts: [], planned_secs: 1800, optional: false }));
  let state = applyLive(newLiveState({ steps }), { type: 'Start' }, T0);
  for (let i = 0; i < position; i += 1) state = applyLive(state, { type: 'Next' }, T0 + 1000 * (i + 1));
  const base = liveView('s-ai', state, { message: null, blank: false, show_plan: false }, T0 + 10_000);
  const view: LiveView = { ...base, technique: { kind: 'Record', shows, stage: { technique: 'appreciative-inquiry', display: board } } };
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
    showAt(1, { ...board, stage: 'stories' });
    expect(screen.getByTestId('audience-question')).toHaveTextContent('What has worked well before and why?');
    expect(within(screen.getByTestId('audience-stories')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(board.stories);
    expect(screen.queryByTestId('audience-board')).not.toBeInTheDocument();
  });

  it('shows the dreams under their groups at Dream, leaving out a group with none', () => {
    showAt(2, { ...board, stage: 'dreams' });
    const groups = within(screen.getByTestId('audience-dreams')).getAllByTestId('audience-dream-group');
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual(['Flow', 'Group 2']);
    expect(within(groups[0] as HTMLElement).getAllByTestId('audience-dream').map((d) => d.textContent)).toEqual(['Every patient home by lunchtime', 'No one waits for transport']);
  });

  it('shows the chain dream → design → delivery with its owner at Design and Delivery', () => {
    showAt(4, { ...board, stage: 'board' });
    const chains = within(screen.getByTestId('audience-board')).getAllByTestId('audience-chain');
    expect(chains).toHaveLength(2);
    expect(chains[0]).toHaveTextContent('Every patient home by lunchtime');
    expect(chains[0]).toHaveTextContent('Flow');
    expect(chains[0]).toHaveTextContent('Start the discharge checklist on admission');
    expect(within(chains[0] as HTMLElement).getByTestId('audience-delivery')).toHaveTextContent('Pilot the checklist on Ward 7 — Tom Okafor');
    expect(chains[1]).toHaveTextContent('Design to come');
  });

  it('shows nothing of the board while there is nothing for the stage', () => {
    showAt(2, { ...board, groups: [], stage: 'dreams' }, false);
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
