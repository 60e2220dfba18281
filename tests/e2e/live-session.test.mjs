// Running an After Action Review live, as a facilitator would with the keyboard: start,
// notes under each question, an action, pause and resume, a message to the room, a blank
// screen, the help overlay, the timer's warning states; then the app is killed mid-step
// and restarted on the same data folder, and the step, its clock and the notes are back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startDriver, stopDriver, openApp, shot, typeInto } from './driver.mjs';
import { seriousViolations } from './axe.mjs';

const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-live-'));
let driver;

before(async () => {
  driver = await startDriver();
});
after(async () => {
  await stopDriver(driver);
});

/** The timer text as seconds (negative in overtime). */
function seconds(text) {
  const sign = text.trim().startsWith('+') ? -1 : 1;
  const parts = text.replace('+', '').trim().split(':').map(Number);
  const total = parts.reduce((acc, n) => acc * 60 + n, 0);
  return sign * total;
}

async function key(app, value) {
  // Keys go to the page, not a text field: shortcuts are off while typing.
  await app.execute(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement) active.blur();
  });
  await app.keys(value);
}

async function stepTitle(app) {
  return (await app.$('[data-testid="live-step-title"]').getText()).trim();
}

async function warning(app) {
  return app.$('[data-testid="live-warning"]').getAttribute('data-warning');
}

async function addNote(app, questionIndex, text) {
  const questions = await app.$$('[data-testid="live-question"]');
  const input = await questions[questionIndex].$('[data-testid="note-input"]');
  await typeInto(app, input, text);
  await app.keys('Enter');
  await app.waitUntil(
    async () => (await app.$('[data-testid="live-console"]').getText()).includes(text),
    { timeout: 5000, timeoutMsg: `the note "${text}" appears` },
  );
}

let killedAtStep;
let killedAtSeconds;
let killedAtWall;

