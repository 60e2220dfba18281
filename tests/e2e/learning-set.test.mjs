// An Action Learning Set over two meetings, as its facilitator runs it: the set made from
// the first meeting's roster, the confidentiality reminder, members bidding for time with
// their level of need, the order the bids set on the projector, each presenter's round
// with its own timer and the GROW prompts, a round kept confidential (its notes left out
// of the export unless included), a committed action, and the next meeting planned from
// the Learning sets screen, whose report-in carries that action forward.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDriver, stopDriver, openApp, shot, typeInto, windowTitled } from './driver.mjs';
import { seriousViolations } from './axe.mjs';
import { exportPdf, finish, newSession, nextStep, note, reopen, scrollTo, untilStep } from './session-steps.mjs';

const SET = 'Ward managers’ set';
const PEOPLE = ['Asha Patel', 'Ben Okafor', 'Grace O’Neill'];
const SECRET = 'The complainant’s daughter is a colleague';
const ACTION = 'Meet the family with PALS';

let driver;
before(async () => {
  driver = await startDriver();
});
after(async () => {
  await stopDriver(driver);
});

/** The bid row of `name`. */
async function bidRow(app, name) {
  const row = await app.$(`//*[@data-testid="als-bid-row"][contains(., "${name}")]`);
  await row.waitForExist({ timeout: 5000 });
  return row;
}

