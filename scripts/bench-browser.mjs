// Measures the release build (dist/) in headless Chromium: first paint and time to ready against a
// static page of the same article, input-to-next-paint and memory with 10 000 claims, printed as
// Markdown tables with their budgets. Usage: node scripts/bench-browser.mjs [--runs 7]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, root, seed, serve } from '../tests/e2e/harness.mjs';
import { baselinePage, median, percentile } from './bench-pages.mjs';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(options.runs);
const CLAIMS = 10_000;
const VIEWPORT = { width: 1280, height: 800 };
/** Between interactions, so that one's measurement has landed before the next begins. */
const PAUSE_MS = 150;
/**
 * After clearing the box between words: longer than the explorer's typing pause (150 ms) plus the
 * render of the cleared results, so the next word does not start inside the bench's own clearing.
 */
const SETTLE_MS = 500;
const KEY_DELAY_MS = 120;
/**
 * Words typed per page: enough keystrokes (about 60) that the p95 is not simply the slowest one,
 * which is what it would be with 20 or fewer.
 */
const WORDS = 12;
const SEED_BASELINE = 'Static page, seed article';
const SEED_EXPLORER = 'Seed explorer';
const BIG_BASELINE = 'Static page, 10k article';
const BIG_EXPLORER = '10k explorer';
const MB = 1024 * 1024;
const BUDGET = { fcpRatio: 1.2, readyRatio: 3, nextPaintMs: 16, memoryMb: 50 };

/** Writes the synthetic article with `claims` claims and returns its text. */
export function generate(dir, claims) {
  const out = join(dir, `bench-${claims}.json`);
  const args = ['run', '--release', '-q', '-p', 'claimscope-cli', '--', 'gen', '--claims', `${claims}`, '--seed', '1', '--out', out];
  const result = spawnSync('cargo', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`cargo ${args.join(' ')} failed`);
  return readFileSync(out, 'utf8');
}

/** `count` different words matching `pattern`, spread over the quotes of `claims`. */
function pickWords(claims, count, pattern = /^([bdfgklmnprstvz][aeiou]){2,}$/) {
  const words = claims.flatMap((c) => c.quote.exact.toLowerCase().split(/[^\p{L}]+/u).filter((w) => pattern.test(w)));
  const distinct = [...new Set(words)];
  return Array.from({ length: Math.min(count, distinct.length) }, (_, i) => distinct[Math.floor((i * distinct.length) / count)]);
}

/** Init script: notes when the explorer sets data-state="ready" on <html>. */
export function watchReady() {
  new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.state !== 'ready') return;
    window.benchReadyAt = performance.now();
    observer.disconnect();
  }).observe(document, { attributes: true, attributeFilter: ['data-state'], subtree: true });
}

/** In-page: times each input and click from the event to just after the frame that follows it. */
export function installMeter() {
  window.benchSamples = [];
  const meter = (e) => {
    const start = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.benchSamples.push({ type: e.type, ms: performance.now() - start })));
  };
  document.addEventListener('input', meter, true);
  document.addEventListener('click', meter, true);
}

/** Opens `url` in a new page of `context`, noting when the explorer becomes ready. */
export async function open(context, url, explorer = true) {
  const page = await context.newPage();
  await page.addInitScript(watchReady);
  await page.goto(url);
  if (!explorer) return page;
  await page.waitForSelector('html[data-state]', { timeout: 60_000 });
  const state = await page.getAttribute('html', 'data-state');
  if (state !== 'ready') throw new Error(`${url}: the explorer ended in state “${state}”`);
  return page;
}

/** One load of `url` in a fresh context (empty cache): first contentful paint and time to ready. */
async function loadOnce(browser, url, explorer) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await open(context, url, explorer);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      ready: window.benchReadyAt,
    }));
  } finally {
    await context.close();
  }
}

/**
 * Loads each of `pages` ({ name, url, explorer }) RUNS times, taking turns so that drift affects
 * them alike, after one discarded warm-up round (the first load in a browser pays its start-up).
 */
async function loads(browser, pages) {
  const results = pages.map((page) => ({ name: page.name, fcp: [], ready: [] }));
  for (let round = 0; round <= RUNS; round++) {
    for (const [i, { url, explorer }] of pages.entries()) {
      const { fcp, ready } = await loadOnce(browser, url, explorer);
      if (round === 0) continue;
      results[i].fcp.push(fcp);
      if (explorer) results[i].ready.push(ready);
    }
  }
  return results;
}

