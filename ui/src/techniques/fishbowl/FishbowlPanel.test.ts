// The Fishbowl on the console: the set-up and its refusals beside their fields, the chair
// map driven by number keys and G, the open fishbowl's rule that someone leaves when the
// last free chair is taken, the person picker, talk time and the equity figures, the
// scribe's key points, and the finished record.
// The app's replies are the ones its tests recorded (transcripts/fishbowl-console.json),
// on the app's test clock: today is 25 Nov 2026. Amira facilitates and Hannah scribes;
// Ben, Cerys and Dariusz start in chairs 1 to 3, the spare (chair 4) free.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FishbowlChange } from '../../lib/bindings/FishbowlChange';
import type { Session } from '../../lib/bindings/Session';
import type { TechniqueChange } from '../../lib/bindings/TechniqueChange';
import type { TechniqueView } from '../../lib/bindings/TechniqueView';
import { formatInstantTime } from '../../lib/dates';
import RunScreen from '../../screens/RunScreen.svelte';
import { library } from '../../state/library.svelte';
import { router } from '../../state/router.svelte';
import { countIds } from '../../testing/countedIds';
import { FakeBackend } from '../../testing/fakeBackend';
import { catalogued } from '../../testing/fixtures';
import { transcriptOf } from '../../testing/replay';
import recorded from '../../testing/transcripts/fishbowl-console.json';

const transcript = transcriptOf(recorded);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

async function openConsole(scenario: string) {
  const backend = new FakeBackend();
  const played = backend.replay(transcript, scenario);
  const session = played.first<Session>('session_get');
  const view = played.first<TechniqueView>('technique_get');
  countIds();
  await library.load();
  router.reset({ name: 'run', id: session.id });
  render(RunScreen, { id: session.id });
  await screen.findByRole('heading', { level: 1, name: session.title });
  /** Amira, Ben, Cerys, Dariusz, Eilidh, Farah, Gareth and Hannah, by first name. */
  const id = (first: string) => session.participants.find((p) => p.name.startsWith(first))?.person_id;
  return { backend, played, session, view, id, user: userEvent.setup() };
}

/** What the console asked of the record, in order. */
const asked = (backend: FakeBackend) => backend.callsTo('technique_change').map((call) => (call.args as { change: TechniqueChange }).change);
/** The fishbowl's own changes the console sent, in order. */
const changes = (backend: FakeBackend): FishbowlChange[] =>
  asked(backend).flatMap((change) => (change.kind === 'own' && change.change.technique === 'fishbowl' ? [change.change.change] : []));
const chair = (index: number) => screen.getAllByTestId('fishbowl-chair')[index] as HTMLElement;

describe('the fishbowl set-up', () => {
  it('refuses beside the field, then saves and seats the starters', async () => {
    const { backend, played, id, user } = await openConsole('set up after two refusals');
    await screen.findByTestId('fishbowl-setup');
    expect(screen.getByTestId('fishbowl-where')).toHaveTextContent('Not set up yet');
    expect(screen.getByTestId('fishbowl-total')).toHaveTextContent('1 hr 30 min in all');

    await user.clear(screen.getByTestId('fishbowl-question'));
    await user.click(screen.getByTestId('fishbowl-save-setup'));
    expect(await screen.findByText('Write the stimulating question the inner circle will debate.')).toBeInTheDocument();
    expect(screen.getByTestId('fishbowl-question')).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByTestId('fishbowl-question'), 'Should virtual wards replace beds?');
    await user.selectOptions(screen.getByTestId('fishbowl-facilitator'), 'Amira Hassan');
    await user.selectOptions(screen.getByTestId('fishbowl-scribe'), 'Amira Hassan');
    await user.click(screen.getByTestId('fishbowl-save-setup'));
    expect(await screen.findByText(/The facilitator cannot also be the scribe/)).toBeInTheDocument();
    expect(screen.getByTestId('fishbowl-scribe')).toHaveAttribute('aria-invalid', 'true');

    await user.selectOptions(screen.getByTestId('fishbowl-scribe'), 'Hannah Boateng');
    const boxes = screen.getAllByTestId('fishbowl-starter');
    for (const index of [1, 2, 3]) await user.click(boxes[index] as HTMLElement);
    expect(boxes[4]).toBeDisabled();
    await user.type(screen.getByTestId('fishbowl-turnLimitSecs'), 'soon');
    await user.click(screen.getByTestId('fishbowl-save-setup'));
    expect(await screen.findByText(/Enter minutes, such as 2/)).toBeInTheDocument();
    expect(asked(backend).filter((change) => change.kind === 'save')).toHaveLength(2);

    await user.clear(screen.getByTestId('fishbowl-turnLimitSecs'));
    await user.type(screen.getByTestId('fishbowl-turnLimitSecs'), '1:30');
    await user.click(screen.getAllByTestId('fishbowl-checklist-item')[0] as HTMLElement);
    await user.click(screen.getByTestId('fishbowl-save-setup'));
    expect(await screen.findByTestId('fishbowl-summary')).toHaveTextContent('Should virtual wards replace beds?');
    const change = asked(backend).at(-1);
    const saved = change?.kind === 'save' && change.record.technique === 'fishbowl' ? change.record.record.setup : null;
    expect(saved).toMatchObject({ facilitator: id('Amira'), scribe: id('Hannah'), starters: [id('Ben'), id('Cerys'), id('Dariusz')], turn_limit_secs: 90 });
    expect(saved?.checklist[0]?.done_on).toBe('2026-11-25');
    expect(played.unplayed()).toEqual([]);
    expect(screen.getByTestId('fishbowl-where')).toHaveTextContent('Open fishbowl: 3 talking chairs and a spare');
    expect(screen.getAllByTestId('fishbowl-chair').map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '1 Ben Okafor Talk time 0:00',
      '2 Cerys Pritchard Talk time 0:00',
      '3 Dariusz Wójcik Talk time 0:00',
      '4 · Spare Empty: for joining',
    ]);
  });
});

