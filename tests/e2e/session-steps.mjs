// The steps every guided-technique run shares, as a facilitator takes them: a session
// made from the library with its people and roles, notes under a question, moving on,
// finishing, exporting the record, and reopening it later from the sessions list.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { artifacts, typeInto } from './driver.mjs';

/**
 * Creates a session of `technique` from the library with `people` ([name, role] pairs)
 * and opens it to run.
 */
export async function newSession(app, technique, title, { purpose = '', people = [] } = {}) {
  await app.$('[data-testid="nav-library"]').click();
  const card = `[data-testid="technique-card"][data-technique="${technique}"]`;
  await app.$(card).waitForDisplayed({ timeout: 20_000 });
  await app.$(card).click();
  await app.$('[data-testid="start-session"]').click();
  await typeInto(app, await app.$('#session-title'), title);
  if (purpose) {
    // The form's save bar sits over the bottom of the window: bring the field clear of it.
    await app.execute(() => document.querySelector('#session-purpose')?.scrollIntoView({ block: 'center' }));
    await typeInto(app, await app.$('#session-purpose'), purpose);
  }
  for (const [index, [name, role]] of people.entries()) {
    let rows = await app.$$('[data-testid="participant-row"]');
    if (rows.length <= index) {
      await app.execute(() => document.querySelector('[data-testid="add-participant"]')?.scrollIntoView({ block: 'center' }));
      await app.$('[data-testid="add-participant"]').click();
      await app.waitUntil(async () => (await app.$$('[data-testid="participant-row"]')).length > index);
      rows = await app.$$('[data-testid="participant-row"]');
    }
    await app.execute((i) => document.querySelectorAll('[data-testid="participant-row"]')[i]?.scrollIntoView({ block: 'center' }), index);
    await typeInto(app, await rows[index].$('[name="participant-name"]'), name);
    if (role) await typeInto(app, await rows[index].$('[name="participant-role"]'), role);
  }
  await app.$('[data-testid="save-session"]').click();
  await app.$('[data-testid="run-session"]').waitForClickable({ timeout: 5000 });
  await app.$('[data-testid="run-session"]').click();
  await app.$('[data-testid="live-start"]').waitForClickable({ timeout: 10_000 });
}

/** Types a note under the current step's question `index` (0 = the first). */
export async function note(app, index, text) {
  const questions = await app.$$('[data-testid="live-question"]');
  await typeInto(app, await questions[index].$('[data-testid="note-input"]'), text);
  await app.keys('Enter');
  await app.waitUntil(async () => (await questions[index].getText()).includes(text), { timeout: 5000 });
}

/** Moves to the next step and waits until the console shows `title`. */
export async function nextStep(app, title) {
  await app.execute(() => document.querySelector('[data-testid="live-next"]')?.scrollIntoView({ block: 'center' }));
  await app.$('[data-testid="live-next"]').click();
  await untilStep(app, title);
}

export async function untilStep(app, title) {
  await app.waitUntil(async () => (await app.$('[data-testid="live-step-title"]').getText()).includes(title), {
    timeout: 5000,
    timeoutMsg: `the console reaches "${title}"`,
  });
}

/** Brings a part of the console to the top of the window, for a screenshot. */
export async function scrollTo(app, testid) {
  await app.execute((testid) => document.querySelector(`[data-testid="${testid}"]`)?.scrollIntoView({ block: 'start' }), testid);
  await sleep(300);
}

/** Finishes the session through the confirmation dialog. */
export async function finish(app) {
  await app.execute(() => document.querySelector('[data-testid="live-finish"]')?.scrollIntoView({ block: 'center' }));
  await app.$('[data-testid="live-finish"]').click();
  await app.$('[data-testid="confirm-finish"]').waitForClickable({ timeout: 5000 });
  await app.$('[data-testid="confirm-finish"]').click();
  await app.$('[data-testid="technique-record"]').waitForDisplayed({ timeout: 10_000 });
}

/** Exports the running (or just finished) session to PDF and returns its text. */
export async function exportPdf(app, name, { includeNames = true, includeConfidential = false } = {}) {
  const folder = path.join(artifacts, 'export');
  mkdirSync(folder, { recursive: true });
  const out = path.join(folder, `${name}.pdf`);
  await app.execute(
    async (out, includeNames, includeConfidential) => {
      const view = await window.__TAURI_INTERNALS__.invoke('live_current', {});
      return window.__TAURI_INTERNALS__.invoke('export_session', {
        sessionId: view.session_id,
        format: 'pdf',
        path: out,
        includeNames,
        includeConfidential,
      });
    },
    out,
    includeNames,
    includeConfidential,
  );
  return execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Reopens a finished session from the sessions list and shows its record. */
export async function reopen(app, title) {
  await app.$('[data-testid="nav-sessions"]').click();
  const link = await app.$(`//a[@data-testid="open-session"][contains(., "${title}")]`);
  await link.waitForClickable({ timeout: 10_000 });
  await link.click();
  await app.$('[data-testid="run-session"]').waitForClickable({ timeout: 10_000 });
  await app.$('[data-testid="run-session"]').click();
  await app.$('[data-testid="technique-record"]').waitForDisplayed({ timeout: 10_000 });
}
