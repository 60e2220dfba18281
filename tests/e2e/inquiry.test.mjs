// An Appreciative Inquiry run as a one-day workshop: the five Ds timed for the day,
// Discovery stories captured a sentence each, a Dream group and its dreams, a Design
// statement that serves a dream, a Delivery idea owned by a participant (which becomes
// an action), and the board that shows the chain dream -> design -> delivery on the
// console and the projector; the record is reopened and exported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDriver, stopDriver, openApp, shot, typeInto, windowTitled } from './driver.mjs';
import { seriousViolations } from './axe.mjs';
import { exportPdf, finish, newSession, nextStep, note, reopen, scrollTo } from './session-steps.mjs';

const PEOPLE = ['Priya Shah', 'Grace O’Neill', 'Siân Ŵyn Llewelyn', 'Ben Okafor'];
const DREAM = 'Every shift starts with a ten-minute huddle';
const DESIGN = 'A huddle board by the nurses’ station';
const DELIVERY = 'Pilot the huddle board on Ward 7';

let driver;
before(async () => {
  driver = await startDriver();
});
after(async () => {
  await stopDriver(driver);
});

/** Ticks the checkbox labelled `text` inside the element with data-testid `within`. */
async function tick(app, testid, text) {
  const box = await app.$(`//input[@data-testid="${testid}"][ancestor::label[contains(., "${text}")]]`);
  await box.waitForExist({ timeout: 5000 });
  await app.execute((el) => el.scrollIntoView({ block: 'center' }), box);
  if (!(await box.isSelected())) await box.click();
}

test('an appreciative inquiry over a day: stories, dreams, designs, deliveries and the board', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-inquiry-'));
  const app = await openApp(dataDir);
  const title = 'Handover that works: appreciative inquiry';
  try {
    await newSession(app, 'appreciative-inquiry', title, { people: PEOPLE.map((name) => [name, '']) });

    // The day-long agenda instead of the two-hour one.
    const lengths = await app.$$('[data-testid="agenda-length-option"]');
    assert.equal(lengths.length, 2, 'two hours or a day');
    await lengths[1].click();
    await app.waitUntil(async () => (await app.$('[data-testid="agenda-length"]').getText()).includes('7 hrs'), {
      timeout: 5000,
      timeoutMsg: 'the agenda is timed for the day',
    });
    await app.$('[data-testid="live-start"]').click();
    await note(app, 0, 'How do we make every handover as good as our best?');
    const console = await app.getWindowHandle();
    await app.$('[data-testid="live-present"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.switchToWindow(console);

    // Discovery: a sentence a story.
    await nextStep(app, 'Discovery');
    await scrollTo(app, 'inquiry-panel');
    for (const story of ['Night staff praised the handover huddle on Ward 7.', 'Pharmacy joined the 09:00 huddle and TTOs came earlier.']) {
      await typeInto(app, await app.$('[data-testid="ai-story-text"]'), story);
      await app.keys('Enter');
    }
    await app.waitUntil(async () => (await app.$$('[data-testid="ai-story"]')).length === 2, { timeout: 5000 });
    await windowTitled(app, 'Mobilise: audience display');
    await app.waitUntil(async () => (await app.$('[data-testid="audience-stories"]').getText()).includes('Pharmacy joined'), { timeout: 5000 });
    await app.switchToWindow(console);

    // Dream: a small group and its dream.
    await nextStep(app, 'Dream');
    await typeInto(app, await app.$('[data-testid="ai-group-name"]'), 'Blue group');
    await app.$('[data-testid="ai-group-add"]').click();
    await app.$('[data-testid="ai-group"]').waitForDisplayed({ timeout: 5000 });
    await tick(app, 'ai-group-member', 'Grace O’Neill');
    await tick(app, 'ai-group-member', 'Ben Okafor');
    await typeInto(app, await app.$('[data-testid="ai-dream-text"]'), DREAM);
    await app.$('[data-testid="ai-dream-add"]').click();
    await app.waitUntil(async () => (await app.$$('[data-testid="ai-dream"]')).length === 1, { timeout: 5000 });

    // Design: a statement that serves the dream.
    await nextStep(app, 'Design');
    await typeInto(app, await app.$('[data-testid="ai-design-text"]'), DESIGN);
    await tick(app, 'ai-design-dream', DREAM);
    await app.$('[data-testid="ai-design-add"]').click();
    await app.waitUntil(async () => (await app.$$('[data-testid="ai-design"]')).length === 1, { timeout: 5000 });

    // Delivery: an idea somebody owns, which becomes an action.
    await nextStep(app, 'Delivery');
    await typeInto(app, await app.$('[data-testid="ai-delivery-idea"]'), DELIVERY);
    await app.$('[data-testid="ai-delivery-owner"]').selectByVisibleText('Siân Ŵyn Llewelyn');
    await tick(app, 'ai-delivery-design', DESIGN);
    await app.$('[data-testid="ai-delivery-add"]').click();
    await app.waitUntil(async () => (await app.$$('[data-testid="action-row"]')).length === 1, {
      timeout: 5000,
      timeoutMsg: 'the delivery idea is an action',
    });
    assert.match(await app.$('[data-testid="action-row"]').getText(), /Siân Ŵyn Llewelyn/);

    // The board: dream -> design -> delivery, on the console and the projector.
    const board = await app.$('[data-testid="ai-board"]');
    await app.waitUntil(async () => (await board.getText()).includes(DELIVERY), { timeout: 5000 });
    const chain = await app.$('[data-testid="ai-chain"]').getText();
    for (const part of [DREAM, DESIGN, DELIVERY, 'Siân Ŵyn Llewelyn']) assert.ok(chain.includes(part), `${part} on the board`);
    await scrollTo(app, 'ai-board');
    await shot(app, '90-inquiry-console-board');
    await windowTitled(app, 'Mobilise: audience display');
    await app.$('[data-testid="audience-board"]').waitForDisplayed({ timeout: 5000 });
    const room = await app.$('[data-testid="audience-board"]').getText();
    for (const part of [DREAM, DESIGN, DELIVERY]) assert.ok(room.includes(part), `${part} on the projector`);
    assert.deepEqual(await seriousViolations(app), [], 'the board passes axe');
    await shot(app, '91-inquiry-audience-board');
    await app.switchToWindow(console);

    await finish(app);
    await reopen(app, title);
    assert.match(await app.$('[data-testid="technique-record"]').getText(), new RegExp(DESIGN));
    const pdf = await exportPdf(app, 'appreciative-inquiry');
    for (const text of ['Discovery: what has worked well', 'Blue group (Grace O’Neill, Ben Okafor)', DREAM, DESIGN, DELIVERY]) {
      assert.ok(pdf.includes(text), `${text} in the exported record`);
    }
  } catch (failure) {
    await shot(app, 'failure-inquiry').catch(() => undefined);
    throw failure;
  } finally {
    await app.deleteSession();
  }
});