/** Runs `action`, waits until it has produced `count` samples of event `type`, and returns them. */
export async function measured(page, type, count, action) {
  await page.evaluate(() => { window.benchSamples = []; });
  await action();
  await page.waitForFunction(
    ([t, n]) => window.benchSamples.filter((s) => s.type === t).length >= n, [type, count], { timeout: 60_000 },
  );
  await page.waitForTimeout(PAUSE_MS);
  return page.evaluate((t) => window.benchSamples.filter((s) => s.type === t).map((s) => s.ms), type);
}

/** Next-paint times of typing each word a key at a time, clearing the box between words. */
async function typing(page, words) {
  const search = page.locator('input[type="search"]');
  const samples = [];
  for (const word of words) {
    await search.focus();
    samples.push(...(await measured(page, 'input', word.length, () => page.keyboard.type(word, { delay: KEY_DELAY_MS }))));
    await measured(page, 'input', 1, () => search.fill(''));
    await page.waitForTimeout(SETTLE_MS);
  }
  return samples;
}

/** Next-paint times of ticking and unticking every kind and the first `actors` claimants. */
export async function toggling(page, actors = 12) {
  const boxes = [
    ...(await page.locator('input[data-facet="kind"]').all()),
    ...(await page.locator('input[data-facet="by"]').all()).slice(0, actors),
  ];
  const samples = [];
  for (const box of boxes) {
    for (let i = 0; i < 2; i++) samples.push(...(await measured(page, 'click', 1, () => box.click())));
  }
  return samples;
}

/**
 * Next-paint times of choosing the interface's language in the Share panel, between English and
 * Ukrainian, once each has been read (the first choice of Ukrainian fetches its messages, and is
 * not counted). Each sample also says which language the frame after the choice showed: a switch
 * drawn later than that frame fails the run.
 */
export async function switching(page, times = 10) {
  await page.click('.share summary');
  await page.selectOption('#share-lang', 'uk');
  await page.waitForFunction(() => document.documentElement.lang === 'uk');
  await page.evaluate(() => {
    window.switchSamples = [];
    document.addEventListener('input', (e) => {
      if (e.target.id !== 'share-lang') return;
      const start = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.switchSamples.push({
        ms: performance.now() - start,
        chosen: e.target.value,
        shown: document.documentElement.lang,
      })));
    }, true);
  });
  for (let i = 0; i < times; i++) {
    for (const tag of ['en', 'uk']) {
      await page.selectOption('#share-lang', tag);
      await page.waitForFunction((n) => window.switchSamples.length >= n, 2 * i + (tag === 'en' ? 1 : 2));
      await page.waitForTimeout(PAUSE_MS);
    }
  }
  const samples = await page.evaluate(() => window.switchSamples);
  const late = samples.filter((s) => s.chosen !== s.shown);
  if (late.length) throw new Error(`a language was not drawn by the next paint: ${JSON.stringify(late)}`);
  return samples.map((s) => s.ms);
}

/** Memory once `url` is ready, then next-paint times of typing `words` (and toggling facets). */
async function interactions(browser, url, words, toggles) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await open(context, url);
    const memory = await page.evaluate(() => ({ heap: performance.memory.usedJSHeapSize, wasm: window.claimscopeWasmBytes() }));
    await page.evaluate(installMeter);
    const typed = await typing(page, words);
    return { memory, typed, toggled: toggles ? await toggling(page) : [], switched: toggles ? [] : await switching(page) };
  } finally {
    await context.close();
  }
}

const ms = (value) => (value === undefined ? '—' : value.toFixed(1));
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const row = (cells) => `| ${cells.join(' | ')} |`;

export function table(header, align, rows) {
  console.log([row(header), row(align), ...rows.map(row)].join('\n'));
  console.log();
}

