// A Fishbowl on the audience display: the question and the chairs, names only when the
// set-up shows them, the open fishbowl's spare chair inviting people in, the speaker's
// chair marked, and the speaker's own countdown counting on locally while running.
// The views are the ones the app sent in its recorded tests (transcripts/fishbowl.json).
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { LiveView } from '../../lib/bindings/LiveView';
import { Replay, transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/fishbowl.json';
import AudienceView from '../../components/live/AudienceView.svelte';

const QUESTION = 'Should virtual wards replace some hospital beds this winter?';

/** The room's view at `label` of a recorded fishbowl. */
const fishbowlView = (scenario: string, label: string) => new Replay(transcriptOf(recorded), scenario).reply<LiveView>(label);
const HIDDEN = 'an open fishbowl, names hidden';

function show(view: LiveView, sinceViewMs = 0) {
  const remainingMs = view.state.status === 'running' ? view.remaining_ms - sinceViewMs : view.remaining_ms;
  return render(AudienceView, { view, remainingMs, warning: view.warning, sessionTitle: 'Virtual wards', techniqueName: 'Fishbowl' });
}

const labels = () => screen.getAllByTestId('audience-chair').map((chair) => chair.textContent?.replace(/\s+/g, ' ').trim());

describe('the fishbowl on the audience display', () => {
  it('shows the question and the chairs without names unless the set-up shows them', () => {
    show(fishbowlView(HIDDEN, 'speaking 30 s'));
    expect(screen.getByTestId('audience-fishbowl-question')).toHaveTextContent(QUESTION);
    expect(labels()).toEqual(['Chair 1', 'Speaking Chair 2', 'Free chair: join in', 'Spare chair: join in']);
    expect(screen.getByTestId('audience-fishbowl')).not.toHaveTextContent('Ben Okafor');
    expect(screen.getByTestId('audience-timer')).toBeInTheDocument();
  });

  it('shows names when the set-up allows it, and marks the speaker', () => {
    show(fishbowlView('an open fishbowl, names shown', 'speaking 30 s'));
    expect(labels()).toEqual(['Ben Okafor', 'Speaking Cerys Pritchard', 'Free chair: join in', 'Spare chair: join in']);
    const chairs = screen.getAllByTestId('audience-chair');
    expect(chairs[1]).toHaveClass('holds');
    expect(chairs[0]).not.toHaveClass('holds');
  });

  it('counts the speaker’s turn down from the view, on by the time since it arrived', () => {
    show(fishbowlView(HIDDEN, 'speaking 30 s'), 10_000);
    expect(screen.getByTestId('audience-turn')).toHaveTextContent('Time left for this speaker 01:20');
  });

  it('holds the turn countdown while the session is paused', () => {
    show(fishbowlView(HIDDEN, 'paused'), 10_000);
    expect(screen.getByTestId('audience-turn')).toHaveTextContent('Time left for this speaker 01:30');
  });

  it('shows no countdown without a turn limit, and an empty closed chair as empty', () => {
    show(fishbowlView('a closed fishbowl with no turn limit', 'discussing'));
    expect(screen.queryByTestId('audience-turn')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('audience-fishbowl')).getAllByTestId('audience-chair').at(-1)).toHaveTextContent('Empty');
  });

  it('says the speaker’s time is up once the turn runs past its limit', () => {
    show(fishbowlView(HIDDEN, 'the turn run out'));
    expect(screen.getByTestId('audience-turn')).toHaveTextContent("This speaker's time is up +00:05");
  });

  it('lists the key points in place of the chairs while the scribe presents them back', () => {
    show(fishbowlView(HIDDEN, 'the key points presented'));
    const listed = screen.getAllByTestId('audience-key-point').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    // Names are hidden in this fishbowl, so a point's speaker is not named either.
    expect(listed).toEqual(['Porters start at 07:30, too late for a 07:00 lounge', 'Pharmacy could batch TTOs the evening before']);
    expect(document.body).not.toHaveTextContent('Ben Okafor');
    expect(screen.queryByTestId('audience-fishbowl')).not.toBeInTheDocument();
    expect(screen.getByTestId('audience-timer')).toBeInTheDocument();
  });

  it('puts up nothing of the fishbowl while Rust has nothing to stage, before the start', () => {
    show(fishbowlView(HIDDEN, 'before the start'));
    expect(screen.queryByTestId('audience-fishbowl')).not.toBeInTheDocument();
    expect(screen.queryAllByTestId('audience-chair')).toHaveLength(0);
  });
});
