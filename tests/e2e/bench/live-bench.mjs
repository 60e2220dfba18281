// Benchmarks of the live timer in the real app (not a test: it prints figures).
//  - drift: how far the displayed countdown strays from wall time over a run of N seconds,
//    measured at the instants the displayed second changes (the console redraws every
//    250 ms, so one reading can lag by up to that);
//  - latency: from a key press in the console to the audience view showing the new step
//    (IPC, the SQLite write, the event back to the windows and the render), median of 10.
// Usage (from scripts/bench-live): MOBILISE_BIN=... node bench/live-bench.mjs [seconds]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDriver, stopDriver, openApp, typeInto } from '../driver.mjs';

const runSeconds = Number(process.argv[2] ?? 600);

/** Waits in the page for the timer's text to change; returns [epoch ms, new text]. */
async function nextSecondEdge(app) {
  return app.executeAsync((done) => {
    const timer = document.querySelector('[data-testid="live-timer"]');
    const start = timer.textContent;
    const poll = () => {
      if (timer.textContent !== start) done([Date.now(), timer.textContent.trim()]);
      else setTimeout(poll, 5);
    };
    poll();
  });
}

function seconds(text) {
  const sign = text.startsWith('+') ? -1 : 1;
  return sign * text.replace('+', '').split(':').map(Number).reduce((a, n) => a * 60 + n, 0);
}

const driver = await startDriver();
const app = await openApp(mkdtempSync(path.join(tmpdir(), 'mobilise-bench-')));
try {
  const card = '[data-testid="technique-card"][data-technique="after-action-review"]';
  await app.$(card).waitForDisplayed({ timeout: 20_000 });
  await app.$(card).click();
  await app.$('[data-testid="start-session"]').click();
  await typeInto(app, await app.$('#session-title'), 'Timer benchmark');
  await app.$('[data-testid="save-session"]').click();
  await app.waitUntil(async () => (await app.$('[data-testid="save-status"]').getText()).includes('Saved'));
  await app.$('[data-testid="run-session"]').click();
  await app.$('[data-testid="live-start"]').click();
  await app.$('[data-testid="live-pause"]').waitForDisplayed();

  // Latency: Right / Left alternately, each timed inside the page.
  const latencies = [];
  for (let i = 0; i < 10; i += 1) {
    await app.execute(() => {
      const el = document.activeElement;
      if (el instanceof HTMLElement) el.blur();
      const step = document.querySelector('[data-testid="audience-step"]');
      window.__bench = { pressed: 0, shown: 0 };
      window.addEventListener('keydown', () => { window.__bench.pressed = performance.now(); }, { capture: true, once: true });
      new MutationObserver((_, observer) => {
        window.__bench.shown = performance.now();
        observer.disconnect();
      }).observe(step, { characterData: true, childList: true, subtree: true });
    });
    await app.keys(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await app.waitUntil(async () => (await app.execute(() => window.__bench.shown)) > 0, { timeout: 5000 });
    latencies.push(await app.execute(() => window.__bench.shown - window.__bench.pressed));
  }
  latencies.sort((a, b) => a - b);
  console.log(`keypress to audience update: median ${latencies[5].toFixed(1)} ms, min ${latencies[0].toFixed(1)}, max ${latencies[9].toFixed(1)} (10 presses)`);

  // Drift: the instant the display ticks, at the start and after runSeconds.
  await app.$('[data-testid="live-add-minute"]').click(); // room for a long run
  for (let i = 0; i < Math.ceil(runSeconds / 60); i += 1) await app.$('[data-testid="live-add-minute"]').click();
  const [t0, text0] = await nextSecondEdge(app);
  await new Promise((r) => setTimeout(r, runSeconds * 1000 - 500));
  const [t1, text1] = await nextSecondEdge(app);
  const shownElapsed = seconds(text0) - seconds(text1);
  const wallElapsed = (t1 - t0) / 1000;
  console.log(`timer drift over ${wallElapsed.toFixed(1)} s: ${((shownElapsed - wallElapsed) * 1000).toFixed(0)} ms (displayed ${shownElapsed} s; one reading can lag by up to the 250 ms redraw)`);
} finally {
  await app.deleteSession().catch(() => {});
  await stopDriver(driver);
}
