// Measures the newsroom's editor (dist/, at ?edit) in headless Chromium: drafting a 100-paragraph
// article from pasted text until its text is shown, and input-to-next-paint of edits to a
// 1,000-claim article (typing in a claim's summary, ticking a source), and the time until the
// check of the whole file that follows each edit is done. Printed as Markdown tables with their
// budgets.
// Usage: node scripts/bench-editor.mjs [--runs 7] [--edits 40]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, root, serve } from '../tests/e2e/harness.mjs';
import { median, percentile } from './bench-pages.mjs';

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, edits: { type: 'string', default: '40' } },
});
const RUNS = Number(options.runs);
const EDITS = Number(options.edits);
const PARAGRAPHS = 100;
const CLAIMS = 1000;
const VIEWPORT = { width: 1280, height: 800 };
/** Between edits, so that one's measurement has landed before the next begins. */
const PAUSE_MS = 150;
const BUDGET = { draftMs: 200, editP95Ms: 50 };

/** Writes the synthetic article with `claims` claims and returns its text. */
function generate(dir, claims) {
  const out = join(dir, `bench-${claims}.json`);
  const args = ['run', '--release', '-q', '-p', 'claimscope-cli', '--', 'gen', '--claims', `${claims}`, '--seed', '1', '--out', out];
  const result = spawnSync('cargo', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`cargo ${args.join(' ')} failed`);
  return readFileSync(out, 'utf8');
}

/**
 * The seed's text grown to `count` paragraphs: its head (headline, credits) and references as
 * they are, and its text paragraphs repeated, each repeat with its sentences rotated and, in the
 * second half, another month and region, so that no two paragraphs are the same.
 */
function longText(count) {
  const seedText = readFileSync(`${root}/crates/core/tests/texts/belgorod-incursions.txt`, 'utf8');
  const blocks = seedText.split(/\n\s*\n/);
  const isText = (block) => block.length > 300;
  const first = blocks.findIndex(isText);
  const last = blocks.length - 1 - [...blocks].reverse().findIndex(isText);
  const body = blocks.slice(first, last + 1).filter(isText);
  const paragraphs = Array.from({ length: count }, (_, k) => {
    const sentences = body[k % body.length].match(/[^.!?]+[.!?]+(\s+|$)/g).map((s) => s.trim());
    const turn = Math.floor(k / body.length) % sentences.length;
    let text = [...sentences.slice(turn), ...sentences.slice(0, turn)].join(' ');
    if (k >= count / 2) text = text.replaceAll('May', 'June').replaceAll('Belgorod', 'Kursk');
    return text;
  });
  return [...blocks.slice(0, first), ...paragraphs, ...blocks.slice(last + 1)].join('\n\n');
}

/**
 * In-page: times each input and click from the event to just after the frame that follows it, and
 * to the end of the check that includes it (the editor's `claimscope:checked` mark: it checks and
 * saves once the edit is painted and the browser is idle).
 */
function installMeter() {
  window.benchSamples = [];
  const meter = (e) => {
    const start = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.benchSamples.push({ type: e.type, start, ms: performance.now() - start })));
  };
  document.addEventListener('input', meter, true);
  document.addEventListener('click', meter, true);
}

