// A data folder whose database file belongs to another program: the app explains, and
// leaves the file exactly as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDriver, stopDriver, openApp, shot } from './driver.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(async () => {
  await stopDriver(driver);
});

test('a foreign database file is refused with an explanation and left untouched', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mobilise-e2e-bad-'));
  const file = path.join(dataDir, 'mobilise.sqlite3');
  const content = 'Name,Ward\nAled,7\n';
  writeFileSync(file, content);
  const app = await openApp(dataDir);
  try {
    const problem = await app.$('[data-testid="database-problem"]');
    await problem.waitForDisplayed({ timeout: 20_000 });
    assert.match(await problem.getText(), /not a Mobilise database/);
    await shot(app, '08-database-problem');
  } finally {
    await app.deleteSession();
  }
  assert.equal(readFileSync(file, 'utf8'), content, 'the file is not modified');
});
