// A small client of the W3C WebDriver protocol, over fetch(), for running the end-to-end suite's
// main paths in every engine the machine has: Chromium (chromedriver), Firefox (geckodriver) and
// WebKit (WebKitWebDriver driving WebKitGTK's MiniBrowser, under an Xvfb display of its own).
// Each driver, and Xvfb, is started on a free loopback port or display and stopped by its process
// id (its process group, so the browser it started goes with it), also when a test fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { CHROMIUM_ARGS } from './harness.mjs';

/** The key under which WebDriver names an element (W3C WebDriver, "web element identifier"). */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** The first executable called `name` on PATH, then in `fallbacks`; null when there is none. */
function which(name, fallbacks = []) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...dirs.map((dir) => join(dir, name)), ...fallbacks].find((path) => existsSync(path)) ?? null;
}

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * The engines, each with its driver, how to start it on a port, and the capabilities of a session.
 * `display`: the browser needs an X display (MiniBrowser has no headless mode).
 */
export const ENGINES = {
  chromium: {
    driver: which('chromedriver', ['/usr/bin/chromedriver']),
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': { binary: '/usr/bin/chromium', args: ['--headless', ...CHROMIUM_ARGS] },
    },
  },
  firefox: {
    driver: process.env.GECKODRIVER ?? which('geckodriver', [join(homedir(), '.cargo/bin/geckodriver')]),
    args: (port) => ['--host', '127.0.0.1', '--port', String(port)],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        // No first-run pages, update checks or telemetry: the run stays on loopback.
        prefs: {
          'browser.shell.checkDefaultBrowser': false,
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
        },
      },
    },
    // Firefox writes to HOME; as root, give it a fresh one it may write.
    home: true,
  },
  webkit: {
    driver: which('WebKitWebDriver', ['/usr/bin/WebKitWebDriver']),
    args: (port) => [`--port=${port}`, '--host=127.0.0.1'],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
    display: true,
  },
};

/** Why an engine cannot run here, or null when it can. */
export function missing(name) {
  const engine = ENGINES[name];
  if (!engine.driver) return `no driver for ${name} (scripts/setup.sh installs it)`;
  if (name === 'webkit' && !existsSync(MINIBROWSER)) return `no MiniBrowser at ${MINIBROWSER}`;
  return null;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free TCP port on the loopback interface. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Processes this module started, stopped on exit whatever happens (a failed test, a throw). */
const started = new Set();
process.on('exit', () => {
  for (const child of started) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));

function killGroup(child, signal) {
  try {
    // Negative: the process group the child leads, so the browser it started goes too.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Starts `command` in a process group of its own; resolves when `ready(child)` does. */
function startProcess(command, args, options) {
  const child = spawn(command, args, { detached: true, ...options });
  started.add(child);
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  child.output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk) => { child.output = (child.output + chunk).slice(-4000); });
  }
  return child;
}

/** Stops a process started here by its process id: TERM, then KILL if it lingers. */
async function stopProcess(child) {
  if (!child || !started.has(child)) return;
  killGroup(child, 'SIGTERM');
  const gone = await Promise.race([child.exited.then(() => true), sleep(5000).then(() => false)]);
  if (!gone) killGroup(child, 'SIGKILL');
  started.delete(child);
}

/** Starts Xvfb on a display it chooses itself (never one in use); resolves to { display, stop }. */
export async function startXvfb() {
  const xvfb = startProcess('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].setEncoding('utf8');
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.exited.then((code) => reject(new Error(`Xvfb exited (${code}): ${xvfb.output}`)));
  });
  return { display, stop: () => stopProcess(xvfb) };
}

/** Sends one WebDriver command; resolves to its `value`, or throws the driver's error. */
async function command(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const { value } = text ? JSON.parse(text) : { value: null };
  if (!response.ok) {
    const error = new Error(`${method} ${path}: ${value?.error}: ${value?.message}`);
    error.code = value?.error;
    throw error;
  }
  return value;
}

/**
 * Starts the engine's driver on a free loopback port and opens a session in it, with a viewport
 * of `width` x `height`. Resolves to a `Session`, whose `quit()` ends the session and the driver.
 */
export async function startSession(name, { width = 1280, height = 800 } = {}) {
  const engine = ENGINES[name];
  const env = { ...process.env };
  const cleanup = [];
  if (engine.home) {
    env.HOME = mkdtempSync(join(tmpdir(), `claimscope-${name}-`));
    env.MOZ_HEADLESS = '1';
    cleanup.push(() => rmSync(env.HOME, { recursive: true, force: true }));
  }
  if (engine.display) {
    const xvfb = await startXvfb();
    env.DISPLAY = xvfb.display;
    cleanup.push(xvfb.stop);
  }
  const port = await freePort();
  const driver = startProcess(engine.driver, engine.args(port), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanup.unshift(() => stopProcess(driver));
  const base = `http://127.0.0.1:${port}`;
  const stopAll = async () => {
    for (const step of cleanup) await step();
  };
  try {
    for (let waited = 0; ; waited += 100) {
      const ready = await command(base, 'GET', '/status').then((v) => v?.ready !== false, () => false);
      if (ready) break;
      if (driver.exitCode !== null || waited > 20000) {
        throw new Error(`${name}'s driver did not start: ${driver.output}`);
      }
      await sleep(100);
    }
    const { sessionId } = await command(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          ...engine.capabilities,
          // A dialog the page opens fails the next command instead of being answered.
          unhandledPromptBehavior: 'dismiss and notify',
        },
      },
    });
    const session = new Session(`${base}/session/${sessionId}`, name, stopAll);
    await session.send('POST', '/timeouts', { script: 30000, pageLoad: 60000, implicit: 0 });
    await session.setViewport(width, height);
    return session;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** An element of the page, as WebDriver names it; passes into `execute` as the DOM element. */
