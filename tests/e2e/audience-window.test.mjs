// The audience display as its own window (what the projector shows): it opens from
// "Present", follows the console's keys and messages through the shared events, shows no
// notes, and closing and reopening it resumes exactly where the session is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDriver, stopDriver, openApp, shot, typeInto, windowTitled } from './driver.mjs';
import { seriousViolations } from './axe.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(async () => {
  await stopDriver(driver);
});

test('the audience window follows the console and hides the notes', async () => {
  const app = await openApp(mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-audience-')));
  try {
    const card = '[data-testid="technique-card"][data-technique="after-action-review"]';
    await app.$(card).waitForDisplayed({ timeout: 20_000 });
    await app.$(card).click();
    await app.$('[data-testid="start-session"]').click();
    await typeInto(app, await app.$('#session-title'), 'Theatre list go-live');
    await app.$('[data-testid="save-session"]').click();
    await app.$('[data-testid="run-session"]').waitForClickable({ timeout: 5000 });
    await app.$('[data-testid="run-session"]').click();
    await app.$('[data-testid="live-start"]').click();
    const questions = await app.$$('[data-testid="live-question"]');
    await typeInto(app, await questions[0].$('[data-testid="note-input"]'), 'Console-only note');
    await app.keys('Enter');
    const console = await app.getWindowHandle();

    await app.$('[data-testid="live-present"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.$('[data-testid="audience-question"]').waitForDisplayed({ timeout: 10_000 });
    assert.match(await app.$('[data-testid="audience-question"]').getText(), /What was supposed to happen\?/);
    const body = await app.$('body').getText();
    assert.doesNotMatch(body, /Console-only note/, 'notes never reach the projector');
    const height = await app.execute(() => window.innerHeight);
    const digits = await app.execute(() => {
      const el = document.querySelector('[data-testid="audience-timer"] [data-testid="live-timer"]') ??
        document.querySelector('[data-testid="audience-timer"]');
      return el ? el.getBoundingClientRect().height : 0;
    });
    assert.ok(digits >= height / 4, `the timer is at least a quarter of the display high (${digits} of ${height})`);
    assert.deepEqual(await seriousViolations(app), [], 'the audience window passes axe');
    await shot(app, '20-audience-window');

    // Keys and messages from the console reach the projector through the events.
    await app.switchToWindow(console);
    await app.execute(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));
    await app.keys('ArrowRight');
    await app.keys('m');
    await typeInto(app, await app.$('[data-testid="message-text"]'), 'Please return to your seats');
    await app.$('[data-testid="message-send"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.waitUntil(
      async () => (await app.$('[data-testid="audience-question"]').getText()).includes('What actually happened?'),
      { timeout: 5000, timeoutMsg: 'the projector moves to question 2 with the console' },
    );
    await app.waitUntil(
      async () => (await app.$('[data-testid="audience-message"]').getText()).includes('Please return to your seats'),
      { timeout: 5000, timeoutMsg: 'the message reaches the projector' },
    );

    // Down takes the room to the step's next question.
    await app.switchToWindow(console);
    await app.execute(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));
    await app.keys('ArrowDown');
    await windowTitled(app, 'Mobilise: audience display');
    await app.waitUntil(
      async () =>
        (await app.$('[data-testid="audience-question"][data-current="true"]').getText()).includes(
          'What went well and what could have been done better?',
        ),
      { timeout: 5000, timeoutMsg: 'the projector emphasises the second question' },
    );
    await shot(app, '21-audience-window-message');

    // Closing the display loses nothing; reopening resumes on the same step.
    await app.switchToWindow(console);
    await app.$('[data-testid="live-close-display"]').click();
    await app.waitUntil(async () => (await app.getWindowHandles()).length === 1, { timeout: 5000 });
    await app.switchToWindow(console);
    await app.$('[data-testid="live-present"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.waitUntil(
      async () => (await app.$('[data-testid="audience-question"]').getText()).includes('What actually happened?'),
      { timeout: 10_000, timeoutMsg: 'the reopened display resumes on question 2' },
    );
  } finally {
    await app.deleteSession();
  }
});
