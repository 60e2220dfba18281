// An open Fishbowl run from the keyboard as a facilitator does: six people in the
// fishbowl with a facilitator and a scribe, two observers joining (each time someone
// leaves, as the console suggests), the fish passed eight times, the session paused and
// resumed, and the talk-time totals on the console checked against the script's own
// clock. The room sees the chairs and who holds the fish; the record exports it all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { artifacts, startDriver, stopDriver, openApp, shot, typeInto, windowTitled } from './driver.mjs';
import { seriousViolations } from './axe.mjs';

const FACILITATOR = 'Priya Shah';
const SCRIBE = 'Grace O’Neill';
const STARTERS = ['Siân Ŵyn Llewelyn', 'Ben Okafor', 'Dariusz Wójcik'];
const OBSERVERS = ['Harpreet Kaur', 'Efa Llewelyn', 'Femi Adeyemi'];
const PEOPLE = [FACILITATOR, SCRIBE, ...STARTERS, ...OBSERVERS];

let driver;
before(async () => {
  driver = await startDriver();
});
after(async () => {
  await stopDriver(driver);
});

/** The console's talk-time table: name → the person's id, the total shown (whole seconds), turns. */
async function talkTable(app) {
  const rows = await app.execute(() =>
    Array.from(document.querySelectorAll('[data-testid="fishbowl-talk-row"]')).map((row) => {
      const th = row.querySelector('th');
      const name = th ? (th.firstChild?.textContent ?? '').trim() : '';
      const cells = Array.from(row.querySelectorAll('td')).map((td) => td.textContent.trim());
      return { name, person: row.getAttribute('data-person'), total: cells[0], turns: cells[1] };
    }),
  );
  const seconds = (text) => {
    const [m, s] = text.split(':').map(Number);
    return m * 60 + s;
  };
  return Object.fromEntries(rows.map((r) => [r.name, { person: r.person, secs: seconds(r.total), turns: Number(r.turns) }]));
}

async function chairs(app) {
  return app.execute(() =>
    Array.from(document.querySelectorAll('[data-testid="fishbowl-chair"]')).map(
      (chair) => chair.querySelector('[data-testid="fishbowl-sitter"]')?.textContent.trim() ?? '',
    ),
  );
}

/** Brings a part of the console to the top of the window, for a screenshot. */
async function scrollTo(app, testid) {
  await app.execute((testid) => document.querySelector(`[data-testid="${testid}"]`)?.scrollIntoView({ block: 'start' }), testid);
  await sleep(300);
}

/** Creates a Fishbowl session with everyone in PEOPLE and opens it to run. */
async function newFishbowl(app, title) {
  const card = '[data-testid="technique-card"][data-technique="fishbowl"]';
  await app.$(card).waitForDisplayed({ timeout: 20_000 });
  await app.$(card).click();
  await app.$('[data-testid="start-session"]').click();
  await typeInto(app, await app.$('#session-title'), title);
  await typeInto(app, await app.$('#session-facilitator'), FACILITATOR);
  for (const [index, name] of PEOPLE.entries()) {
    let rows = await app.$$('[data-testid="participant-row"]');
    if (rows.length <= index) {
      await app.$('[data-testid="add-participant"]').click();
      await app.waitUntil(async () => (await app.$$('[data-testid="participant-row"]')).length > index);
      rows = await app.$$('[data-testid="participant-row"]');
    }
    await typeInto(app, await rows[index].$('[name="participant-name"]'), name);
  }
  await app.$('[data-testid="save-session"]').click();
  await app.$('[data-testid="run-session"]').waitForClickable({ timeout: 5000 });
  await app.$('[data-testid="run-session"]').click();
  await app.$('[data-testid="fishbowl-panel"]').waitForDisplayed({ timeout: 10_000 });
}