export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  toJSON() {
    return { [ELEMENT]: this.id };
  }

  click() {
    return this.session.send('POST', `/element/${this.id}/click`, {});
  }

  /** Types `text` as keystrokes into the element. */
  type(text) {
    return this.session.send('POST', `/element/${this.id}/value`, { text });
  }

  text() {
    return this.session.send('GET', `/element/${this.id}/text`);
  }
}

/** One browser session of one engine. */
export class Session {
  constructor(base, engine, stop) {
    this.base = base;
    this.engine = engine;
    this.stop = stop;
  }

  send(method, path, body) {
    return command(this.base, method, path, body);
  }

  /** Ends the session, then stops the driver (and Xvfb) by process id. */
  async quit() {
    await this.send('DELETE', '').catch(() => {});
    await this.stop();
  }

  navigate(url) {
    return this.send('POST', '/url', { url });
  }

  url() {
    return this.send('GET', '/url');
  }

  back() {
    return this.send('POST', '/back', {});
  }

  forward() {
    return this.send('POST', '/forward', {});
  }

  /** The element matching a CSS selector, or null. */
  async find(selector) {
    try {
      const found = await this.send('POST', '/element', { using: 'css selector', value: selector });
      return new Element(this, found[ELEMENT]);
    } catch (error) {
      if (error.code === 'no such element') return null;
      throw error;
    }
  }

  /** Runs `fn` in the page (or the current frame) with `args`; resolves to what it returns. */
  async execute(fn, ...args) {
    const value = await this.send('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
    return value;
  }

  /** Resolves once `fn(...args)` is truthy in the page, to what it returned; throws after `timeout` ms. */
  async waitFor(fn, args = [], { timeout = 15000, message } = {}) {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await this.execute(fn, ...args).catch((error) => {
        // A page being replaced answers with a stale or missing context for a moment.
        if (/stale|no such|detached|unknown error|javascript error/.test(error.code ?? '')) return null;
        throw error;
      });
      if (value) return value;
      if (Date.now() > until) {
        throw new Error(`${this.engine}: timed out waiting for ${message ?? fn}; the page: ${await this.describePage()}`);
      }
      await sleep(50);
    }
  }

  /** What the page was doing, for a message when a wait fails: its address, load and app state. */
  async describePage() {
    const page = await this.execute(() => ({
      address: location.href,
      loading: document.readyState,
      state: document.documentElement.dataset.state,
      visibility: document.visibilityState,
      focused: document.activeElement?.outerHTML.slice(0, 100),
      app: document.getElementById('app')?.textContent.slice(0, 100),
    })).catch((error) => ({ unreadable: error.message }));
    return JSON.stringify(page);
  }

  /** Resolves once an element matches `selector`. */
  waitForSelector(selector, options) {
    return this.waitFor((s) => document.querySelector(s) !== null, [selector], { message: selector, ...options });
  }

  /** Opens `url` and waits until the explorer says it is ready (or failed); resolves to that state. */
  async open(url) {
    await this.navigate(url);
    return this.waitFor(() => document.documentElement.dataset.state, [], { message: 'html[data-state]' });
  }

  /** Sizes the window so that the page's viewport is `width` x `height` CSS pixels. */
  async setViewport(width, height) {
    let inner = await this.execute(() => [innerWidth, innerHeight]);
    for (let i = 0; i < 5; i++) {
      if (inner[0] === width && inner[1] === height) return;
      // The window's frame and toolbars are what the window has beyond the page's viewport.
      const rect = await this.send('GET', '/window/rect');
      await this.send('POST', '/window/rect', {
        width: rect.width + width - inner[0],
        height: rect.height + height - inner[1],
      });
      // A window may take its new size after the command returns (WebKit's, now and then):
      // the page's viewport is read again until it changes, for up to two seconds.
      const before = inner;
      for (let wait = 0; wait < 20; wait++) {
        inner = await this.execute(() => [innerWidth, innerHeight]);
        if (inner[0] !== before[0] || inner[1] !== before[1]) break;
        await sleep(100);
      }
    }
    // Some windows have a minimum size (headless Firefox 500 px wide, MiniBrowser about 450).
    throw new Error(`${this.engine}: the viewport stays ${inner.join(' × ')}, not ${width} × ${height}`);
  }

  /** Makes `element` (an iframe) the context of later commands; `null` returns to the top page. */
  frame(element) {
    return element
      ? this.send('POST', '/frame', { id: element.toJSON() })
      : this.send('POST', '/frame', { id: null });
  }

  /** A PNG of the viewport. */
  async screenshot() {
    return Buffer.from(await this.send('GET', '/screenshot'), 'base64');
  }
}
