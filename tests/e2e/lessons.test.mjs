// Lessons across sessions, as a ward team uses them: an After Action Review of one
// ward's go-live compares plan and outcome on the projector, saves a lesson from its
// notes and reviews it at the close; a Before Action Review for the next ward's go-live
// states its intent, who does what and its risks (worst first on the projector), is
// offered that lesson and pins it, sets its success measures, and its plan is reopened
// and exported with the lesson it brought in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { artifacts, startDriver, stopDriver, openApp, shot, typeInto, windowTitled } from './driver.mjs';
import { seriousViolations } from './axe.mjs';

const LESSON = 'Test every handheld on the ward’s own wi-fi before go-live';

let driver;
before(async () => {
  driver = await startDriver();
});
after(async () => {
  await stopDriver(driver);
});

async function newSession(app, technique, title, purpose) {
  await app.$('[data-testid="nav-library"]').click();
  const card = `[data-testid="technique-card"][data-technique="${technique}"]`;
  await app.$(card).waitForDisplayed({ timeout: 20_000 });
  await app.$(card).click();
  await app.$('[data-testid="start-session"]').click();
  await typeInto(app, await app.$('#session-title'), title);
  // The form's save bar sits over the bottom of the window: bring the field clear of it.
  await app.execute(() => document.querySelector('#session-purpose')?.scrollIntoView({ block: 'center' }));
  await typeInto(app, await app.$('#session-purpose'), purpose);
  await app.$('[data-testid="save-session"]').click();
  await app.$('[data-testid="run-session"]').waitForClickable({ timeout: 5000 });
  await app.$('[data-testid="run-session"]').click();
  await app.$('[data-testid="live-start"]').waitForClickable({ timeout: 10_000 });
}

/** Types a note under the current step's question `index` (0 = the first). */
async function note(app, index, text) {
  const questions = await app.$$('[data-testid="live-question"]');
  await typeInto(app, await questions[index].$('[data-testid="note-input"]'), text);
  await app.keys('Enter');
  await app.waitUntil(async () => (await questions[index].getText()).includes(text), { timeout: 5000 });
}

async function nextStep(app, title) {
  await app.$('[data-testid="live-next"]').click();
  await app.waitUntil(async () => (await app.$('[data-testid="live-step-title"]').getText()).includes(title), { timeout: 5000 });
}

async function scrollTo(app, testid) {
  await app.execute((testid) => document.querySelector(`[data-testid="${testid}"]`)?.scrollIntoView({ block: 'start' }), testid);
  await sleep(300);
}

