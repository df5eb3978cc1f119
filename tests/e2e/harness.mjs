// Shared set-up for the end-to-end tests: serves the release build (dist/) on a free loopback
// port with Python's static server, and launches Debian's headless Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The seed article's data, as the tests' source of truth. */
export const seed = JSON.parse(readFileSync(`${root}/data/belgorod-incursions.json`, 'utf8'));

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves `dir` on 127.0.0.1; resolves to { url, stop }. */
export async function serve(dir = `${root}/dist`) {
  const port = await freePort();
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '-d', dir], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return { url, stop: () => server.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill();
  throw new Error(`the static server on port ${port} did not start`);
}

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Opens `url` and waits until the explorer says it is ready (or failed). */
export async function open(browser, url, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(url);
  await page.waitForSelector('html[data-state]');
  page.errors = errors;
  return page;
}

/** The ids of the cards shown for an attribute (`data-claim-id`, `data-actor-id`, …). */
export async function cardIds(page, attribute) {
  return page.$$eval(`[${attribute}]`, (cards, a) => cards.map((c) => c.getAttribute(a)), attribute);
}
