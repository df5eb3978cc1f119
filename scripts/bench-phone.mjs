// The seed page on a mid-range phone (issue #24): Chromium with the CPU slowed 4×, 1.6 Mbit/s
// down, 750 kbit/s up, 150 ms round trip, a 390 px wide touch screen, every file sent brotli-
// compressed as a news site's server would. It loads the explorer and a bare page of the same
// text served the same way, in turns, each in a fresh context (empty cache), after one discarded
// warm-up round, and prints first contentful paint and time to ready (medians), against the
// budgets, and when each file of the explorer's median load started and ended, so that anyone
// can see where the time goes.
// Usage: node scripts/bench-phone.mjs [--runs 5]   (after the release build in dist/;
// CLAIMSCOPE_QUERY="?lang=uk" loads the explorer with that address, in another language than the
// page's for one)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, root, seed, serve } from '../tests/e2e/harness.mjs';
import { table, watchReady } from './bench-browser.mjs';
import { baselinePage, median } from './bench-pages.mjs';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(options.runs);
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;
const BUDGET = { readyMs: 1500, fcpRatio: 1.3 };

/** One load of `url` on the phone profile: its paint, its readiness and its files' timing. */
async function loadOnce(browser, url, explorer) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(watchReady);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    if (explorer) await page.waitForFunction(() => window.benchReadyAt !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      ready: window.benchReadyAt,
      html: performance.getEntriesByType('navigation')[0].responseEnd,
      files: performance.getEntriesByType('resource').map((r) => ({
        name: r.name.split('/').pop(),
        start: r.startTime,
        end: r.responseEnd,
        bytes: r.transferSize,
      })),
    }));
  } finally {
    await context.close();
  }
}

const css = readdirSync(join(root, 'dist')).find((name) => /^main-.*\.css$/.test(name));
const server = await serve(join(root, 'dist'), {
  brotli: true,
  routes: { '/bare.html': { type: 'text/html; charset=utf-8', body: baselinePage(seed, css) } },
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const loads = { bare: [], explorer: [] };
try {
  for (let round = 0; round <= RUNS; round++) {
    const bare = await loadOnce(browser, `${server.url}bare.html`, false);
    const query = process.env.CLAIMSCOPE_QUERY ?? '';
    const explorer = await loadOnce(browser, `${server.url}${query}`, true);
    if (round === 0) continue;
    loads.bare.push(bare);
    loads.explorer.push(explorer);
  }
} finally {
  await browser.close();
  server.stop();
}

const ms = (value) => (value === undefined ? '—' : value.toFixed(0));
const fcp = { bare: median(loads.bare.map((l) => l.fcp)), explorer: median(loads.explorer.map((l) => l.fcp)) };
const ready = median(loads.explorer.map((l) => l.ready));
console.log(`Phone profile: CPU ${CPU_SLOWDOWN}× slower, ${NETWORK.downloadThroughput * 8 / 1e6} Mbit/s down, ${NETWORK.latency} ms round trip, ${PHONE.viewport.width} px; ${RUNS} loads each, medians.\n`);
table(['Page', 'First contentful paint (ms)', 'Ready (ms)'], ['---', '---:', '---:'], [
  ['Bare page of the same text', ms(fcp.bare), '—'],
  ['Seed explorer', ms(fcp.explorer), ms(ready)],
]);
const ratio = fcp.explorer / fcp.bare;
table(['Budget', 'Measured', 'Limit', 'Result'], ['---', '---:', '---:', '---'], [
  ['Ready', `${ms(ready)} ms`, `${BUDGET.readyMs} ms`, ready <= BUDGET.readyMs ? 'PASS' : 'MISS'],
  ['First paint / the bare page’s', ratio.toFixed(2), `${BUDGET.fcpRatio}`, ratio <= BUDGET.fcpRatio ? 'PASS' : 'MISS'],
]);
// The files of the load whose readiness is the median's.
const typical = [...loads.explorer].sort((a, b) => a.ready - b.ready)[Math.floor(RUNS / 2)];
console.log(`The explorer's files in its median load (the page's HTML arrived at ${ms(typical.html)} ms, first paint ${ms(typical.fcp)} ms, ready ${ms(typical.ready)} ms):\n`);
table(['File', 'Asked at (ms)', 'Arrived at (ms)', 'Bytes'], ['---', '---:', '---:', '---:'],
  typical.files.map((f) => [f.name, ms(f.start), ms(f.end), f.bytes.toLocaleString('en-US')]));
