// Shared set-up for the end-to-end tests: serves the release build (dist/) and host pages on free
// loopback ports, and launches Debian's headless Chromium through playwright-core.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The seed article's data, as the tests' source of truth. */
export const seed = JSON.parse(readFileSync(`${root}/data/belgorod-incursions.json`, 'utf8'));

/** The Content-Security-Policy the explorer promises to work under (docs/embedding.md). */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/**
 * Serves `dir` on `host` (a loopback name) at a free port, with `headers` on every response;
 * `routes` maps paths to { type, body } served instead of files; with `brotli`, bodies go out
 * brotli-compressed to a browser that accepts it, as a news site's server sends them. Resolves to
 * { url, stop }.
 */
export async function serve(dir = `${root}/dist`, { host = '127.0.0.1', headers = {}, routes = {}, brotli = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const route = routes[path];
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      let body = route ? route.body : await readFile(file);
      const type = route ? route.type : TYPES[extname(file)] ?? 'application/octet-stream';
      const encoding = {};
      if (brotli && /\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(path)) {
          compressed.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(path);
        encoding['content-encoding'] = 'br';
      }
      response.writeHead(200, { 'content-type': type, ...encoding, ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://${host}:${port}/`, stop: () => server.close() };
}

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Opens `url` and waits until the explorer says it is ready (or failed). */
export async function open(browser, url, viewport = { width: 1280, height: 800 }, before = async () => {}) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await before(page);
  await page.goto(url);
  await page.waitForSelector('html[data-state]');
  page.errors = errors;
  return page;
}

/**
 * The ids of the cards shown for an attribute (`data-claim-id`, `data-actor-id`, …), after
 * showing every page of claim cards.
 */
export async function cardIds(page, attribute) {
  for (let more; (more = await page.$('.show-more')); ) {
    const shown = await page.$$eval('.card-list > li', (cards) => cards.length);
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.card-list > li').length > n, shown);
  }
  return page.$$eval(`[${attribute}]`, (cards, a) => cards.map((c) => c.getAttribute(a)), attribute);
}

/** A small seeded random generator (mulberry32): numbers in [0, 1), the same for the same seed, so
 * that a failing sequence can be replayed. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * For a test file: serves `dir` (with `options`, as `serve` takes them) and launches the browser
 * before its tests, and stops both after them. Returns an object whose `server` and `browser`
 * are set once the tests run.
 */
export function useExplorer(dir, options) {
  const context = {};
  before(async () => {
    context.server = await serve(dir, options);
    context.browser = await launch();
  });
  after(async () => {
    await context.browser?.close();
    context.server?.stop();
  });
  return context;
}

/**
 * Runs in the page: selects the `nth` occurrence of `words` in the paragraph whose
 * `data-paragraph-id` is `id`, as a person dragging over them would. One array argument, so that
 * playwright's `page.evaluate` and WebDriver's `execute` can both pass it.
 */
export function selectWords([id, words, nth = 0]) {
  const paragraph = document.querySelector(`[data-paragraph-id="${id}"]`);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = paragraph.textContent.indexOf(words, at + 1);
  if (at < 0) throw new Error(`“${words}” is not in ${id}`);
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let start = null;
  let end = null;
  for (let node, offset = 0; (node = walker.nextNode()); offset += node.textContent.length) {
    const length = node.textContent.length;
    if (!start && at < offset + length) start = [node, at - offset];
    if (at + words.length <= offset + length) {
      end = [node, at + words.length - offset];
      break;
    }
  }
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
}
