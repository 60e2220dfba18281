// A Retrospect's marks on the audience display: the histogram of marks 0 to 10 with the
// count on each bar, the median and how many marked, then the answers unattributed;
// never anyone's name.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { LiveView } from '../../lib/bindings/LiveView';
import type { MarksDisplay } from '../../lib/bindings/MarksDisplay';
import type { RetrospectMarks } from '../../lib/bindings/RetrospectMarks';
import { markSummary } from '../../testing/fakeGuided';
import { applyLive, liveView, newLiveState } from '../../testing/fakeLive';
import AudienceView from '../../components/live/AudienceView.svelte';

const T0 = Date.parse('2026-11-25T14:00:00Z');
const NAMES = ['Priya Shah', 'Tom Okafor', 'Zoë Brennan', 'Ben Okafor'];

const record: RetrospectMarks = {
  marks: [
    { person_id: 'p-1', mark: 8, make_it_ten: 'A named sponsor from the start' },
    { person_id: 'p-2', mark: 7, make_it_ten: '' },
    { person_id: 'p-3', mark: 8, make_it_ten: 'Earlier sign-off from estates' },
    { person_id: 'p-4', mark: 5, make_it_ten: 'Fewer meetings' },
  ],
};

function display(showing: 'marks' | 'answers', marks = record): MarksDisplay {
  return {
    showing_marks: showing === 'marks',
    showing_answers: showing === 'answers',
    summary: markSummary(marks),
    answers: marks.marks.map((m) => m.make_it_ten).filter((a) => a !== ''),
  };
}

function view(marks: MarksDisplay): LiveView {
  const steps = ['What was the objective of the project?', 'Marks out of 10 for the project as a whole?'].map((title, i) => ({
    id: i === 0 ? 1 : 4,
    key: i === 0 ? 'objective' : 'marks',
    title,
    questions: i === 0 ? [title] : [title, 'What would have made it a 10?'],
    prompts: [],
    planned_secs: 600,
    optional: false,
  }));
  let state = applyLive(newLiveState({ steps }), { type: 'Start' }, T0);
  state = applyLive(state, { type: 'Next' }, T0 + 1000);
  if (marks.showing_answers) state = applyLive(state, { type: 'NextQuestion' }, T0 + 2000);
  const live = liveView('s-5', state, { message: null, blank: false, show_plan: false }, T0 + 3000);
  return { ...live, technique: { kind: 'Record', shows: true, stage: { technique: 'retrospect', display: marks } } };
}

function show(marks: MarksDisplay) {
  const v = view(marks);
  return render(AudienceView, { view: v, remainingMs: v.remaining_ms, warning: v.warning, sessionTitle: 'Discharge lounge', techniqueName: 'Retrospect' });
}

describe('the marks on the audience display', () => {
  it('draws how many gave each mark, the median and how many marked', () => {
    show(display('marks'));
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
    show(display('marks', { marks: [] }));
    expect(screen.getByTestId('audience-median')).toHaveTextContent('No marks yet');
    expect(screen.getByTestId('audience-marked')).toHaveTextContent('0 people marked');
  });

  it('lists what would have made it a 10, unattributed', () => {
    show(display('answers'));
    expect(screen.getByTestId('audience-question')).toHaveTextContent('What would have made it a 10?');
    expect(screen.getByTestId('audience-answers').querySelectorAll('li')).toHaveLength(3);
    expect(screen.getByTestId('audience-answers')).toHaveTextContent('Earlier sign-off from estates');
    expect(screen.queryByTestId('audience-histogram')).not.toBeInTheDocument();
    for (const name of NAMES) expect(document.body).not.toHaveTextContent(name);
  });
});