test('an open fishbowl: two join, two leave, eight passes of the fish and a pause', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-fishbowl-'));
  const app = await openApp(dataDir);
  try {
    await newFishbowl(app, 'Discharge lounge debate');

    // The set-up: the question, who facilitates and scribes, and who starts.
    await typeInto(app, await app.$('[data-testid="fishbowl-question"]'), 'Should the discharge lounge open at 07:00?');
    await app.$('[data-testid="fishbowl-facilitator"]').selectByVisibleText(FACILITATOR);
    await app.$('[data-testid="fishbowl-scribe"]').selectByVisibleText(SCRIBE);
    for (const name of STARTERS) {
      const tick = await app.$(`//*[@data-testid="fishbowl-starters"]//label[contains(., "${name}")]//input`);
      await tick.click();
    }
    const names = await app.$('[data-testid="fishbowl-names"]');
    if (!(await names.isSelected())) await names.click();
    await app.$('[data-testid="fishbowl-save-setup"]').click();
    await app.waitUntil(async () => (await chairs(app)).filter(Boolean).length === 3, {
      timeout: 10_000,
      timeoutMsg: 'the three starters sit down',
    });
    const agenda = await app.$('[data-testid="live-agenda"]').getText();
    assert.match(agenda, /The scribe captures the key points/);

    const console = await app.getWindowHandle();
    await app.$('[data-testid="live-start"]').click();
    await app.$('[data-testid="live-present"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.switchToWindow(console);
    await app.execute(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));
    // The briefing is done: on to the discussion.
    await app.keys(['ArrowRight']);
    await app.waitUntil(async () => (await app.$('[data-testid="live-step-title"]').getText()).includes('Join the conversation'), {
      timeout: 5000,
    });

    // The script, timed by this test's own clock: who held the fish from when to when.
    const held = new Map();
    let holder = null;
    let since = 0;
    let paused = 0;
    const handOver = (to) => {
      const now = Date.now();
      if (holder) held.set(holder, (held.get(holder) ?? 0) + (now - since - paused));
      holder = to;
      since = now;
      paused = 0;
    };
    let passes = 0;
    const pass = async (key, name) => {
      await app.keys([key]);
      await app.keys(['g']);
      handOver(name);
      passes += 1;
      await app.waitUntil(async () => (await app.$('[data-testid="fishbowl-speaker"]').getText()).includes(name), {
        timeout: 5000,
        timeoutMsg: `${name} has the fish`,
      });
    };
    const join = async (key, typed, name, leaver) => {
      await app.keys([key]);
      await app.keys(['j']);
      const picker = await app.$('[data-testid="fishbowl-picker-input"]');
      await picker.waitForDisplayed({ timeout: 5000 });
      await picker.addValue(typed);
      await app.keys(['Enter']);
      const dialog = await app.$('[data-testid="fishbowl-leaver"]');
      await dialog.waitForDisplayed({ timeout: 5000 });
      const suggested = await app.$('[data-testid="fishbowl-leaver-suggested"]').parentElement().getText();
      assert.ok(suggested.includes(leaver), `the console suggests ${leaver}, who spoke longest in this sitting: ${suggested}`);
      return dialog;
    };

    await pass('1', STARTERS[0]);
    await sleep(2500);
    await pass('2', STARTERS[1]);
    await sleep(1500);
    await pass('3', STARTERS[2]);
    await sleep(1000);
    // A pause: nobody's talk counts until the session resumes.
    await app.keys([' ']);
    const pausedAt = Date.now();
    await app.$('[data-testid="live-resume"]').waitForDisplayed({ timeout: 5000 });
    await sleep(1500);
    await app.keys([' ']);
    paused += Date.now() - pausedAt;
    await app.$('[data-testid="live-pause"]').waitForDisplayed({ timeout: 5000 });
    await sleep(1000);

    // An observer takes the spare chair; the console asks who leaves.
    await join('4', 'Harp', OBSERVERS[0], STARTERS[0]);
    await shot(app, '42-fishbowl-console-who-leaves');
    await app.$('[data-testid="fishbowl-leaver-confirm"]').click();
    await app.waitUntil(async () => (await chairs(app)).includes(OBSERVERS[0]), { timeout: 5000 });
    assert.ok(!(await chairs(app)).includes(STARTERS[0]), `${STARTERS[0]} left the inner circle`);

    await pass('4', OBSERVERS[0]);
    await sleep(1500);
    await pass('2', STARTERS[1]);
    await sleep(1500);

    // The scribe notes a key point; it is tied to whoever holds the fish.
    await typeInto(app, await app.$('[data-testid="fishbowl-point-input"]'), 'Porters start at 07:30, too late for a 07:00 lounge');
    await app.keys(['Enter']);
    await app.waitUntil(async () => (await app.$$('[data-testid="fishbowl-point"]')).length === 1, { timeout: 5000 });
    await app.execute(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));

    // The second observer joins; Ben, who holds the fish, has spoken longest and leaves.
    const dialog = await join('1', 'Efa', OBSERVERS[1], STARTERS[1]);
    await dialog.$('[data-testid="fishbowl-leaver-confirm"]').click();
    handOver(null);
    await app.waitUntil(async () => (await chairs(app)).includes(OBSERVERS[1]), { timeout: 5000 });
    assert.equal(
      (await app.$('[data-testid="fishbowl-speaker"]').getText()).includes(STARTERS[1]),
      false,
      'the fish left the circle with Ben',
    );

    await pass('1', OBSERVERS[1]);
    await sleep(2000);
    await pass('3', STARTERS[2]);
    await sleep(1000);
    await pass('4', OBSERVERS[0]);
    await sleep(1000);
    await scrollTo(app, 'fishbowl-chairs-map');
    await shot(app, '40-fishbowl-console-chairs');

    // The room: the chairs with names (set on), the speaker marked, the question.
    await windowTitled(app, 'Mobilise: audience display');
    const stage = await app.$('[data-testid="audience-fishbowl"]');
    await stage.waitForDisplayed({ timeout: 5000 });
    const projected = await stage.getText();
    assert.ok(projected.includes('Should the discharge lounge open at 07:00?'), projected);
    for (const name of [OBSERVERS[0], OBSERVERS[1], STARTERS[2]]) assert.ok(projected.includes(name), `${name} is on the projected chairs`);
    assert.ok(!projected.includes(STARTERS[0]), 'who left is not on the chairs');
    const speaking = await app.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="audience-chair"]')).filter((c) => c.textContent.includes('Speaking')).map((c) => c.textContent),
    );
    assert.equal(speaking.length, 1, 'one chair holds the fish');
    assert.ok(speaking[0].includes(OBSERVERS[0]), speaking[0]);
    assert.deepEqual(await seriousViolations(app), [], 'the fishbowl stage passes axe');
    await shot(app, '41-fishbowl-audience');

    await app.switchToWindow(console);
    await app.execute(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));
    await app.keys(['0']);
    handOver(null);
    await app.waitUntil(async () => !(await app.$('[data-testid="fishbowl-speaker"]').getText()).includes('has the fish'), { timeout: 5000 });
    assert.equal(passes, 8);

    // The console's totals match the script's clock within a second. The table shows
    // whole seconds, as a stopwatch does, so the exact figure behind it is read too.
    const table = await talkTable(app);
    const overview = await app.execute(async () => {
      const view = await window.__TAURI_INTERNALS__.invoke('live_current', {});
      const record = await window.__TAURI_INTERNALS__.invoke('technique_get', { sessionId: view.session_id });
      return record.overview.overview;
    });
    for (const [name, ms] of held) {
      const shown = table[name];
      assert.ok(shown, `${name} is in the talk-time table: ${JSON.stringify(table)}`);
      const exact = overview.talk.people.find((p) => p.person === shown.person)?.total_ms ?? -1;
      assert.equal(shown.secs, Math.floor(exact / 1000), `${name}: the console shows the recorded total`);
      assert.ok(Math.abs(exact - ms) <= 1000, `${name}: recorded ${(exact / 1000).toFixed(1)} s, scripted ${(ms / 1000).toFixed(1)} s`);
    }
    assert.equal(table[OBSERVERS[0]].turns, 2);
    const silent = await app.$('[data-testid="fishbowl-not-yet-spoken"]').getText();
    assert.ok(silent.includes(OBSERVERS[2]), `${OBSERVERS[2]} has not spoken: ${silent}`);
    assert.match(await app.$('[data-testid="fishbowl-voices"]').getText(), /5 of 6/);

    // The scribe presents the key points back: the room reads them in place of the chairs.
    await app.keys(['ArrowRight']);
    await app.waitUntil(async () => (await app.$('[data-testid="live-step-title"]').getText()).includes('The scribe captures the key points'), {
      timeout: 5000,
    });
    await windowTitled(app, 'Mobilise: audience display');
    const points = await app.$('[data-testid="audience-key-points"]');
    await points.waitForDisplayed({ timeout: 5000 });
    assert.match(await points.getText(), /Porters start at 07:30, too late for a 07:00 lounge \(Ben Okafor\)/);
    await shot(app, '44-fishbowl-audience-key-points');
    await app.switchToWindow(console);

    // Finish, and the record keeps who sat where when, the talk and the key point.
    await app.$('[data-testid="live-finish"]').click();
    await app.$('[data-testid="confirm-finish"]').click();
    const record = await app.$('[data-testid="fishbowl-record"]');
    await record.waitForDisplayed({ timeout: 10_000 });
    const sittings = await app.$$('[data-testid="fishbowl-sitting"]');
    assert.equal(sittings.length, 5, 'three starters and two who joined');
    await scrollTo(app, 'fishbowl-record');
    await shot(app, '43-fishbowl-record');

    const exported = path.join(artifacts, 'export');
    mkdirSync(exported, { recursive: true });
    const out = path.join(exported, 'fishbowl.pdf');
    await app.execute(async (out) => {
      const sessions = await window.__TAURI_INTERNALS__.invoke('live_current', {});
      return window.__TAURI_INTERNALS__.invoke('export_session', { sessionId: sessions.session_id, format: 'pdf', path: out, includeNames: true });
    }, out);
    const pdf = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const text of ['Talk time', 'Voices heard: 5 of 6', 'Porters start at 07:30, too late for a 07:00 lounge', 'Who sat where', OBSERVERS[1]]) {
      assert.ok(pdf.includes(text), `the exported record has "${text}"`);
    }
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', out, path.join(exported, 'fishbowl-pdf')]);
  } catch (failure) {
    await shot(app, 'failure-fishbowl').catch(() => undefined);
    throw failure;
  } finally {
    await app.deleteSession();
  }
});