test('a learning set: bids set the order, rounds run with GROW, a confidential round, and actions carried to the next meeting', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-learning-set-'));
  const app = await openApp(dataDir);
  const first = `${SET}: meeting 1`;
  try {
    await newSession(app, 'action-learning-sets', first, { people: PEOPLE.map((name) => [name, '']) });

    // The set, made from this meeting's roster.
    await scrollTo(app, 'als-panel');
    assert.match(await app.$('[data-testid="als-confidential-reminder"]').getText(), /[Cc]onfidential/);
    await app.$('[data-testid="als-set-new"]').click();
    await app.$('[data-testid="als-set-dialog"]').waitForDisplayed({ timeout: 5000 });
    await typeInto(app, await app.$('[data-testid="als-set-name"]'), SET);
    await app.$('[data-testid="als-set-create"]').click();
    await app.waitUntil(async () => (await app.$('[data-testid="als-set-which"]').getText()).includes(SET), {
      timeout: 5000,
      timeoutMsg: 'the meeting is linked to its set',
    });
    assert.match(await app.$('[data-testid="als-set-which"]').getText(), /Meeting 1 of/);

    await app.execute(() => window.scrollTo(0, 0));
    await app.$('[data-testid="live-start"]').click();
    const console = await app.getWindowHandle();
    await app.$('[data-testid="live-present"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.switchToWindow(console);
    assert.match(await app.$('[data-testid="als-report-in"]').getText(), /Nothing carried forward/);

    // Bidding: Ben has the greatest need, Asha bids first with less; Grace passes.
    await nextStep(app, 'Bidding');
    await scrollTo(app, 'als-bidding');
    let row = await bidRow(app, 'Asha Patel');
    await row.$('[data-testid="als-bid-toggle"]').click();
    await row.$('[data-testid="als-bid-need-medium"]').click();
    await typeInto(app, await row.$('[data-testid="als-bid-issue"]'), 'Rota gaps over Christmas');
    await app.keys('Tab');
    row = await bidRow(app, 'Ben Okafor');
    await row.$('[data-testid="als-bid-toggle"]').click();
    await row.$('[data-testid="als-bid-need-high"]').click();
    await typeInto(app, await row.$('[data-testid="als-bid-issue"]'), 'A complaint to answer');
    await app.keys('Tab');
    await app.waitUntil(
      async () => {
        const items = await app.$$('[data-testid="als-order-item"]');
        return items.length === 2 && (await items[0].getText()).includes('Ben Okafor');
      },
      { timeout: 5000, timeoutMsg: 'the greatest need goes first' },
    );
    await shot(app, '80-learning-set-console-bidding');
    await windowTitled(app, 'Mobilise: audience display');
    await app.$('[data-testid="audience-order"]').waitForDisplayed({ timeout: 5000 });
    const order = await app.$$('[data-testid="audience-order-item"]');
    assert.match(await order[0].getText(), /Ben Okafor/);
    assert.match(await order[1].getText(), /Asha Patel/);
    assert.deepEqual(await seriousViolations(app), [], 'the bidding order passes axe');
    await shot(app, '81-learning-set-audience-order');
    await app.switchToWindow(console);

    // The bids plan the rounds; Ben's is confidential.
    await app.$('[data-testid="als-plan"]').click();
    await app.waitUntil(async () => (await app.$$('[data-testid="als-round"]')).length === 2, {
      timeout: 5000,
      timeoutMsg: 'a round for each bid',
    });
    const agenda = await app.$('[data-testid="live-agenda"]').getText();
    assert.match(agenda, /Ben Okafor: questions and actions/);
    await (await app.$$('[data-testid="als-round"]'))[0].$('[data-testid="als-round-confidential"]').click();
    await app.waitUntil(
      async () => (await app.$$('[data-testid="als-round-confidential"]'))[0].isSelected(),
      { timeout: 5000 },
    );

    await nextStep(app, 'Ben Okafor: presentation');
    assert.match(await app.$('[data-testid="als-now"]').getText(), /Ben Okafor/);
    await nextStep(app, 'Ben Okafor: questions and actions');
    await app.$('[data-testid="als-confidential-badge"]').waitForDisplayed({ timeout: 5000 });
    await note(app, 0, SECRET);
    await scrollTo(app, 'als-grow');
    await typeInto(app, await app.$('[data-testid="als-action-text"]'), ACTION);
    await app.$('[data-testid="als-action-add"]').click();
    await app.waitUntil(async () => (await app.$('[data-testid="als-committed"]').getText()).includes(ACTION), { timeout: 5000 });
    await scrollTo(app, 'als-now');
    await shot(app, '82-learning-set-console-round');
    assert.match(await app.$('[data-testid="als-committed"]').getText(), new RegExp(ACTION), 'the committed action stays listed');
    await windowTitled(app, 'Mobilise: audience display');
    await app.waitUntil(async () => (await app.$('[data-testid="audience-root"]').getText()).includes('Goal'), {
      timeout: 5000,
      timeoutMsg: 'the room sees the GROW question',
    });
    assert.ok(!(await app.$('[data-testid="audience-root"]').getText()).includes('colleague'), 'no notes on the projector');
    await shot(app, '83-learning-set-audience-round');
    await app.switchToWindow(console);

    await nextStep(app, 'Ben Okafor: learning and review');
    await nextStep(app, 'Asha Patel: presentation');
    await nextStep(app, 'Asha Patel: questions and actions');
    await note(app, 0, 'Swap the long days with the bank team');
    await finish(app);

    // The export leaves the confidential round's notes out unless they are included.
    const kept = await exportPdf(app, 'learning-set');
    assert.ok(kept.includes('Swap the long days'), 'an open round’s notes are printed');
    assert.ok(!kept.includes('colleague'), 'a confidential round’s notes are not');
    assert.ok(kept.includes('Bidding order'));
    const all = await exportPdf(app, 'learning-set-with-confidential', { includeConfidential: true });
    assert.ok(all.includes('colleague'), 'unless the facilitator includes them');

    // The next meeting, planned from the set; its report-in carries Ben's action.
    await app.$('[data-testid="nav-action-learning-sets"]').click();
    const card = await app.$('[data-testid="learning-set"]');
    await card.waitForDisplayed({ timeout: 10_000 });
    await app.execute(() => {
      const input = document.querySelector('[data-testid="learning-set-next-when"]');
      input.value = '2026-12-28T14:00';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await app.$('[data-testid="learning-set-next"]').click();
    await app.$('[data-testid="run-session"]').waitForClickable({ timeout: 10_000 });
    assert.match(await app.$('#session-title').getValue(), /meeting 2/);
    await app.$('[data-testid="run-session"]').click();
    await app.$('[data-testid="als-report-in"]').waitForDisplayed({ timeout: 10_000 });
    await app.waitUntil(async () => (await app.$$('[data-testid="als-carried"]')).length === 1, {
      timeout: 10_000,
      timeoutMsg: 'Ben’s committed action is carried forward',
    });
    assert.match(await app.$('[data-testid="als-carried"]').getText(), new RegExp(ACTION));
    assert.match(await app.$('[data-testid="als-set-which"]').getText(), /Meeting 2 of/);
    await app.$('[data-testid="live-start"]').click();
    await app.$('[data-testid="als-carried-done"]').click();
    await app.waitUntil(async () => (await app.$('[data-testid="als-carried"]').getText()).includes('Done'), { timeout: 5000 });
    await scrollTo(app, 'als-report-in');
    await shot(app, '84-learning-set-report-in');

    // The first meeting's record reads back with its order and its confidential round.
    await reopen(app, first);
    const record = await app.$('[data-testid="technique-record"]').getText();
    assert.match(record, /Ben Okafor/);
    assert.match(record, /[Cc]onfidential/);
  } catch (failure) {
    await shot(app, 'failure-learning-set').catch(() => undefined);
    throw failure;
  } finally {
    await app.deleteSession();
  }
});