/** Opens the editor in a fresh context (empty storage). */
async function openEditor(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${url}?edit`);
  await page.waitForSelector('html[data-state="ready"]');
  return { context, page };
}

/**
 * In-page: clicks Draft and resolves with the times from the click to the first paragraphs in the
 * DOM, to all of them and the frame after that, and the editor's own measure of drafting alone.
 */
function clickDraft(count) {
  return new Promise((resolve) => {
    performance.clearMeasures();
    const start = performance.now();
    const times = {};
    // Runs `then` in a task queued from the frame after now: just after that frame's paint.
    const afterPaint = (then) => requestAnimationFrame(() => setTimeout(then));
    const observer = new MutationObserver(() => {
      const paragraphs = document.querySelectorAll('[data-paragraph-id]').length;
      if (times.first === undefined && paragraphs > 0) times.first = performance.now() - start;
      if (times.shown !== undefined || paragraphs < count) return;
      times.shown = performance.now() - start;
      observer.disconnect();
      afterPaint(() =>
        resolve({
          ...times,
          painted: performance.now() - start,
          drafting: performance.getEntriesByName('claimscope:draft')[0]?.duration,
        }),
      );
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector('[data-testid="draft"]').click();
  });
}

/** Drafts `text` RUNS times, each in a fresh editor, after one discarded warm-up. */
async function drafting(browser, url, text) {
  const runs = [];
  for (let round = 0; round <= RUNS; round++) {
    const { context, page } = await openEditor(browser, url);
    try {
      // The drafter (a download of its own) starts while the text is pasted: Draft is pressed
      // once it has arrived and warmed up, as a person who reads the language line first
      // presses it.
      const arrived = page.waitForResponse((r) => /claimscope-drafter-[0-9a-f]+_bg\.wasm$/.test(r.url()));
      await page.fill('textarea[name="paste"]', text);
      await arrived;
      await page.waitForTimeout(500);
      const run = await page.evaluate(clickDraft, PARAGRAPHS);
      run.claims = await page.textContent('nav.panel-tabs button:has-text("Claims") .count');
      if (round > 0) runs.push(run);
    } finally {
      await context.close();
    }
  }
  return runs;
}

/** Runs `action`, waits until it has produced `count` samples of event `type`, and returns them. */
async function measured(page, type, count, action) {
  await page.evaluate(() => { window.benchSamples = []; });
  await action();
  await page.waitForFunction(
    ([t, n]) => window.benchSamples.filter((s) => s.type === t).length >= n, [type, count], { timeout: 60_000 },
  );
  await page.waitForTimeout(PAUSE_MS);
  return page.evaluate((t) => window.benchSamples.filter((s) => s.type === t).map((s) => {
    const checked = performance.getEntriesByName('claimscope:checked').find((m) => m.startTime >= s.start);
    return { painted: s.ms, checked: checked === undefined ? undefined : checked.startTime - s.start };
  }), type);
}

/** Opens the 1,000-claim file, opens a claim, and times typing in its summary and ticking a source. */
async function editing(browser, url, body) {
  const { context, page } = await openEditor(browser, url);
  try {
    await page.setInputFiles('[data-testid="open"]', { name: 'bench-1k.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    await page.waitForSelector('[data-paragraph-id]', { timeout: 60_000 });
    await page.click('.edit-text [data-claim-id]');
    const form = page.locator('[data-testid="claim-form"]');
    await form.waitFor();
    await page.evaluate(installMeter);
    const summary = form.locator('textarea[name="summary"]');
    await summary.focus();
    await page.keyboard.press('End');
    const typed = [];
    for (let i = 0; i < EDITS; i++) {
      typed.push(...(await measured(page, 'input', 1, () => page.keyboard.type('abcdefghij'[i % 10]))));
    }
    const source = form.locator('fieldset[name="sources"] input[type="checkbox"]').first();
    const ticked = [];
    for (let i = 0; i < EDITS; i++) ticked.push(...(await measured(page, 'click', 1, () => source.click())));
    const paragraphs = await page.$$eval('[data-paragraph-id]', (p) => p.length);
    return { typed, ticked, paragraphs };
  } finally {
    await context.close();
  }
}

const ms = (value) => (value === undefined ? '—' : value.toFixed(1));
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const row = (cells) => `| ${cells.join(' | ')} |`;

function table(header, align, rows) {
  console.log([row(header), row(align), ...rows.map(row)].join('\n'));
  console.log();
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-bench-editor-'));
  let server;
  let browser;
  try {
    const body = generate(dir, CLAIMS);
    const text = longText(PARAGRAPHS);
    server = await serve(join(root, 'dist'));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

    const drafts = await drafting(browser, server.url, text);
    const edits = await editing(browser, server.url, body);

    console.log(`Chromium ${browser.version()}, headless, viewport ${VIEWPORT.width}×${VIEWPORT.height}.\n`);
    console.log(`Drafting: the seed's text grown to ${PARAGRAPHS} paragraphs (${text.length.toLocaleString('en-US')} characters; ${drafts[0].claims} claims drafted), pasted and drafted ${RUNS} times, each in a fresh editor, after one discarded warm-up, Draft pressed once the drafter (fetched while the text is pasted) has started. “First screen”: from the click on Draft to the first paragraphs in the page (the editor shows a new text's first screen, then the rest after that screen's paint); “whole text shown”: to every paragraph in the page; “painted”: to the frame after that; “drafting alone”: the editor's own measure of the core's drafter (\`claimscope:draft\`).\n`);
    const pick = (key) => drafts.map((d) => d[key]).filter((v) => v !== undefined);
    table(['Measure', 'Median (ms)', 'p95 (ms)', 'Budget', 'Result'], ['---', '---:', '---:', '---:', '---'], [
      ['Drafting alone (the budget: drafting in the browser)', ms(median(pick('drafting'))), ms(percentile(pick('drafting'), 0.95)), `≤ ${BUDGET.draftMs} ms`, verdict(median(pick('drafting')) <= BUDGET.draftMs)],
      ['Click to first screen in the page', ms(median(pick('first'))), ms(percentile(pick('first'), 0.95)), '—', '—'],
      ['Click to whole text shown', ms(median(pick('shown'))), ms(percentile(pick('shown'), 0.95)), '—', '—'],
      ['Click to whole text painted', ms(median(pick('painted'))), ms(percentile(pick('painted'), 0.95)), `(≤ ${BUDGET.draftMs} ms)`, verdict(median(pick('painted')) <= BUDGET.draftMs)],
    ]);

    console.log(`Editing: a generated article of ${CLAIMS.toLocaleString('en-US')} claims (${edits.paragraphs} paragraphs) opened through “Open a file”, one claim open in its form; ${EDITS} edits of each kind, ${PAUSE_MS} ms apart. Input to next paint: event timeStamp to a task queued from the next animation frame; to its check done: to the editor's \`claimscope:checked\` mark after it (the editor checks and saves each version once it is painted and the browser is idle).\n`);
    table(['Edit', 'Samples', 'Median (ms)', 'p95 (ms)', 'Budget', 'Result'], ['---', '---:', '---:', '---:', '---:', '---'],
      [['Typing in the summary', edits.typed], ['Ticking a source', edits.ticked]].flatMap(([name, samples]) => {
        const painted = samples.map((s) => s.painted);
        const checked = samples.map((s) => s.checked).filter((v) => v !== undefined);
        const p95 = percentile(painted, 0.95);
        return [
          [name, painted.length, ms(median(painted)), ms(p95), `p95 ≤ ${BUDGET.editP95Ms} ms`, verdict(p95 <= BUDGET.editP95Ms)],
          [`${name}: to its check done`, checked.length, ms(median(checked)), ms(percentile(checked, 0.95)), '—', '—'],
        ];
      }));
  } finally {
    await browser?.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
