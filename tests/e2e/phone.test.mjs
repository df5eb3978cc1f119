// Phones (issue #24): at a phone's width the Network names every actor whole, the tab strip keeps
// the current tab in view and says when more are hidden, the search runs on each keystroke where
// the explorer draws fast enough, and the editor takes a touch selection. In headless Chromium
// against the release build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { root, seed, selectWords, useExplorer } from './harness.mjs';

const big = execFileSync('cargo', ['run', '-q', '-p', 'claimscope-cli', '--', 'gen', '--claims', '100000', '--seed', '1'], { cwd: root, maxBuffer: 64 << 20 });
const explorer = useExplorer(undefined, { routes: { '/big.json': { type: 'application/json', body: big } } });
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const VIEWS = ['article', 'claims', 'actors', 'sources', 'timeline', 'network', 'integrity'];
const words = (text) => text.split(/\s+/).filter(Boolean).join(' ');

/** Every action of the editor's selection bar inside the screen's `width`, each button's label on
 *  one line: as tall as the first button. */
async function barFits(page, width) {
  const actions = await page.$$eval('.selection-actions button, .selection-actions select', (all) =>
    all.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent.slice(0, 30), button: e.tagName === 'BUTTON', right: r.right, height: Math.round(r.height) };
    }));
  assert.ok(actions.length >= 5, JSON.stringify(actions));
  for (const action of actions) {
    assert.ok(action.right <= width, `“${action.text}” ends inside the screen: ${JSON.stringify(actions)}`);
    const one = !action.button || Math.abs(action.height - actions[0].height) <= 4;
    assert.ok(one, `“${action.text}” on one line: ${JSON.stringify(actions)}`);
  }
}

async function phone(address) {
  const page = await (await explorer.browser.newContext(PHONE)).newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  await page.goto(`${explorer.server.url}${address}`);
  await page.waitForSelector('html[data-state="ready"]');
  return page;
}