describe('the chair map', () => {
  it('gives the fish to the sitter of the chair selected by its number key with G, and puts it down with 0', async () => {
    const { backend, played, id, user } = await openConsole('the fish passed by chair');
    await screen.findByTestId('fishbowl-chairs-map');
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('3');
    expect(within(chair(2)).getByTestId('fishbowl-chair-select')).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('g');
    await waitFor(() => expect(screen.getByTestId('fishbowl-speaker')).toHaveTextContent('Dariusz Wójcik has the fish'));
    expect(changes(backend)).toEqual([{ type: 'Pass', to: id('Dariusz') }]);
    expect(screen.getByTestId('fishbowl-announcement')).toHaveTextContent('Dariusz Wójcik has the fish');
    await user.keyboard('0');
    await waitFor(() => expect(screen.getByTestId('fishbowl-speaker')).toHaveTextContent('The fish is down'));
    expect(changes(backend).at(-1)).toEqual({ type: 'Pass', to: null });
    expect(played.unplayed()).toEqual([]);
  });

  it('asks who leaves when someone takes the last free chair, suggesting the longest speaker, and sends one Seat', async () => {
    // Ben spoke 1:30 in all; Cerys 0:20 earlier and 3:09 now, paused.
    const { backend, played, id, user } = await openConsole('the last free chair taken from the outer circle');
    const outer = await screen.findByTestId('fishbowl-outer');
    const eilidh = within(outer).getAllByTestId('fishbowl-outer-person').find((row) => row.dataset.name === 'Eilidh MacLeod');
    if (!eilidh) throw new Error('Eilidh is in the outer circle');
    const before = changes(backend).length;
    await user.click(within(eilidh).getByTestId('fishbowl-outer-seat'));

    const dialog = await screen.findByTestId('fishbowl-leaver');
    expect(dialog).toHaveTextContent('Eilidh MacLeod is taking the spare chair, the last free chair');
    const options = within(dialog).getAllByTestId('fishbowl-leaver-option');
    expect(options.map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Ben Okafor · 1:30 in this sitting',
      'Cerys Pritchard · 3:29 in this sitting Suggested: has spoken longest since sitting down',
      'Dariusz Wójcik · 0:00 in this sitting',
    ]);
    expect(within(dialog).getByRole('radio', { name: /Cerys Pritchard/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /Ben Okafor/ })).not.toBeChecked();
    expect(changes(backend)).toHaveLength(before);

    await user.click(within(dialog).getByTestId('fishbowl-leaver-confirm'));
    await waitFor(() => expect(screen.queryByTestId('fishbowl-leaver')).not.toBeInTheDocument());
    expect(changes(backend).slice(before)).toEqual([{ type: 'Seat', person: id('Eilidh'), chair: 3, leaver: id('Cerys') }]);
    await waitFor(() => expect(chair(3)).toHaveTextContent('Eilidh MacLeod'));
    expect(chair(1)).toHaveTextContent('Empty');
    expect(played.unplayed()).toEqual([]);
  });

  it('seats someone typed into the picker (J), and a chair taken that way asks who leaves too', async () => {
    const { backend, played, id, user } = await openConsole('the last free chair taken through the picker');
    await screen.findByTestId('fishbowl-chairs-map');
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('j');
    const picker = await screen.findByTestId('fishbowl-picker');
    expect(picker).toHaveTextContent('Seat someone in spare chair');
    await user.type(within(picker).getByTestId('fishbowl-picker-input'), 'far');
    expect(within(picker).getAllByTestId('fishbowl-picker-option').map((o) => o.textContent)).toEqual(['Farah Iqbal, Physiotherapy']);
    await user.keyboard('{Enter}');
    const dialog = await screen.findByTestId('fishbowl-leaver');
    await user.click(within(dialog).getByRole('radio', { name: /Cerys Pritchard/ }));
    await user.click(within(dialog).getByTestId('fishbowl-leaver-confirm'));
    await waitFor(() => expect(changes(backend)).toEqual([{ type: 'Seat', person: id('Farah'), chair: 3, leaver: id('Cerys') }]));
    expect(played.unplayed()).toEqual([]);
  });

  it('lists the fishbowl keys in the help', async () => {
    const { user } = await openConsole('the fish passed by chair');
    await screen.findByTestId('fishbowl-chairs-map');
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('?');
    const help = await screen.findByTestId('help-overlay');
    expect(help).toHaveTextContent('Give the fish to whoever sits in the selected chair');
    expect(help).not.toHaveTextContent('Show the table plan');
  });
});