test('run an After Action Review live from the keyboard', async () => {
  const app = await openApp(dataDir);
  try {
    await app.$('[data-testid="technique-card"][data-technique="after-action-review"]').waitForDisplayed({ timeout: 20_000 });
    await app.$('[data-testid="technique-card"][data-technique="after-action-review"]').click();
    await app.$('[data-testid="start-session"]').click();
    await typeInto(app, await app.$('#session-title'), 'Ward 7 go-live review');
    await app.$('[data-testid="save-session"]').click();
    await app.waitUntil(async () => (await app.$('[data-testid="save-status"]').getText()).includes('Saved'), { timeout: 5000 });
    await app.$('[data-testid="run-session"]').click();
    await app.$('[data-testid="live-console"]').waitForDisplayed({ timeout: 5000 });
    assert.equal(await stepTitle(app), 'What was supposed to happen?');
    await shot(app, '10-live-console-ready');

    await key(app, ' ');
    await app.$('[data-testid="live-pause"]').waitForDisplayed({ timeout: 5000 });
    assert.equal(await warning(app), 'normal');
    await addNote(app, 0, 'A smooth switch-over by 10:00');

    await key(app, 'ArrowRight');
    await app.waitUntil(async () => (await stepTitle(app)) === 'What actually happened?', { timeout: 5000, timeoutMsg: 'Right moves to question 2' });
    await addNote(app, 0, 'The rota was two days late');
    await key(app, 'ArrowRight');
    await app.waitUntil(async () => (await stepTitle(app)) === 'Why was there a difference?', { timeout: 5000 });
    await addNote(app, 0, 'Nobody owned the rota');
    await key(app, 'ArrowRight');
    await app.waitUntil(async () => (await stepTitle(app)) === 'What can we learn from this?', { timeout: 5000 });
    await addNote(app, 0, 'Name an owner for every go-live task');

    await typeInto(app, await app.$('[data-testid="action-what"]'), 'Draft a go-live owner checklist');
    await typeInto(app, await app.$('[data-testid="action-owner"]'), 'Priya Shah');
    await app.$('[data-testid="action-add"]').click();
    await app.$('[data-testid="action-row"]').waitForDisplayed({ timeout: 5000 });

    await key(app, ' ');
    await app.$('[data-testid="live-resume"]').waitForDisplayed({ timeout: 5000 });
    const paused = await app.$('[data-testid="live-timer"]').getText();
    await sleep(1500);
    assert.equal(await app.$('[data-testid="live-timer"]').getText(), paused, 'a paused timer stands still');
    await key(app, ' ');
    await app.$('[data-testid="live-pause"]').waitForDisplayed({ timeout: 5000 });

    await key(app, 'm');
    await typeInto(app, await app.$('[data-testid="message-text"]'), '5 minutes left');
    await app.$('[data-testid="message-send"]').click();
    await app.waitUntil(async () => (await app.$('[data-testid="audience-message"]').getText()).includes('5 minutes left'), { timeout: 5000, timeoutMsg: 'the preview shows the message' });
    await shot(app, '11-live-console-running');
    assert.deepEqual(await seriousViolations(app), [], 'the console passes axe with no serious or critical violations');

    await key(app, 'b');
    await app.$('[data-testid="audience-blank"]').waitForExist({ timeout: 5000 });
    await key(app, 'b');

    await key(app, '?');
    await app.$('[data-testid="help-overlay"]').waitForDisplayed({ timeout: 5000 });
    await shot(app, '12-help-overlay');
    await app.keys('Escape');
    await app.$('[data-testid="help-overlay"]').waitForDisplayed({ reverse: true, timeout: 5000 });

    // Take time away until the timer turns amber, then red, then runs into overtime.
    for (const [level, name] of [['amber', '13-timer-amber'], ['red', '14-timer-red'], ['overtime', '15-timer-overtime']]) {
      for (let i = 0; i < 25 && (await warning(app)) !== level; i += 1) {
        const left = seconds(await app.$('[data-testid="live-timer"]').getText());
        if (level === 'red' && left > 30 && left <= 90) {
          await sleep((left - 28) * 1000);
        } else {
          await key(app, '-');
          await sleep(200);
        }
      }
      assert.equal(await warning(app), level, `the timer reaches ${level}`);
      await key(app, 'f');
      await app.$('[data-testid="audience-root"]').waitForDisplayed({ timeout: 5000 });
      await shot(app, `${name}-audience`);
      if (level === 'amber') {
        assert.deepEqual(await seriousViolations(app), [], 'the audience display passes axe');
      }
      await app.keys('Escape');
      await app.$('[data-testid="live-console"]').waitForDisplayed({ timeout: 5000 });
    }

    killedAtStep = await stepTitle(app);
    killedAtSeconds = seconds(await app.$('[data-testid="live-timer"]').getText());
    killedAtWall = Date.now();
  } finally {
    // Kill the app outright, as a power cut or crash would; then end the dead session.
    try {
      execFileSync('pkill', ['-KILL', '-f', `mobilise --data-dir ${dataDir}`]);
    } catch {
      // already gone
    }
    await app.deleteSession().catch(() => {});
  }
});

test('after a crash the session reopens on the same step with the time that really passed', async () => {
  assert.ok(killedAtStep, 'the first test got as far as the kill');
  await sleep(3000);
  const app = await openApp(dataDir);
  try {
    await app.$('[data-testid="nav-sessions"]').waitForClickable({ timeout: 20_000 });
    await app.$('[data-testid="nav-sessions"]').click();
    await app.$('[data-testid="open-session"]').click();
    await app.$('[data-testid="run-session"]').click();
    await app.$('[data-testid="live-console"]').waitForDisplayed({ timeout: 5000 });
    assert.equal(await stepTitle(app), killedAtStep, 'the same step');
    const now = seconds(await app.$('[data-testid="live-timer"]').getText());
    const wall = (Date.now() - killedAtWall) / 1000;
    const expected = killedAtSeconds - wall;
    assert.ok(Math.abs(now - expected) <= 1.5, `the timer shows ${now}s; wall time says ${expected.toFixed(1)}s`);
    const text = await app.$('[data-testid="live-console"]').getText();
    assert.match(text, /Name an owner for every go-live task/, 'the notes are back');
    await shot(app, '16-live-after-restart');
  } finally {
    await app.deleteSession();
  }
});
