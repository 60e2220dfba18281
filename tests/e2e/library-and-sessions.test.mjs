// As a facilitator would: open the library, filter it, open a technique, create a session
// with two participants, close the app, start it again on the same data folder and find
// the session with its participants.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDriver, stopDriver, openApp, shot, typeInto } from './driver.mjs';

const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-'));
let driver;

before(async () => {
  driver = await startDriver();
});

after(async () => {
  await stopDriver(driver);
});

async function cardKeys(browser) {
  const cards = await browser.$$('[data-testid="technique-card"]');
  const keys = [];
  for (const card of cards) {
    if (await card.isDisplayed()) keys.push(await card.getAttribute('data-technique'));
  }
  return [...new Set(keys)];
}

test('library, filters, technique page and a new session with two participants', async () => {
  const app = await openApp(dataDir);
  try {
    await app.$('[data-testid="technique-card"]').waitForDisplayed({ timeout: 20_000 });
    const all = await cardKeys(app);
    assert.equal(all.length, 13, `all thirteen techniques are in the library: ${all}`);
    await shot(app, '01-home');

    await typeInto(app, await app.$('#library-search'), 'review');
    await app.waitUntil(async () => (await cardKeys(app)).length === 2, {
      timeout: 5000,
      timeoutMsg: 'typing "review" leaves the two reviews',
    });
    assert.deepEqual((await cardKeys(app)).sort(), ['after-action-review', 'before-action-review']);

    await typeInto(app, await app.$('#library-search'), '');
    await app.$('#library-minutes').selectByAttribute('value', '30');
    await app.waitUntil(async () => (await cardKeys(app)).length < 13, { timeout: 5000 });
    const in30 = await cardKeys(app);
    assert.ok(in30.includes('knowledge-cafe'), `the Espresso Café fits 30 minutes: ${in30}`);
    assert.ok(!in30.includes('peer-assist'), `a half-day Peer Assist does not: ${in30}`);
    await shot(app, '02-home-filtered-30-minutes');
    await app.$('#library-minutes').selectByAttribute('value', '');

    await app.$('[data-testid="technique-card"][data-technique="after-action-review"]').click();
    const heading = await app.$('h1');
    await heading.waitForDisplayed({ timeout: 5000 });
    await app.waitUntil(async () => (await heading.getText()) === 'After Action Review', {
      timeout: 5000,
      timeoutMsg: 'the technique page opens',
    });
    const page = await app.$('main').getText();
    assert.match(page, /What was supposed to happen\?/);
    assert.match(page, /What can we learn from this\?/);
    await shot(app, '03-technique-after-action-review');

    await app.$('[data-testid="start-session"]').click();
    const title = await app.$('#session-title');
    await title.waitForDisplayed({ timeout: 5000 });
    const reading = await app.$('[data-testid="session-when-reading"]').getText();
    assert.match(reading, /^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:00$/, `the time reads the British way: ${reading}`);
    await typeInto(app, title, 'Ward 7 go-live');
    await typeInto(app, await app.$('#session-facilitator'), 'Priya Shah');
    await typeInto(app, await app.$('#session-location'), 'Seminar room 2');

    const people = [
      ['Aled Jones', 'Ward 7', 'scribe'],
      ['Siân Ŵyn Llewelyn', 'Betsi Cadwaladr UHB', ''],
    ];
    for (const [index, [name, organisation, role]] of people.entries()) {
      let rows = await app.$$('[data-testid="participant-row"]');
      if (rows.length <= index) {
        await app.$('[data-testid="add-participant"]').click();
        await app.waitUntil(async () => (await app.$$('[data-testid="participant-row"]')).length > index);
        rows = await app.$$('[data-testid="participant-row"]');
      }
      const row = rows[index];
      await typeInto(app, await row.$('[name="participant-name"]'), name);
      await typeInto(app, await row.$('[name="participant-organisation"]'), organisation);
      if (role) await typeInto(app, await row.$('[name="participant-role"]'), role);
    }
    await shot(app, '04-session-form');
    await app.$('[data-testid="save-session"]').click();
    await app.waitUntil(
      async () => (await app.$('[data-testid="save-status"]').getText()).includes('Saved'),
      { timeout: 5000, timeoutMsg: 'the session is saved' },
    );
    await shot(app, '05-session-saved');
  } finally {
    await app.deleteSession();
  }
});

test('after a restart the session is listed with its participants', async () => {
  const app = await openApp(dataDir);
  try {
    await app.$('[data-testid="nav-sessions"]').waitForClickable({ timeout: 20_000 });
    await app.$('[data-testid="nav-sessions"]').click();
    const row = await app.$('[data-testid="session-row"]');
    await row.waitForDisplayed({ timeout: 5000 });
    assert.match(await row.getText(), /Ward 7 go-live/);
    assert.match(await row.getText(), /After Action Review/);
    await shot(app, '06-sessions-list');

    await row.$('[data-testid="open-session"]').click();
    await app.$('[data-testid="session-page"]').waitForDisplayed({ timeout: 5000 });
    const participants = await app.$$('[data-testid="participant"]');
    const texts = [];
    for (const p of participants) texts.push(await p.getText());
    assert.equal(texts.length, 2, `two participants: ${texts}`);
    assert.match(texts.join('\n'), /Aled Jones/);
    assert.match(texts.join('\n'), /Siân Ŵyn Llewelyn/);
    assert.match(texts.join('\n'), /Betsi Cadwaladr UHB/);
    await shot(app, '07-session-page');
  } finally {
    await app.deleteSession();
  }
});