test('a review saves a lesson that the next plan is offered, pins and exports', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-lessons-'));
  const app = await openApp(dataDir);
  try {
    // The After Action Review of Ward 7's go-live.
    await newSession(app, 'after-action-review', 'Ward 7 e-obs go-live review', 'Learn from the go-live of electronic observations on Ward 7.');
    await app.$('[data-testid="live-start"]').click();
    await note(app, 0, 'All observations on handhelds from 07:00');
    await note(app, 0, 'Paper charts withdrawn by noon');
    const console = await app.getWindowHandle();
    await app.$('[data-testid="live-present"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.switchToWindow(console);
    await nextStep(app, 'What actually happened?');
    await note(app, 0, 'Two handhelds failed to sync until 09:30');

    // The room sees plan and outcome side by side.
    await windowTitled(app, 'Mobilise: audience display');
    const compare = await app.$('[data-testid="audience-review"]');
    await compare.waitForDisplayed({ timeout: 5000 });
    await app.waitUntil(async () => (await app.$('[data-testid="audience-review-actual"]').getText()).includes('09:30'), {
      timeout: 5000,
      timeoutMsg: 'the note just taken reaches the projector',
    });
    assert.match(await app.$('[data-testid="audience-review-supposed"]').getText(), /Paper charts withdrawn by noon/);
    assert.deepEqual(await seriousViolations(app), [], 'the comparison passes axe');
    await shot(app, '50-review-audience-side-by-side');
    await app.switchToWindow(console);

    await nextStep(app, 'Why was there a difference?');
    await nextStep(app, 'What can we learn from this?');
    await note(app, 0, LESSON);

    // The note becomes a lesson, with its cause.
    await app.$('[data-testid="note-save-lesson"]').click();
    const dialog = await app.$('[data-testid="lesson-dialog"]');
    await dialog.waitForDisplayed({ timeout: 5000 });
    assert.equal(await app.$('[data-testid="lesson-title"]').getValue(), LESSON, 'the title comes from the note');
    await typeInto(app, await app.$('[data-testid="lesson-cause"]'), 'The access points on Ward 7 were never surveyed');
    await typeInto(app, await app.$('[data-testid="lesson-tags"]'), 'e-obs, go-live');
    await shot(app, '51-review-save-lesson');
    await app.$('[data-testid="lesson-save"]').click();
    await dialog.waitForDisplayed({ reverse: true, timeout: 5000 });
    await app.waitUntil(async () => (await app.$$('[data-testid="lesson-item"]')).length === 1, { timeout: 5000 });

    // Finishing reviews the lessons captured.
    await app.$('[data-testid="live-finish"]').click();
    const review = await app.$('[data-testid="finish-lessons"]');
    await review.waitForDisplayed({ timeout: 5000 });
    assert.ok((await review.getText()).includes(LESSON), 'the close lists the lesson captured');
    await shot(app, '52-review-finish-lessons');
    await app.$('[data-testid="confirm-finish"]').click();
    await app.$('[data-testid="lessons-panel"]').waitForDisplayed({ timeout: 10_000 });

    // The Before Action Review of Ward 8's go-live is offered the lesson.
    await newSession(app, 'before-action-review', 'Ward 8 e-obs go-live', 'Plan the go-live of electronic observations on Ward 8.');
    assert.match(await app.$('[data-testid="preparation-reminder"]').getText(), /leaving enough time to act/);
    await app.$('[data-testid="live-start"]').click();

    // The intent, who does what, and the risks, as the room answers step 1's questions.
    await scrollTo(app, 'plan-panel');
    await typeInto(app, await app.$('[data-testid="plan-task"]'), 'Move Ward 8 to electronic observations');
    await app.keys('Enter');
    await typeInto(app, await app.$('[data-testid="plan-purpose"]'), 'Earlier warning of deterioration');
    await app.keys('Enter');
    await typeInto(app, await app.$('[data-testid="plan-end-state"]'), 'No paper charts on Ward 8 by Friday');
    await app.keys('Enter');
    await typeInto(app, await app.$('[data-testid="plan-role-who"]'), 'Grace O’Neill');
    await typeInto(app, await app.$('[data-testid="plan-role-does"]'), 'Super-user on every shift');
    await app.$('[data-testid="plan-role-add"]').click();
    const risks = [
      ['Handhelds do not sync on the ward wi-fi', 'Likely', 'Major'],
      ['Agency staff have no log-ins', 'Possible', 'Minor'],
    ];
    for (const [risk, likelihood, impact] of risks) {
      await typeInto(app, await app.$('[data-testid="plan-risk-text"]'), risk);
      await app.$('[data-testid="plan-risk-likelihood"]').selectByVisibleText(likelihood);
      await app.$('[data-testid="plan-risk-impact"]').selectByVisibleText(impact);
      await app.$('[data-testid="plan-risk-add"]').click();
    }
    await app.waitUntil(async () => (await app.$$('[data-testid="plan-risk"]')).length === 2, { timeout: 5000 });
    assert.match(await (await app.$$('[data-testid="plan-risk"]'))[0].getText(), /16 · Extreme[\s\S]*sync/, 'the worst risk first, scored 16');
    await shot(app, '54-plan-console-risks');
    const planner = await app.getWindowHandle();
    await app.$('[data-testid="live-present"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.switchToWindow(planner);
    for (let question = 1; question < 4; question += 1) await app.$('[data-testid="live-next-question"]').click();
    await windowTitled(app, 'Mobilise: audience display');
    await app.$('[data-testid="audience-plan"]').waitForDisplayed({ timeout: 5000 });
    const shown = await app.$$('[data-testid="audience-plan-risk"]');
    assert.equal(shown.length, 2);
    assert.match(await shown[0].getText(), /sync/, 'the room sees the worst risk first');
    assert.deepEqual(await seriousViolations(app), [], 'the risks pass axe');
    await shot(app, '55-plan-audience-risks');
    await app.switchToWindow(planner);
    await nextStep(app, 'What can be learned from similar situations');
    const related = await app.$('[data-testid="related-lessons"]');
    await related.waitForDisplayed({ timeout: 10_000 });
    await app.waitUntil(async () => (await app.$$('[data-testid="related-lesson"]')).length > 0, {
      timeout: 10_000,
      timeoutMsg: 'the related lessons are listed',
    });
    const first = (await app.$$('[data-testid="related-lesson"]'))[0];
    assert.ok((await first.getText()).includes(LESSON), 'the review’s lesson comes first');
    assert.ok((await first.getText()).includes('Ward 7 e-obs go-live review'), 'with where it came from');
    await first.$('[data-testid="lesson-pin"]').click();
    await app.waitUntil(async () => (await app.$('[data-testid="pinned-lessons"]').getText()).includes(LESSON), { timeout: 5000 });
    await scrollTo(app, 'related-lessons');
    await shot(app, '53-plan-related-lessons');

    // How we will know it worked; then the plan is finished and read back.
    await nextStep(app, 'What will help deliver success?');
    await scrollTo(app, 'plan-measures');
    await typeInto(app, await app.$('[data-testid="plan-measure-text"]'), 'Every observation on a handheld by day 3');
    await app.$('[data-testid="plan-measure-add"]').click();
    await app.waitUntil(async () => (await app.$$('[data-testid="plan-measure"]')).length === 1, { timeout: 5000 });
    await nextStep(app, 'What are the actions we need to take');
    await app.execute(() => document.querySelector('[data-testid="live-finish"]')?.scrollIntoView({ block: 'center' }));
    await app.$('[data-testid="live-finish"]').click();
    await app.$('[data-testid="confirm-finish"]').waitForClickable({ timeout: 5000 });
    await app.$('[data-testid="confirm-finish"]').click();
    await app.$('[data-testid="nav-sessions"]').click();
    const link = await app.$('//a[@data-testid="open-session"][contains(., "Ward 8 e-obs go-live")]');
    await link.waitForClickable({ timeout: 10_000 });
    await link.click();
    await app.$('[data-testid="run-session"]').click();
    await app.$('[data-testid="technique-record"]').waitForDisplayed({ timeout: 10_000 });
    const plan = await app.$('[data-testid="technique-record"]').getText();
    for (const part of ['No paper charts on Ward 8 by Friday', 'Super-user on every shift', 'Agency staff have no log-ins', 'Every observation on a handheld by day 3']) {
      assert.ok(plan.includes(part), `${part} is read back`);
    }

    // The plan's record carries the lesson it brought in.
    const exported = path.join(artifacts, 'export');
    mkdirSync(exported, { recursive: true });
    const out = path.join(exported, 'before-action-review.pdf');
    await app.execute(async (out) => {
      const view = await window.__TAURI_INTERNALS__.invoke('live_current', {});
      return window.__TAURI_INTERNALS__.invoke('export_session', { sessionId: view.session_id, format: 'pdf', path: out, includeNames: true });
    }, out);
    const pdf = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.ok(pdf.includes('Lessons from earlier work'), 'the plan prints its pinned lessons');
    assert.ok(pdf.includes('Ward 7 e-obs go-live review'), 'with where they came from');
    for (const part of ['Task: Move Ward 8 to electronic observations', '16 (Extreme)', 'Every observation on a handheld by day 3']) {
      assert.ok(pdf.includes(part), `${part} in the exported plan`);
    }
  } catch (failure) {
    await shot(app, 'failure-lessons').catch(() => undefined);
    throw failure;
  } finally {
    await app.deleteSession();
  }
});
