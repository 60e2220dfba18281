// A Knowledge Café run as a facilitator does: 17 people pasted in, the seating planned at
// the proven minimum, three rounds with the table plan on the projector at each swap, one
// person leaving in round 2 and one walking in, and the later round re-planned for both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { artifacts, startDriver, stopDriver, openApp, shot, typeInto, windowTitled } from './driver.mjs';
import { seriousViolations } from './axe.mjs';

const PEOPLE = [
  ['Amira Hassan', 'Ward 7'],
  ['Ben Okafor', 'Ward 7'],
  ['Cerys Pritchard', 'Ward 7'],
  ['Dariusz Wójcik', 'Ward 7'],
  ['Efa Llewelyn', 'Pharmacy'],
  ['Femi Adeyemi', 'Pharmacy'],
  ['Grace O’Neill', 'Pharmacy'],
  ['Harpreet Kaur', 'Pharmacy'],
  ['Ifan Rhys', 'Physiotherapy'],
  ['Joanna Nowak', 'Physiotherapy'],
  ['Kwame Mensah', 'Physiotherapy'],
  ['Lowri Ŵyn', 'Physiotherapy'],
  ['Mohammed Ali', 'Digital'],
  ['Niamh Byrne', 'Digital'],
  ['Olu Bankole', 'Digital'],
  ['Priya Shah', 'Patient partners'],
  ['Rhodri ap Siôn', 'Patient partners'],
];
const LEAVER = 'Femi Adeyemi';
// Every paragraph and table cell of a .docx, as python-docx reads it.
const READ_DOCX = [
  'import sys, docx',
  'd = docx.Document(sys.argv[1])',
  "print('\\n'.join(p.text for p in d.paragraphs))",
  'for t in d.tables:',
  '    for r in t.rows:',
  "        print(' | '.join(c.text for c in r.cells))",
].join('\n');
const WALK_IN = 'Siân Ŵyn Llewelyn';

let driver;
before(async () => {
  driver = await startDriver();
});
after(async () => {
  await stopDriver(driver);
});

/** The names at each table of the round shown on the console's plan board. */
async function consoleTables(app) {
  return app.execute(() =>
    Array.from(document.querySelectorAll('[data-testid="cafe-table"]')).map((table) =>
      Array.from(table.querySelectorAll('li')).map((li) => li.textContent.trim()),
    ),
  );
}

/** Dismisses the confirmations, as a facilitator does before reaching behind them. */
async function dismissToasts(app) {
  for (const button of await app.$$('[data-testid="toasts"] button.dismiss')) await button.click();
}

async function showRound(app, round) {
  await dismissToasts(app);
  const tabs = await app.$$('[data-testid="cafe-round-tab"]');
  await tabs[round - 1].click();
  await app.waitUntil(async () => (await tabs[round - 1].getAttribute('aria-pressed')) === 'true', { timeout: 5000 });
}

/** Waits until the console says `text` about where the café is. */
async function cafeAt(app, text) {
  await app.waitUntil(async () => (await app.$('[data-testid="cafe-where"]').getText()).includes(text), {
    timeout: 10_000,
    timeoutMsg: `the café panel says "${text}"`,
  });
}

