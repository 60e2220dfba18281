// A Retrospect run from start to finish as a facilitator runs it: the objective, the
// successes and disappointments (one becomes a lesson), then everyone's mark out of 10
// typed on the console without reaching for the mouse, the room's histogram and median
// without a name on it, what would have made it a 10 from each person, and the record
// reopened from the sessions list and exported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDriver, stopDriver, openApp, shot, typeInto, windowTitled } from './driver.mjs';
import { seriousViolations } from './axe.mjs';
import { exportPdf, finish, newSession, nextStep, note, reopen, scrollTo } from './session-steps.mjs';

const PEOPLE = ['Priya Shah', 'Grace O’Neill', 'Siân Ŵyn Llewelyn', 'Ben Okafor', 'Dariusz Wójcik'];
const MARKS = ['7', '8', '6', '9', '8'];
const TEN = {
  'Grace O’Neill': 'Pharmacy in the room from the first week',
  'Ben Okafor': 'A named lead for porters',
};

let driver;
before(async () => {
  driver = await startDriver();
});
after(async () => {
  await stopDriver(driver);
});

test('a retrospect: marks out of 10 typed fast, a histogram without names, and what would make it a 10', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-retrospect-'));
  const app = await openApp(dataDir);
  const title = 'Discharge before noon: project retrospect';
  try {
    await newSession(app, 'retrospect', title, { people: PEOPLE.map((name) => [name, '']) });
    await app.$('[data-testid="preparation-reminder"]').waitForDisplayed({ timeout: 5000 });
    assert.match(await app.$('[data-testid="preparation-reminder"]').getText(), /Invite all the people and key stakeholders/);
    await app.$('[data-testid="live-start"]').click();
    await note(app, 0, 'Half of discharges before noon on the two pilot wards');
    const console = await app.getWindowHandle();
    await app.$('[data-testid="live-present"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.switchToWindow(console);

    await nextStep(app, 'What were the successes? Why?');
    await note(app, 0, 'Board rounds at 09:00 every day, because the consultants owned them');
    await nextStep(app, 'What were the disappointments Why?');
    await note(app, 0, 'Transport bookings still made after lunch');
    await nextStep(app, 'Marks out of 10');

    // Every mark from the keyboard: type it, Enter, and the next person's box has focus.
    await scrollTo(app, 'marks-panel');
    const rows = await app.$$('[data-testid="marks-row"]');
    assert.equal(rows.length, PEOPLE.length, 'one row per person on the roster');
    await rows[0].$('[data-testid="marks-input"]').click();
    for (const mark of MARKS) await app.keys([...mark, 'Enter']);
    await app.waitUntil(async () => (await app.$('[data-testid="marks-summary"]').getText()).includes('8'), {
      timeout: 5000,
      timeoutMsg: 'the console sums the marks up',
    });
    const typed = await app.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="marks-input"]')).map((input) => input.value),
    );
    assert.deepEqual(typed, MARKS, 'each mark landed in its own row');
    await shot(app, '60-retrospect-console-marks');

    // The room sees the distribution and the median, and nobody's name.
    await windowTitled(app, 'Mobilise: audience display');
    await app.$('[data-testid="audience-histogram"]').waitForDisplayed({ timeout: 5000 });
    await app.waitUntil(async () => (await app.$('[data-testid="audience-median"]').getText()).includes('8'), {
      timeout: 5000,
      timeoutMsg: 'the median of 6, 7, 8, 8 and 9 is 8',
    });
    const bars = await app.execute(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll('[data-testid="audience-bar"]')).map((bar) => [bar.getAttribute('data-mark'), bar.textContent.trim()]),
      ),
    );
    assert.match(bars['8'] ?? '', /2/, 'two people gave 8');
    const room = await app.$('[data-testid="audience-root"]').getText();
    for (const name of PEOPLE) assert.ok(!room.includes(name.split(' ')[0]), `${name} is not on the projector`);
    assert.deepEqual(await seriousViolations(app), [], 'the histogram passes axe');
    await shot(app, '61-retrospect-audience-histogram');
    await app.switchToWindow(console);

    // What would have made it a 10, person by person.
    await app.$('[data-testid="live-next-question"]').click();
    for (const [index, name] of PEOPLE.entries()) {
      if (!TEN[name]) continue;
      const row = (await app.$$('[data-testid="marks-row"]'))[index];
      await typeInto(app, await row.$('[data-testid="marks-ten"]'), TEN[name]);
      await app.keys('Tab');
    }
    await windowTitled(app, 'Mobilise: audience display');
    await app.waitUntil(async () => (await app.$('[data-testid="audience-answers"]').getText()).includes('A named lead for porters'), {
      timeout: 5000,
      timeoutMsg: 'the answers reach the room, unattributed',
    });
    await shot(app, '62-retrospect-audience-make-it-ten');
    await app.switchToWindow(console);

    await finish(app);
    await reopen(app, title);
    const record = await app.$('[data-testid="technique-record"]').getText();
    assert.match(record, /Pharmacy in the room from the first week/);
    assert.match(record, /Median 8/);
    await scrollTo(app, 'technique-record');
    await shot(app, '63-retrospect-record');

    const pdf = await exportPdf(app, 'retrospect');
    assert.ok(pdf.includes('5 people gave a mark. Median 8; lowest 6, highest 9.'), pdf);
    assert.ok(pdf.includes('A named lead for porters'));
  } catch (failure) {
    await shot(app, 'failure-retrospect').catch(() => undefined);
    throw failure;
  } finally {
    await app.deleteSession();
  }
});
