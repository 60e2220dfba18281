// A Fishbowl on the audience display: the question and the chairs, names only when the
// set-up shows them, the open fishbowl's spare chair inviting people in, the speaker's
// chair marked, and the speaker's own countdown counting on locally while running.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { FishbowlDisplay } from '../../lib/bindings/FishbowlDisplay';
import type { LiveView } from '../../lib/bindings/LiveView';
import { applyLive, liveView, newLiveState } from '../../testing/fakeLive';
import AudienceView from '../../components/live/AudienceView.svelte';

const T0 = Date.parse('2026-11-25T14:00:00Z');
const QUESTION = 'Should virtual wards replace some hospital beds this winter?';

function display(overrides: Partial<FishbowlDisplay> = {}): FishbowlDisplay {
  const names = ['Ben Okafor', 'Cerys Pritchard', null, null];
  return {
    staged: true,
    question: QUESTION,
    open: true,
    chairs: names.map((name, i) => ({ spare: i === 3, occupied: name !== null, name, holds_token: i === 1 })),
    holder_chair: 1,
    names_shown: false,
    turn_limit_secs: 120,
    turn_elapsed_ms: 30_000,
    presenting: false,
    key_points: [],
    ...overrides,
  };
}

/** The discussion (step 2) under way, or paused, with the fishbowl's part of the view. */
function fishbowlView(fishbowl: FishbowlDisplay, paused = false): LiveView {
  const titles = ['The facilitator explains the fishbowl', 'Join the conversation', 'The scribe captures the key points', 'Debrief'];
  const steps = titles.map((title, i) => ({ id: i + 1, key: null, title, questions: i < 2 ? [QUESTION] : [], prompts: [], planned_secs: 600, optional: false }));
  let state = applyLive(newLiveState({ steps }), { type: 'Start' }, T0);
  state = applyLive(state, { type: 'Next' }, T0 + 1000);
  if (paused) state = applyLive(state, { type: 'Pause' }, T0 + 2000);
  const view = liveView('s-3', state, { message: null, blank: false, show_plan: false }, T0 + 5000);
  return { ...view, technique: { kind: 'Record', shows: fishbowl.staged, stage: { technique: 'fishbowl', display: fishbowl } } };
}

function show(view: LiveView, sinceViewMs = 0) {
  const remainingMs = view.state.status === 'running' ? view.remaining_ms - sinceViewMs : view.remaining_ms;
  return render(AudienceView, { view, remainingMs, warning: view.warning, sessionTitle: 'Virtual wards', techniqueName: 'Fishbowl' });
}

const labels = () => screen.getAllByTestId('audience-chair').map((chair) => chair.textContent?.replace(/\s+/g, ' ').trim());

describe('the fishbowl on the audience display', () => {
  it('shows the question and the chairs without names unless the set-up shows them', () => {
    // Even a name sent by mistake stays off the wall while names are hidden.
    show(fishbowlView(display()));
    expect(screen.getByTestId('audience-fishbowl-question')).toHaveTextContent(QUESTION);
    expect(labels()).toEqual(['Chair 1', 'Speaking Chair 2', 'Free chair: join in', 'Spare chair: join in']);
    expect(screen.getByTestId('audience-fishbowl')).not.toHaveTextContent('Ben Okafor');
    expect(screen.getByTestId('audience-timer')).toBeInTheDocument();
  });

  it('shows names when the set-up allows it, and marks the speaker', () => {
    show(fishbowlView(display({ names_shown: true })));
    expect(labels()).toEqual(['Ben Okafor', 'Speaking Cerys Pritchard', 'Free chair: join in', 'Spare chair: join in']);
    const chairs = screen.getAllByTestId('audience-chair');
    expect(chairs[1]).toHaveClass('holds');
    expect(chairs[0]).not.toHaveClass('holds');
  });

  it('counts the speaker’s turn down from the view, on by the time since it arrived', () => {
    show(fishbowlView(display()), 10_000);
    expect(screen.getByTestId('audience-turn')).toHaveTextContent('Time left for this speaker 01:20');
  });

  it('holds the turn countdown while the session is paused', () => {
    show(fishbowlView(display(), true), 10_000);
    expect(screen.getByTestId('audience-turn')).toHaveTextContent('Time left for this speaker 01:30');
  });

  it('shows no countdown without a turn limit, and an empty closed chair as empty', () => {
    const closed = display({ open: false, turn_limit_secs: null });
    closed.chairs = closed.chairs.slice(0, 3).map((chair) => ({ ...chair, spare: false }));
    show(fishbowlView(closed));
    expect(screen.queryByTestId('audience-turn')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('audience-fishbowl')).getAllByTestId('audience-chair').at(-1)).toHaveTextContent('Empty');
  });

  it('says the speaker’s time is up once the turn runs past its limit', () => {
    show(fishbowlView(display({ turn_elapsed_ms: 125_000 })));
    expect(screen.getByTestId('audience-turn')).toHaveTextContent("This speaker's time is up +00:05");
  });

  it('lists the key points in place of the chairs while the scribe presents them back', () => {
    const points = [
      { text: 'Porters start at 07:30, too late for a 07:00 lounge', speaker: 'Ben Okafor' },
      { text: 'Pharmacy could batch TTOs the evening before', speaker: null },
    ];
    show(fishbowlView(display({ presenting: true, key_points: points, holder_chair: null })));
    const listed = screen.getAllByTestId('audience-key-point').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(listed).toEqual(['Porters start at 07:30, too late for a 07:00 lounge (Ben Okafor)', 'Pharmacy could batch TTOs the evening before']);
    expect(screen.queryByTestId('audience-fishbowl')).not.toBeInTheDocument();
    expect(screen.getByTestId('audience-timer')).toBeInTheDocument();
  });

  it('puts the question list back up when Rust says there is nothing to stage', () => {
    show(fishbowlView(display({ staged: false })));
    expect(screen.queryByTestId('audience-fishbowl')).not.toBeInTheDocument();
    expect(screen.getByTestId('audience-question')).toHaveTextContent(QUESTION);
  });
});