test('a 17-person café: planned at the minimum, swaps on the projector, a leaver and a walk-in', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-cafe-'));
  const app = await openApp(dataDir);
  try {
    const card = '[data-testid="technique-card"][data-technique="knowledge-cafe"]';
    await app.$(card).waitForDisplayed({ timeout: 20_000 });
    await app.$(card).click();
    await app.$('[data-testid="start-session"]').click();
    await typeInto(app, await app.$('#session-title'), 'Discharge before noon café');
    await app.$('[data-testid="save-session"]').click();
    await app.$('[data-testid="run-session"]').waitForClickable({ timeout: 5000 });
    await app.$('[data-testid="run-session"]').click();
    await app.$('[data-testid="cafe-panel"]').waitForDisplayed({ timeout: 10_000 });

    // The list comes in by paste, as from a spreadsheet: name, tab, team.
    await app.$('[data-testid="cafe-import-open"]').click();
    const pasted = PEOPLE.map(([name, team]) => `${name}\t${team}`).join('\n');
    await app.execute((text) => {
      const area = document.querySelector('[data-testid="cafe-import-text"]');
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, pasted);
    await app.waitUntil(async () => (await app.$('[data-testid="cafe-import-preview"]').getText()).startsWith('17 people'), {
      timeout: 5000,
    });
    await app.$('[data-testid="cafe-import-add"]').click();
    await app.waitUntil(async () => (await app.$$('[data-testid="cafe-guest"]')).length === 17, { timeout: 10_000 });

    await typeInto(app, await app.$('[data-testid="cafe-question"]'), 'What would help more patients go home before noon?');
    await typeInto(app, await app.$('[data-testid="cafe-tables"]'), '4');
    await app.$('[data-testid="cafe-save-setup"]').click();
    await app.$('[data-testid="cafe-quality"]').waitForDisplayed({ timeout: 10_000 });
    const quality = await app.$('[data-testid="cafe-quality"]').getText();
    assert.equal(quality, '2 repeat encounters: the fewest possible.', '17 people at 5,4,4,4 over 3 rounds meet the bound of 2');

    await showRound(app, 1);
    const first = await consoleTables(app);
    assert.deepEqual(first.map((t) => t.length).sort(), [4, 4, 4, 5], 'tables as equal as possible');
    assert.equal(new Set(first.flat()).size, 17, 'everyone has a seat in round 1');
    await shot(app, '30-cafe-console-plan');

    // The agenda follows the set-up: the welcome, three rounds, the plenary, capture.
    const agenda = await app.$('[data-testid="live-agenda"]').getText();
    assert.match(agenda, /Round 1 of 3/);
    assert.match(agenda, /Round 3 of 3/);

    const console = await app.getWindowHandle();
    await app.$('[data-testid="live-start"]').click();
    await app.$('[data-testid="live-present"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.switchToWindow(console);
    await app.execute(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));
    await app.keys('ArrowRight');
    await cafeAt(app, 'Round 1 of 3 under way');

    // The swap screen: every table with its people, and the countdown to settle.
    await windowTitled(app, 'Mobilise: audience display');
    await app.$('[data-testid="audience-table-plan"]').waitForDisplayed({ timeout: 10_000 });
    const projected = await app.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="audience-table"]')).map((t) => t.textContent),
    );
    assert.equal(projected.length, 4, 'the room sees all four tables');
    for (const [name] of PEOPLE) assert.ok(projected.some((t) => t.includes(name)), `${name} is on the projected plan`);
    assert.match(await app.$('[data-testid="audience-settle"]').getText(), /Conversations start in \d\d:\d\d/);
    const nameSize = await app.execute(() => {
      const li = document.querySelector('[data-testid="audience-table"] li');
      return li ? parseFloat(getComputedStyle(li).fontSize) : 0;
    });
    const height = await app.execute(() => window.innerHeight);
    assert.ok(nameSize >= height / 30, `names are large enough for the back of the room (${nameSize}px on ${height}px)`);
    assert.deepEqual(await seriousViolations(app), [], 'the swap screen passes axe');
    await shot(app, '31-cafe-audience-swap');

    // Round 2: one person leaves, another walks in.
    await app.switchToWindow(console);
    await app.execute(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));
    await app.keys('ArrowRight');
    await cafeAt(app, 'Round 2 of 3 under way');
    const leaver = await app.$(`[data-testid="cafe-guest"][data-name="${LEAVER}"] [data-testid="cafe-guest-here"]`);
    assert.equal(await leaver.isSelected(), true, 'everyone starts as here');
    await leaver.click();
    await app.waitUntil(async () => !(await leaver.isSelected()), { timeout: 10_000, timeoutMsg: 'the leaver is marked absent' });
    await typeInto(app, await app.$('[data-testid="cafe-walk-in-name"]'), WALK_IN);
    await typeInto(app, await app.$('[data-testid="cafe-walk-in-team"]'), 'Ward 7');
    await app.$('[data-testid="cafe-walk-in-add"]').click();
    await app.waitUntil(async () => (await app.$$('[data-testid="cafe-guest"]')).length === 18, { timeout: 10_000 });

    await showRound(app, 2);
    const second = (await consoleTables(app)).flat();
    assert.ok(second.includes(WALK_IN), 'the walk-in joins a table in the round under way');
    assert.ok(!second.includes(LEAVER), 'the leaver is no longer listed at a table');
    await showRound(app, 3);
    const third = await consoleTables(app);
    assert.ok(third.flat().includes(WALK_IN), 'the walk-in is seated in round 3');
    assert.ok(!third.flat().includes(LEAVER), 'the leaver is not seated in round 3');
    assert.equal(third.flat().length, 17, 'round 3 seats the 17 people still here');
    assert.deepEqual(third.map((t) => t.length).sort(), [4, 4, 4, 5]);
    await shot(app, '32-cafe-console-replanned');

    // Round 3 on the projector shows the re-planned tables.
    await app.keys('ArrowRight');
    await cafeAt(app, 'Round 3 of 3 under way');
    await windowTitled(app, 'Mobilise: audience display');
    await app.waitUntil(
      async () => (await app.$('[data-testid="audience-table-plan"]').getText()).includes('Round 3 of 3'),
      { timeout: 10_000 },
    );
    const projectedThird = await app.execute(() => document.querySelector('[data-testid="audience-table-plan"]')?.textContent ?? '');
    assert.ok(projectedThird.includes(WALK_IN), 'the walk-in is on the projected plan');
    assert.ok(!projectedThird.includes(LEAVER), 'the leaver is not');
    await shot(app, '33-cafe-audience-round-3');

    // The record exports with the seating as it happened (the Save dialog is native, so
    // the export command is called as the dialog would, with the chosen file).
    await app.switchToWindow(console);
    const exported = path.join(artifacts, 'export');
    mkdirSync(exported, { recursive: true });
    for (const format of ['docx', 'pdf']) {
      const out = path.join(exported, `knowledge-cafe.${format}`);
      const done = await app.execute(async (format, out) => {
        const view = await window.__TAURI_INTERNALS__.invoke('live_current', {});
        return window.__TAURI_INTERNALS__.invoke('export_session', { sessionId: view.session_id, format, path: out, includeNames: true });
      }, format, out);
      assert.equal(done.path, out);
    }
    const docx = execFileSync('python3', ['-c', READ_DOCX, path.join(exported, 'knowledge-cafe.docx')], { encoding: 'utf8' });
    assert.match(docx, /Knowledge Café seating/);
    assert.match(docx, new RegExp(`Round 3`));
    assert.ok(docx.includes(WALK_IN), 'the walk-in is in the exported plan');
    const pdf = execFileSync('pdftotext', [path.join(exported, 'knowledge-cafe.pdf'), '-'], { encoding: 'utf8' });
    assert.ok(pdf.replace(/\s+/g, ' ').includes('What would help more patients go home before noon?'));
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', path.join(exported, 'knowledge-cafe.pdf'), path.join(exported, 'knowledge-cafe-pdf')]);
  } catch (failure) {
    await shot(app, 'failure-knowledge-cafe').catch(() => undefined);
    throw failure;
  } finally {
    await app.deleteSession();
  }
});
