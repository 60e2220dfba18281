// Starts the real Mobilise binary through tauri-driver (which drives WebKitWebDriver) and
// hands the tests a WebdriverIO session. Screenshots go to tests/e2e/artifacts/.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const here = path.dirname(fileURLToPath(import.meta.url));
export const artifacts = process.env.MOBILISE_E2E_ARTIFACTS ?? path.join(here, 'artifacts');
const binary = process.env.MOBILISE_BIN;
const PORT = 4444;

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Starts tauri-driver and waits until it listens; stop it with `stopDriver`. */
export async function startDriver() {
  if (!binary || !existsSync(binary)) {
    throw new Error(`Set MOBILISE_BIN to the built app (got ${binary ?? 'nothing'}).`);
  }
  if (await portOpen(PORT)) {
    throw new Error(`Port ${PORT} is taken: an orphaned tauri-driver or WebKitWebDriver is running.`);
  }
  const driver = spawn(process.env.TAURI_DRIVER ?? 'tauri-driver', ['--port', String(PORT)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 100; i += 1) {
    if (await portOpen(PORT)) return driver;
    await sleep(100);
  }
  driver.kill('SIGTERM');
  throw new Error('tauri-driver did not start listening within 10 s.');
}

/** SIGTERM, never SIGKILL: only then does tauri-driver end its WebKitWebDriver child. */
export async function stopDriver(driver) {
  if (driver && driver.exitCode === null) {
    const exited = new Promise((resolve) => driver.once('exit', resolve));
    driver.kill('SIGTERM');
    await Promise.race([exited, sleep(5000)]);
  }
  endStrayApps();
}

/**
 * Ends any test app still running once its driver has gone. Closing the session normally
 * ends the app, but a driver stopped while the app was still closing leaves it orphaned,
 * holding the test runner's output open so that the run never ends. The files run one
 * at a time, so any app on a test folder now is a stray.
 */
function endStrayApps() {
  try {
    execFileSync('pkill', ['-TERM', '-f', 'mobilise --data-dir .*mobilise-e2e-']);
  } catch {
    // None left: pkill says so by failing.
  }
}

/** Opens the app on `dataDir` and waits for its first screen. */
export async function openApp(dataDir) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port: PORT,
    logLevel: 'warn',
    connectionRetryTimeout: 60_000,
    connectionRetryCount: 1,
    capabilities: {
      'wdio:enforceWebDriverClassic': true,
      'tauri:options': { application: binary, args: ['--data-dir', dataDir] },
    },
  });
  await browser.setWindowSize(1280, 820).catch(() => {});
  return browser;
}

export async function shot(browser, name) {
  mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  // WebKit's screenshot is the last frame it composited: wait for two frames (or half a
  // second, should a hidden window get none), so a page just navigated to is what is
  // saved, not the one before it.
  await browser.executeAsync((done) => {
    const fallback = setTimeout(done, 500);
    requestAnimationFrame(() => requestAnimationFrame(() => (clearTimeout(fallback), done())));
  });
  await browser.saveScreenshot(file);
  return file;
}

/**
 * Types into a field the way a person does: click, select all, delete, type. (WebDriver's
 * own "clear" fires no input event, so the UI would not see it.)
 */
export async function typeInto(browser, element, text) {
  await element.click();
  await browser.keys(['Control', 'a']);
  await browser.keys(['Backspace']);
  if (text) await element.addValue(text);
}

/** Switches to the window whose title starts with `title`; returns its handle. */
export async function windowTitled(app, title) {
  let found = null;
  await app.waitUntil(
    async () => {
      for (const handle of await app.getWindowHandles()) {
        await app.switchToWindow(handle);
        if ((await app.getTitle()).startsWith(title)) {
          found = handle;
          return true;
        }
      }
      return false;
    },
    { timeout: 10_000, timeoutMsg: `a window titled "${title}" opens` },
  );
  return found;
}
