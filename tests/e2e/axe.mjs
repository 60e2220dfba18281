// Runs axe-core inside the app's webview and returns the serious and critical violations
// (WCAG 2.0-2.2 A and AA rules), described well enough to fix.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function seriousViolations(browser) {
  await browser.execute(source);
  const result = await browser.executeAsync((done) => {
    window.axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((r) => done(JSON.stringify(r.violations)))
      .catch((e) => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', description: String(e), nodes: [] }])));
  });
  return JSON.parse(result)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.description} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