function report({ version, words, load, next, mem }) {
  console.log(`Chromium ${version}, headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${RUNS} loads per page, each in a fresh context (empty cache), taking turns after one discarded warm-up round. 10k explorer: \`?data=bench-10k.json&view=claims\`.\n`);
  table(['Page', 'FCP median (ms)', 'FCP p95 (ms)', 'Ready median (ms)', 'Ready p95 (ms)'], ['---', '---:', '---:', '---:', '---:'],
    load.map(({ name, fcp, ready }) => [name, ms(median(fcp)), ms(percentile(fcp, 0.95)), ms(median(ready)), ms(percentile(ready, 0.95))]));

  // Each explorer against the static page of its own article; the 10k explorer against the
  // seed's static page too, for comparison with earlier runs.
  const byName = new Map(load.map((page) => [page.name, page]));
  const ratios = (explorer, baseline, budgeted) => {
    const base = median(byName.get(baseline).fcp);
    const { fcp, ready } = byName.get(explorer);
    const rows = [[`FCP / ${baseline} FCP`, median(fcp) / base, BUDGET.fcpRatio], [`ready / ${baseline} FCP`, median(ready) / base, BUDGET.readyRatio]];
    return rows.map(([what, ratio, budget]) =>
      [`${explorer}: ${what}`, ratio.toFixed(2), budgeted ? `≤ ${budget}` : '—', budgeted ? verdict(ratio <= budget) : (ratio <= budget ? 'within' : 'over')]);
  };
  table(['Ratio (medians)', 'Measured', 'Budget', 'Result'], ['---', '---:', '---:', '---'], [
    ...ratios(SEED_EXPLORER, SEED_BASELINE, true),
    ...ratios(BIG_EXPLORER, BIG_BASELINE, true),
    ...ratios(BIG_EXPLORER, SEED_BASELINE, false),
  ]);

  console.log(`Input to next paint: event timeStamp to a task queued from the next animation frame. Typed a key every ${KEY_DELAY_MS} ms, clearing the box and letting the explorer settle for ${SETTLE_MS} ms between words: ${words.big.join(', ')} (10k); ${words.seed.join(', ')} (seed).\n`);
  table(['Interaction', 'Samples', 'Median (ms)', 'p95 (ms)', 'Budget', 'Result'], ['---', '---:', '---:', '---:', '---:', '---'],
    next.map(({ name, samples }) => {
      const p95 = percentile(samples, 0.95);
      return [name, samples.length, ms(median(samples)), ms(p95), `p95 ≤ ${BUDGET.nextPaintMs} ms`, verdict(p95 <= BUDGET.nextPaintMs)];
    }));

  const total = (mem.heap + mem.wasm) / MB;
  console.log(`Memory once ${CLAIMS.toLocaleString('en-US')} claims are loaded (MB = 1,048,576 B).\n`);
  table(['JS heap used (MB)', 'Wasm memory (MB)', 'Total (MB)', 'Budget', 'Result'], ['---:', '---:', '---:', '---:', '---'],
    [[(mem.heap / MB).toFixed(1), (mem.wasm / MB).toFixed(1), total.toFixed(1), `≤ ${BUDGET.memoryMb} MB`, verdict(total <= BUDGET.memoryMb)]]);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-bench-'));
  let server;
  let browser;
  try {
    const body = generate(dir, CLAIMS);
    const big = JSON.parse(body);
    const css = readdirSync(join(root, 'dist')).find((name) => /^main-.*\.css$/.test(name));
    server = await serve(join(root, 'dist'), {
      routes: {
        '/bench-10k.json': { type: 'application/json', body },
        '/baseline.html': { type: 'text/html; charset=utf-8', body: baselinePage(seed, css) },
        '/baseline-10k.html': { type: 'text/html; charset=utf-8', body: baselinePage(big, css) },
      },
    });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
    const bigUrl = `${server.url}?data=bench-10k.json&view=claims`;

    const load = await loads(browser, [
      { name: SEED_BASELINE, url: `${server.url}baseline.html`, explorer: false },
      { name: SEED_EXPLORER, url: server.url, explorer: true },
      { name: BIG_BASELINE, url: `${server.url}baseline-10k.html`, explorer: false },
      { name: BIG_EXPLORER, url: bigUrl, explorer: true },
    ]);

    const words = { big: pickWords(big.claims, WORDS), seed: pickWords(seed.claims, WORDS, /^\p{L}{5,}$/u) };
    const atScale = await interactions(browser, bigUrl, words.big, true);
    const atSeed = await interactions(browser, `${server.url}?view=claims`, words.seed, false);
    const next = [
      { name: 'Typing, 10k claims', samples: atScale.typed },
      { name: 'Toggling facets, 10k claims', samples: atScale.toggled },
      { name: 'Typing, seed article', samples: atSeed.typed },
      { name: 'Choosing the language (English ↔ Ukrainian), seed article', samples: atSeed.switched },
    ];

    report({ version: browser.version(), words, load, next, mem: atScale.memory });
  } finally {
    await browser?.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run as a command; scripts/bench-pictures.mjs imports the helpers above.
if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