test('a closed fishbowl: the experts debate, the facilitator rotates one out, nothing moves by itself', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-fishbowl-closed-'));
  const app = await openApp(dataDir);
  try {
    await newFishbowl(app, 'Virtual wards panel');
    await typeInto(app, await app.$('[data-testid="fishbowl-question"]'), 'Should virtual wards replace some beds this winter?');
    await app.$('[data-testid="fishbowl-mode"] input[value="closed"]').click();
    await app.$('[data-testid="fishbowl-facilitator"]').selectByVisibleText(FACILITATOR);
    await app.$('[data-testid="fishbowl-scribe"]').selectByVisibleText(SCRIBE);
    for (const name of STARTERS) {
      await app.$(`//*[@data-testid="fishbowl-starters"]//label[contains(., "${name}")]//input`).click();
    }
    await scrollTo(app, 'fishbowl-setup');
    await shot(app, '39-fishbowl-setup');
    await app.$('[data-testid="fishbowl-save-setup"]').click();
    await app.waitUntil(async () => (await chairs(app)).filter(Boolean).length === 3, {
      timeout: 10_000,
      timeoutMsg: 'the three experts sit down',
    });
    assert.equal((await chairs(app)).length, 3, 'a closed fishbowl has no spare chair');

    await app.$('[data-testid="live-start"]').click();
    await app.execute(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));
    await app.keys(['ArrowRight']);
    for (const [key, name] of [['1', STARTERS[0]], ['3', STARTERS[2]]]) {
      await app.keys([key]);
      await app.keys(['g']);
      await app.waitUntil(async () => (await app.$('[data-testid="fishbowl-speaker"]').getText()).includes(name), { timeout: 5000 });
      await sleep(1000);
    }
    const before = await chairs(app);

    // The facilitator rotates: an observer takes chair 2 and its expert goes out.
    await app.keys(['2']);
    await app.keys(['j']);
    const picker = await app.$('[data-testid="fishbowl-picker-input"]');
    await picker.waitForDisplayed({ timeout: 5000 });
    await picker.addValue('Femi');
    await app.keys(['Enter']);
    await app.waitUntil(async () => (await chairs(app)).includes(OBSERVERS[2]), { timeout: 5000, timeoutMsg: 'Femi sits in chair 2' });
    const after = await chairs(app);
    assert.deepEqual(after, [before[0], OBSERVERS[2], before[2]], 'only chair 2 changed');
    assert.ok((await app.$('[data-testid="fishbowl-outer"]').getText()).includes(STARTERS[1]), `${STARTERS[1]} is in the outer circle`);
    assert.equal(await app.$('[data-testid="fishbowl-leaver"]').isExisting(), false, 'a closed fishbowl asks nobody to leave');
    assert.ok((await app.$('[data-testid="fishbowl-speaker"]').getText()).includes(STARTERS[2]), 'the speaker keeps the fish');
    const silent = await app.$('[data-testid="fishbowl-not-yet-spoken"]').getText();
    assert.ok(silent.includes(OBSERVERS[2]) && silent.includes(STARTERS[1]), `the experts yet to speak: ${silent}`);
    assert.ok(!silent.includes(OBSERVERS[0]), 'observers of a closed fishbowl are not expected to speak');
    await sleep(1500);
    assert.deepEqual(await chairs(app), after, 'nothing moves by itself');
    await scrollTo(app, 'fishbowl-chairs-map');
    await shot(app, '45-fishbowl-closed-console');

    await app.$('[data-testid="live-finish"]').click();
    await app.$('[data-testid="confirm-finish"]').click();
    await app.$('[data-testid="fishbowl-record"]').waitForDisplayed({ timeout: 10_000 });
    const sittings = await app.$$('[data-testid="fishbowl-sitting"]');
    assert.equal(sittings.length, 4, 'three experts and the one rotated in');
  } catch (failure) {
    await shot(app, 'failure-fishbowl-closed').catch(() => undefined);
    throw failure;
  } finally {
    await app.deleteSession();
  }
});
