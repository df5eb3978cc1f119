// Measures the Timeline and Network views of the release build (dist/) in headless Chromium:
// input-to-next-paint of a filter change (ticking and unticking every kind and the first twelve
// claimants) with 1,000 and 10,000 claims, each change laying the picture out again and
// repainting it. Printed as a Markdown table with the budget (one frame at 1,000 claims; at
// 10,000, usable, which the table reports without a verdict).
// Usage: node scripts/bench-pictures.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, root, serve } from '../tests/e2e/harness.mjs';
import { generate, installMeter, open, table, toggling } from './bench-browser.mjs';
import { median, percentile } from './bench-pages.mjs';

const SIZES = [1_000, 10_000];
/** The Claims view is measured the same way, for reference: what any view's filter change costs. */
const VIEWS = ['claims', 'timeline', 'network'];
const BUDGET_MS = 16;
const VIEWPORT = { width: 1280, height: 800 };

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-bench-'));
  let server;
  let browser;
  try {
    const routes = {};
    for (const claims of SIZES) {
      routes[`/bench-${claims}.json`] = { type: 'application/json', body: generate(dir, claims) };
    }
    server = await serve(join(root, 'dist'), { routes });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const rows = [];
    for (const claims of SIZES) {
      for (const view of VIEWS) {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const page = await open(context, `${server.url}?data=bench-${claims}.json&view=${view}`);
        await page.evaluate(installMeter);
        const samples = await toggling(page);
        await context.close();
        const p95 = percentile(samples, 0.95);
        const budgeted = claims <= 1_000 && view !== 'claims';
        rows.push([
          `${view}, ${claims.toLocaleString('en-US')} claims`,
          samples.length,
          median(samples).toFixed(1),
          p95.toFixed(1),
          budgeted ? `p95 ≤ ${BUDGET_MS} ms` : '—',
          budgeted ? (p95 <= BUDGET_MS ? 'PASS' : 'MISS') : view === 'claims' ? 'reference' : 'usable',
        ]);
      }
    }
    console.log(`Chromium ${browser.version()}, headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}. A filter change (a facet ticked or unticked) to the next paint.\n`);
    table(['Filter change', 'Samples', 'Median (ms)', 'p95 (ms)', 'Budget', 'Result'], ['---', '---:', '---:', '---:', '---:', '---'], rows);
  } finally {
    await browser?.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
