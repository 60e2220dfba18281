// A Peer Assist from preparation to agreed actions: the dated checklist ticked before the
// day (with the notice the peers had), the home team and the visitors from the roster's
// roles, the four timed stages, the visitors' feedback split into what worked well and
// what could have been done better on the projector, an action agreed with the home
// team, and the record reopened and exported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDriver, stopDriver, openApp, shot, typeInto, windowTitled } from './driver.mjs';
import { seriousViolations } from './axe.mjs';
import { exportPdf, finish, newSession, nextStep, note, reopen, scrollTo } from './session-steps.mjs';

const PEOPLE = [
  ['Priya Shah', 'Home team'],
  ['Grace O’Neill', 'Home team'],
  ['Siân Ŵyn Llewelyn', 'Visitor'],
  ['Ben Okafor', 'Visitor'],
];

let driver;
before(async () => {
  driver = await startDriver();
});
after(async () => {
  await stopDriver(driver);
});

test('a peer assist: the dated checklist, the two sides, feedback in two columns and actions agreed', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-peer-assist-'));
  const app = await openApp(dataDir);
  const title = 'Virtual ward peer assist';
  try {
    await newSession(app, 'peer-assist', title, { purpose: 'Learn from two Trusts that run virtual wards for frailty.', people: PEOPLE });

    // Preparation, ticked with the day each was done.
    await scrollTo(app, 'pa-checklist');
    const checks = await app.$$('[data-testid="pa-check"]');
    assert.equal(checks.length, 4, 'the framework’s four preparation items');
    for (const check of checks) await check.$('[data-testid="pa-check-box"]').click();
    await app.waitUntil(
      async () =>
        (await app.execute(() => Array.from(document.querySelectorAll('[data-testid="pa-check-date"]')).every((d) => d.value !== ''))) === true,
      { timeout: 5000, timeoutMsg: 'each tick is dated' },
    );
    await app.$('[data-testid="pa-notice"]').waitForDisplayed({ timeout: 5000 });
    assert.match(await app.$('[data-testid="pa-home-team"]').getText(), /Grace O’Neill/);
    assert.match(await app.$('[data-testid="pa-visitors"]').getText(), /Siân Ŵyn Llewelyn/);
    await shot(app, '70-peer-assist-checklist');

    await app.execute(() => window.scrollTo(0, 0));
    await app.$('[data-testid="live-start"]').click();
    const console = await app.getWindowHandle();
    await app.$('[data-testid="live-present"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.switchToWindow(console);
    await note(app, 0, 'Frailty virtual ward opens in March with 20 beds');

    // The visitors take up the baton: their feedback, in the framework's two columns.
    await nextStep(app, 'Visitors take up the baton');
    await scrollTo(app, 'pa-feedback');
    await typeInto(app, await app.$('[data-testid="pa-worked-well-text"]'), 'A single point of contact for GPs');
    await app.keys('Enter');
    await typeInto(app, await app.$('[data-testid="pa-better-text"]'), 'Start the pharmacy reviews before the first admission');
    await app.keys('Enter');
    await app.waitUntil(async () => (await app.$$('[data-testid="pa-feedback-item"]')).length === 2, { timeout: 5000 });
    await windowTitled(app, 'Mobilise: audience display');
    await app.$('[data-testid="audience-feedback"]').waitForDisplayed({ timeout: 5000 });
    assert.match(await app.$('[data-testid="audience-worked-well"]').getText(), /A single point of contact for GPs/);
    assert.match(await app.$('[data-testid="audience-could-be-better"]').getText(), /pharmacy reviews/);
    assert.deepEqual(await seriousViolations(app), [], 'the feedback columns pass axe');
    await shot(app, '71-peer-assist-audience-feedback');
    await app.switchToWindow(console);

    await nextStep(app, 'Home team analyses');
    await note(app, 0, 'We can borrow their GP referral form');
    await nextStep(app, 'Visitors present feedback');

    // An action agreed with the home team.
    await scrollTo(app, 'live-actions');
    await typeInto(app, await app.$('[data-testid="action-what"]'), 'Adapt the GP referral form for frailty');
    await typeInto(app, await app.$('[data-testid="action-owner"]'), 'Grace O’Neill');
    await app.$('[data-testid="action-add"]').click();
    await app.waitUntil(async () => (await app.$$('[data-testid="action-row"]')).length === 1, { timeout: 5000 });
    await shot(app, '72-peer-assist-console-actions');

    await finish(app);
    await reopen(app, title);
    const record = await app.$('[data-testid="technique-record"]').getText();
    assert.match(record, /A single point of contact for GPs/);
    assert.match(record, /Start the pharmacy reviews/);

    const pdf = await exportPdf(app, 'peer-assist');
    for (const text of ['Preparation', 'What worked well', 'What could have been done better', 'Home team: Priya Shah, Grace O’Neill', 'Adapt the GP referral form']) {
      assert.ok(pdf.includes(text), `${text} in the exported record`);
    }
  } catch (failure) {
    await shot(app, 'failure-peer-assist').catch(() => undefined);
    throw failure;
  } finally {
    await app.deleteSession();
  }
});