describe('talk time', () => {
  it('shows each speaker’s total, turns and share, who has not spoken, and the equity figures', async () => {
    await openConsole('talk time with a limit of 1:15 each');
    const talk = await screen.findByTestId('fishbowl-talk');
    const rows = within(talk).getAllByTestId('fishbowl-talk-row');
    const cells = (row: HTMLElement) => Array.from(row.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows.map(cells)).toEqual([
      ['Ben Okafor speaking over the 1:15 limit', '1:30', '2', '1:00', '82%'],
      ['Cerys Pritchard', '0:20', '1', '0:20', '18%'],
    ]);
    expect(within(talk).getByTestId('fishbowl-talk-all')).toHaveTextContent('1:50');
    const silent = screen.getAllByTestId('fishbowl-silent-person').map((p) => p.textContent?.trim());
    expect(silent).toEqual(['Dariusz Wójcik · in the inner circle', 'Eilidh MacLeod', 'Farah Iqbal', 'Gareth Jones']);
    expect(screen.getByTestId('fishbowl-voices')).toHaveTextContent('Voices heard: 2 of 6');
    expect(screen.getByTestId('fishbowl-top-share')).toHaveTextContent('Top speaker: 82% of talk time');
    expect(screen.getByTestId('fishbowl-gini')).toHaveTextContent('Evenness (Gini): 0.55, where 0 is perfectly even');
  });
});

describe('the scribe’s key points', () => {
  it('adds a point tied to whoever holds the fish, edits it and removes it', async () => {
    const { backend, played, id, user } = await openConsole('a key point added, edited and removed');
    const points = await screen.findByTestId('fishbowl-points');
    expect(within(points).getByTestId('fishbowl-point-speaker')).toHaveValue(id('Ben'));
    await user.type(within(points).getByTestId('fishbowl-point-input'), 'Step-down beds free up the front door{Enter}');
    const item = await within(points).findByTestId('fishbowl-point');
    const reply = played.reply<TechniqueView>('the point added').overview;
    const at = reply.technique === 'fishbowl' ? (reply.overview.state.points[0]?.at ?? '') : '';
    expect(item).toHaveTextContent(`${formatInstantTime(at)} Ben Okafor: Step-down beds free up the front door`);
    expect(within(points).getByTestId('fishbowl-point-input')).toHaveValue('');
    const added = changes(backend).at(-1);
    expect(added).toMatchObject({ type: 'AddPoint', text: 'Step-down beds free up the front door', speaker: id('Ben') });

    await user.click(within(item).getByTestId('fishbowl-point-edit'));
    const editor = within(item).getByTestId('fishbowl-point-editor');
    await user.clear(editor);
    await user.type(editor, 'Step-down beds free up the emergency department{Enter}');
    await waitFor(() => expect(within(points).getByTestId('fishbowl-point-text')).toHaveTextContent('Step-down beds free up the emergency department'));
    expect(changes(backend).at(-1)).toMatchObject({ type: 'EditPoint', text: 'Step-down beds free up the emergency department', speaker: id('Ben') });

    await user.click(within(points).getByTestId('fishbowl-point-remove'));
    await waitFor(() => expect(within(points).queryByTestId('fishbowl-point')).not.toBeInTheDocument());
    expect(changes(backend).at(-1)).toMatchObject({ type: 'RemovePoint' });
    expect(played.unplayed()).toEqual([]);
  });
});

describe('the finished record', () => {
  it('lists who sat where when, the talk time and the key points, with nothing left to change', async () => {
    // Eilidh took the spare chair two minutes in, Ben leaving; the fishbowl ended at five.
    const { view } = await openConsole('finished');
    const sittings = view.overview.technique === 'fishbowl' ? view.overview.overview.state.sittings : [];
    const [sat, swapped] = [sittings[0]?.from ?? '', sittings.at(-1)?.from ?? ''].map(formatInstantTime);
    const record = await screen.findByTestId('fishbowl-record');
    const rows = within(record).getAllByTestId('fishbowl-sitting').map((r) => Array.from(r.children).map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['Ben Okafor', 'Chair 1', sat, swapped],
      ['Cerys Pritchard', 'Chair 2', sat, 'the end'],
      ['Dariusz Wójcik', 'Chair 3', sat, 'the end'],
      ['Eilidh MacLeod', 'Spare chair', swapped, 'the end'],
    ]);
    expect(within(record).getAllByTestId('fishbowl-talk-row')).toHaveLength(2);
    expect(within(record).getByTestId('fishbowl-point')).toHaveTextContent('Cerys Pritchard: Virtual wards need named clinicians');
    expect(within(record).queryByTestId('fishbowl-point-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('fishbowl-panel')).not.toBeInTheDocument();
  });
});
