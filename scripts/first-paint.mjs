// Where the seed explorer's first paint goes, against its static page: serves the built page and
// variants of it with one more part taken out each, loads each in a fresh context (empty cache),
// taking turns, and prints each one's median first contentful paint. Paints land on frames about
// 17 ms apart, so differences of a few milliseconds need about 100 loads a page to show.
// Usage: node scripts/first-paint.mjs [--loads 100]   (after bash scripts/trunk.sh build --release)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, root, seed, serve } from '../tests/e2e/harness.mjs';
import { baselinePage, median, percentile } from './bench-pages.mjs';

const { values: options } = parseArgs({ options: { loads: { type: 'string', default: '100' } } });
const LOADS = Number(options.loads);
const dist = join(root, 'dist');
const served = readFileSync(join(dist, 'index.html'), 'utf8');
const css = readdirSync(dist).find((name) => /^main-.*\.css$/.test(name));

/** Each variant takes one more part out of the one before it. */
const cuts = [
  ['without boot.js', (page) => page.replace(/<script[^>]*boot\.js[^>]*><\/script>/, '')],
  ['… nor the data block', (page) => page.replace(/<script type="text\/plain".*?<\/script>/s, '')],
  ['… with its paragraphs as plain text', (page) =>
    page.replace(/(<p id="[^"]*" data-paragraph-id[^>]*>)(.*?)<\/p>/gs, (_, open, inner) => `${open}${inner.replace(/<[^>]+>/g, '')}</p>`)],
  ['… and no kicker, legend or notes', (page) =>
    page.replace(/<p class="kicker">.*?<\/p>|<p aria-hidden="true" class="legend">.*?<\/p>|<aside .*?<\/aside>|<div data-finding.*?<\/div>/gs, '')],
];

const pages = [{ name: 'Static page, seed article', path: '/static.html', body: baselinePage(seed, css) }, { name: 'Explorer page, as served', path: '/' }];
let page = served;
for (const [i, [name, cut]] of cuts.entries()) {
  const next = cut(page);
  if (next === page) throw new Error(`${name}: nothing to take out; has the page changed?`);
  page = next;
  pages.push({ name, path: `/variant-${i}.html`, body: page });
}

const routes = Object.fromEntries(pages.filter((p) => p.body).map((p) => [p.path, { type: 'text/html; charset=utf-8', body: p.body }]));
const server = await serve(dist, { routes });
const browser = await launch();
try {
  const fcp = pages.map(() => []);
  for (let round = 0; round <= LOADS; round++) {
    for (const [i, { path }] of pages.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      await tab.goto(new URL(path, server.url).href);
      await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      const ms = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
      await context.close();
      if (round > 0) fcp[i].push(ms);
    }
  }
  const base = median(fcp[0]);
  console.log(`Chromium ${browser.version()}, headless, 1280×800; ${LOADS} loads a page in fresh contexts, taking turns after a discarded round.\n`);
  console.log('| Page | FCP median (ms) | FCP p25–p75 (ms) | Median / static page |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [i, { name }] of pages.entries()) {
    console.log(`| ${name} | ${median(fcp[i]).toFixed(1)} | ${percentile(fcp[i], 0.25).toFixed(0)}–${percentile(fcp[i], 0.75).toFixed(0)} | ${(median(fcp[i]) / base).toFixed(2)} |`);
  }
} finally {
  await browser.close();
  server.stop();
}