describe('on a phone', () => {
  for (const [lang, dir] of [['', 'ltr'], ['ar', 'rtl']]) {
  const address = lang ? `&lang=${lang}` : '';
  test(`the Network names every actor whole, inside its node, and no two nodes of a column read the same (${dir})`, async () => {
    const page = await phone(`?view=network${address}`);
    const nodes = await page.$$eval('.network-picture a.node', (links) => links.map((a) => {
      const box = (element) => {
        const { x, y, width, height } = element.getBBox();
        return { x, y, width, height };
      };
      const lines = [...a.querySelectorAll('tspan')].map((t) => ({ text: t.textContent.trim(), box: box(t) }));
      return { id: a.dataset.actorId, side: a.dataset.side, rect: box(a.querySelector('rect')), lines, text: a.querySelector('text').textContent };
    }));
    const names = new Map(seed.actors.map((a) => [a.id, a.name]));
    assert.ok(nodes.length > 10, `${nodes.length} nodes`);
    const read = new Set();
    for (const node of nodes) {
      const shown = node.lines.map((l) => l.text).join(' ');
      assert.equal(shown, words(names.get(node.id)), `${node.id} whole`);
      assert.equal(node.text, words(names.get(node.id)), `${node.id}'s text reads as its name`);
      assert.ok(!shown.includes('…'), shown);
      for (const { text, box } of node.lines) {
        assert.ok(box.x >= node.rect.x - 0.5 && box.x + box.width <= node.rect.x + node.rect.width + 0.5, `“${text}” inside its node`);
        assert.ok(box.y >= node.rect.y - 0.5 && box.y + box.height <= node.rect.y + node.rect.height + 0.5, `“${text}” within its node's height`);
      }
      const key = `${node.side}:${shown}`;
      assert.ok(!read.has(key), `two nodes read “${key}”`);
      read.add(key);
    }
    // Claimants stand on the side a reader starts from: the left, or the right in Arabic.
    const left = (side) => Math.max(...nodes.filter((n) => n.side === side).map((n) => n.rect.x));
    const claimantsLeft = left('claimant') < left('subject');
    assert.equal(claimantsLeft, dir === 'ltr', 'the claimants\' column');
    const column = (side) => nodes.filter((n) => n.side === side).sort((a, b) => a.rect.y - b.rect.y);
    for (const side of ['claimant', 'subject']) {
      const stacked = column(side);
      for (let i = 1; i < stacked.length; i++) {
        const above = stacked[i - 1].rect;
        assert.ok(above.y + above.height <= stacked[i].rect.y, `${stacked[i - 1].id} and ${stacked[i].id} overlap`);
      }
    }
    assert.deepEqual(page.errors.map(String), []);
    await page.context().close();
  });

  test(`the current tab is in the strip on load and after each change, and a fade says where more are (${dir})`, async () => {
    const inView = (page) => page.$eval('.view-tabs ul', (strip) => {
      const current = strip.querySelector('[aria-current="page"]').getBoundingClientRect();
      const box = strip.getBoundingClientRect();
      // The start is the left end left to right, the right end right to left.
      const [leftEnd, rightEnd] = document.dir === 'rtl' ? ['end', 'start'] : ['start', 'end'];
      const hidden = [...strip.querySelectorAll('a')].map((a) => a.getBoundingClientRect())
        .map((r) => (r.left < box.left - 1 ? leftEnd : r.right > box.right + 1 ? rightEnd : null));
      return {
        shown: current.left >= box.left - 1 && current.right <= box.right + 1,
        more: strip.dataset.more ?? '',
        hidden: ['start', 'end'].filter((end) => hidden.includes(end)).join(' '),
      };
    });
    for (const view of VIEWS) {
      const page = await phone(`?view=${view}${address}`);
      assert.equal(await page.evaluate(() => document.dir), dir);
      const state = await inView(page);
      assert.ok(state.shown, `${view}: the current tab is in view`);
      assert.equal(state.more, state.hidden, `${view}: the fade names the hidden ends`);
      await page.context().close();
    }
    // Tab by tab, forwards and back, from the strip itself.
    const page = await phone(`?view=article${address}`);
    for (const view of [...VIEWS.slice(1), ...VIEWS.slice(0, -1).reverse()]) {
      await page.locator(`.view-tabs a[data-view="${view}"]`).tap();
      await page.waitForSelector(`.view-tabs a[data-view="${view}"][aria-current="page"]`);
      await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
      const state = await inView(page);
      assert.ok(state.shown, `${view}: the current tab is in view`);
      assert.equal(state.more, state.hidden, `${view}: the fade names the hidden ends`);
    }
    assert.equal(await page.evaluate(() => scrollX), 0, 'the page itself never scrolls sideways');
    await page.context().close();
  });
  }

  test('the search runs on each keystroke at the seed, and after a pause in typing at 100,000 claims', async () => {
    // The count three frames after one keystroke, and the count once typing has paused.
    const afterKeystroke = async (page, letter) => {
      await page.focus('input[type=search]');
      const before = await page.textContent('[data-testid=result-count]');
      const next = await page.evaluate((letter) => new Promise((resolve) => {
        const box = document.querySelector('input[type=search]');
        box.value += letter;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, data: letter, inputType: 'insertText' }));
        const count = () => document.querySelector('[data-testid=result-count]').textContent;
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(count()))));
      }), letter);
      await page.waitForTimeout(400);
      return { before, next, settled: await page.textContent('[data-testid=result-count]') };
    };
    const seedPage = await phone('?view=claims');
    const atSeed = await afterKeystroke(seedPage, 'u');
    const matching = seed.claims.filter((c) => /u/i.test(c.quote.exact) || /u/i.test(c.summary)).length;
    assert.notEqual(atSeed.settled, atSeed.before, 'the letter filters the seed');
    assert.equal(atSeed.next, atSeed.settled, 'the seed answers the keystroke within three frames');
    assert.ok(matching > 0);
    await seedPage.context().close();

    const bigPage = await phone('?data=big.json&view=claims');
    // Its first query, at load, took long enough to hold back the first keystroke's.
    const atScale = await afterKeystroke(bigPage, 'e');
    assert.notEqual(atScale.settled, atScale.before, 'the letter filters the big article');
    assert.equal(atScale.next, atScale.before, 'at 100,000 claims the query waits for the pause in typing');
    await bigPage.context().close();
  });

  test('the editor’s selection bar fits a 360 px screen, each action’s label on one line', async () => {
    const page = await (await explorer.browser.newContext(PHONE)).newPage();
    await page.goto(`${explorer.server.url}?edit`);
    await page.waitForSelector('html[data-state="ready"]');
    await page.setInputFiles('[data-testid="open"]', {
      name: 'belgorod-incursions.json', mimeType: 'application/json', buffer: readFileSync(`${root}/data/belgorod-incursions.json`),
    });
    await page.waitForSelector('[data-paragraph-id]');
    const first = seed.paragraphs[0];
    await page.evaluate(selectWords, [first.id, first.text.split(' ').slice(0, 2).join(' '), 0]);
    await page.waitForSelector('[data-testid="new-claim"]:not([disabled])');
    await barFits(page, 360);
    await page.context().close();
  });

  test('the editor takes a touch selection: no keyboard over the text, and the bar makes the claim', async () => {
    const page = await (await explorer.browser.newContext({ ...PHONE, viewport: { width: 390, height: 740 } })).newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(e));
    await page.goto(`${explorer.server.url}?edit`);
    await page.waitForSelector('html[data-state="ready"]');
    await page.setInputFiles('[data-testid="open"]', {
      name: 'belgorod-incursions.json', mimeType: 'application/json', buffer: readFileSync(`${root}/data/belgorod-incursions.json`),
    });
    await page.waitForSelector('[data-paragraph-id]');
    assert.equal(await page.getAttribute('.edit-text', 'inputmode'), 'none', 'a tap in the text raises no keyboard');
    // A paragraph far down: the long press's selection, then a tap on the bar.
    const last = seed.paragraphs.at(-1);
    const picked = last.text.split(' ').slice(1, 4).join(' ');
    await page.locator(`[data-paragraph-id="${last.id}"]`).tap();
    await page.evaluate(selectWords, [last.id, picked, 0]);
    const bar = page.locator('[data-testid="new-claim"]');
    await page.waitForSelector('[data-testid="new-claim"]:not([disabled])');
    const box = await bar.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 740, `the bar's button is on screen: ${JSON.stringify(box)}`);
    await barFits(page, 390);
    await bar.tap();
    const form = page.locator('[data-testid="claim-form"]');
    await form.waitFor();
    assert.ok((await form.textContent()).includes(picked), `the new claim quotes “${picked}”`);
    assert.deepEqual(page.errors.map(String), []);
    await page.context().close();
  });
});
