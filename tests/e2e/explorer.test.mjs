// What a reader sees and does in the explorer with the seed article, in headless Chromium against
// the release build. Expected claims are computed from the data file, not written down.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { cardIds, open, root, seed, useExplorer } from './harness.mjs';

const explorer = useExplorer();

const claimIds = (filter) => seed.claims.filter(filter).map((c) => c.id).sort();
const sorted = (ids) => [...ids].sort();
const names = Object.fromEntries(seed.actors.map((a) => [a.id, [a.name, ...a.aliases]]));
const outlets = Object.fromEntries(seed.sources.map((s) => [s.id, [s.outlet, s.author ?? '']]));
/** Whether the search for the lowercase `word` finds claim `c`: its quote, summary, claimant's names or outlets. */
const searchFinds = (c, word) =>
  [c.quote.exact, c.summary, ...names[c.claimant], ...c.sources.flatMap((s) => outlets[s])]
    .join('\n').toLowerCase().includes(word);

describe('first page', () => {
  test('shows the article title, credits and text, and becomes ready', async () => {
    const page = await open(explorer.browser, explorer.server.url);
    assert.equal(await page.getAttribute('html', 'data-state'), 'ready');
    assert.equal(await page.textContent('h1'), seed.article.title);
    const credits = await page.textContent('.credits');
    for (const credit of seed.article.credits) assert.match(credits, new RegExp(credit.name));
    const paragraphs = await page.$$eval('[data-paragraph-id]', (ps) => ps.map((p) => p.textContent));
    assert.deepEqual(paragraphs, seed.paragraphs.map((p) => p.text));
    assert.equal(await page.textContent('[data-testid="result-count"]'), `${seed.claims.length} claims`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('starts, filters and searches even in a page that gets no animation frames, as in a background tab', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=claims`, undefined, (p) =>
      p.addInitScript(() => {
        window.requestAnimationFrame = () => 0;
      }),
    );
    assert.equal(await page.getAttribute('html', 'data-state'), 'ready');
    assert.equal(await page.textContent('[data-testid="result-count"]'), `${seed.claims.length} claims`);
    // A click and a keystroke are answered after the next frame, or without one when none comes.
    await page.click('input[data-facet="kind"][data-value="report"]');
    const reports = claimIds((c) => c.kind === 'report');
    // Polled on a timer: the page's own animation frames never come.
    const countIs = (n) => page.waitForFunction((text) => document.querySelector('[data-testid="result-count"]').textContent === text,
      `${n} of ${seed.claims.length} claims`, { polling: 100 });
    await countIs(reports.length);
    await page.fill('input[type="search"]', 'russia');
    const both = claimIds((c) => c.kind === 'report' && searchFinds(c, 'russia'));
    assert.ok(both.length > 0 && both.length < reports.length);
    await countIs(both.length);
    // As few as one page of cards: every one is shown.
    assert.deepEqual(sorted(await page.$$eval('[data-claim-id]', (cards) => cards.map((c) => c.dataset.claimId))), both);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('an article named in data= takes the place of the served one, with a notice until it is ready', async () => {
    const harbour = readFileSync(`${root}/tests/fixtures/harbour.json`, 'utf8');
    const page = await explorer.browser.newPage();
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/held.json', async (route) => {
      await held;
      await route.fulfill({ contentType: 'application/json', body: harbour });
    });
    await page.goto(`${explorer.server.url}?data=held.json`);
    assert.equal(await page.textContent('#prerendered'), 'Loading the article…');
    assert.equal(await page.getAttribute('#prerendered [role="status"]', 'class'), 'loading');
    release();
    await page.waitForSelector('html[data-state="ready"]');
    assert.equal(await page.textContent('h1'), JSON.parse(harbour).article.title);
    assert.equal(await page.$('#prerendered'), null);
    await page.close();
  });

  test('the served page carries its article packed, where no text can end the block', async () => {
    const served = await (await fetch(explorer.server.url)).text();
    const block = served.match(/<script type="text\/plain" id="claimscope-article">(.*?)<\/script>/s);
    assert.ok(block, 'the page carries the article');
    assert.ok(!block[1].includes('<'), 'no text in the article can end the block');
    for (const paragraph of seed.paragraphs) assert.ok(block[1].includes(paragraph.text.replaceAll('<', '\\l')));
  });

  test('each page downloads one build: the seed the light one, an article file the one that reads files', async () => {
    const harbour = readFileSync(`${root}/tests/fixtures/harbour.json`, 'utf8');
    const downloads = async (url) => {
      const page = await explorer.browser.newPage();
      const names = [];
      page.on('request', (request) => names.push(new URL(request.url()).pathname.split('/').pop()));
      await page.route('**/harbour.json', (route) => route.fulfill({ contentType: 'application/json', body: harbour }));
      await page.goto(url);
      await page.waitForSelector('html[data-state="ready"]');
      await page.close();
      return names.filter((name) => /\.(js|wasm)$/.test(name) && name !== 'boot.js').map((name) => name.replace(/-[0-9a-f]{16}/, ''));
    };
    assert.deepEqual((await downloads(explorer.server.url)).sort(), ['claimscope-app.js', 'claimscope-app_bg.wasm']);
    for (const search of ['?data=harbour.json', '?data=harbour.json&data=%20', '?data=&data=harbour.json']) {
      assert.deepEqual(
        (await downloads(`${explorer.server.url}${search}`)).sort(),
        ['claimscope-files.js', 'claimscope-files_bg.wasm'],
        `${search}: the explorer reads the last data= that is not blank`,
      );
    }
  });

  test('highlights every claim in the text', async () => {
    const page = await open(explorer.browser, explorer.server.url);
    const marked = new Set(await page.$$eval('[data-claim-ref]', (as) => as.map((a) => a.dataset.claimRef)));
    assert.deepEqual([...marked].sort(), claimIds(() => true));
    await page.close();
  });
});

describe('filtering through the address', () => {
  test('by claimant shows exactly that actor’s claims', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=claims&by=white-rex`);
    assert.deepEqual(sorted(await cardIds(page, 'data-claim-id')), claimIds((c) => c.claimant === 'white-rex'));
    await page.close();
  });

  test('facets combine: OR within one, AND across them', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=claims&kind=statement&kind=denial&source=reuters-2023`);
    const expected = claimIds(
      (c) => ['statement', 'denial'].includes(c.kind) && c.sources.includes('reuters-2023'),
    );
    assert.ok(expected.length > 0);
    assert.deepEqual(sorted(await cardIds(page, 'data-claim-id')), expected);
    await page.close();
  });

  test('source=unsourced shows the claims without a source', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=claims&source=unsourced`);
    assert.deepEqual(sorted(await cardIds(page, 'data-claim-id')), claimIds((c) => c.sources.length === 0));
    await page.close();
  });

  test('unknown parameters and values are ignored and kept out of the way', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=nowhere&by=nobody&kind=rumour&utm_source=x`);
    assert.equal(await page.getAttribute('html', 'data-state'), 'ready');
    assert.equal(await page.textContent('[data-testid="result-count"]'), `${seed.claims.length} claims`);
    assert.equal(new URL(page.url()).search, '?utm_source=x');
    await page.close();
  });
});

describe('filtering through the page', () => {
  test('ticking a claimant narrows the claims and the address follows', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=claims`);
    await page.check('input[data-facet="by"][data-value="ukraine"]');
    const expected = claimIds((c) => c.claimant === 'ukraine');
    await page.waitForFunction((n) => document.querySelectorAll('[data-claim-id]').length === n, expected.length);
    assert.deepEqual(sorted(await cardIds(page, 'data-claim-id')), expected);
    assert.equal(new URL(page.url()).searchParams.get('by'), 'ukraine');
    assert.equal(
      await page.textContent('[data-testid="result-count"]'),
      `${expected.length} of ${seed.claims.length} claims`,
    );
    await page.close();
  });

  test('typing in the search box matches quotes, summaries and names', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=claims`);
    await page.fill('input[type="search"]', 'peace');
    const expected = claimIds((c) => searchFinds(c, 'peace'));
    assert.ok(expected.length > 0);
    await page.waitForFunction((n) => document.querySelectorAll('[data-claim-id]').length === n, expected.length);
    assert.deepEqual(sorted(await cardIds(page, 'data-claim-id')), expected);
    assert.ok((await page.$$('mark.hit')).length > 0, 'matches are highlighted');
    await page.close();
  });

  test('switching views adds history entries that Back returns through', async () => {
    const page = await open(explorer.browser, explorer.server.url);
    await page.click('a[data-view="actors"]');
    await page.waitForSelector('[data-actor-id]');
    assert.equal(new URL(page.url()).searchParams.get('view'), 'actors');
    await page.goBack();
    await page.waitForSelector('[data-paragraph-id]');
    assert.equal(new URL(page.url()).search, '');
    await page.close();
  });
});

describe('facets', () => {
  test('a ticked facet’s Clear button leaves its first value’s count uncovered, wide and narrow', async () => {
    const overlaps = (a, b) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      const page = await open(explorer.browser, `${explorer.server.url}?view=claims&by=white-rex`, viewport);
      if (await page.isVisible('.filters-toggle')) await page.click('.filters-toggle');
      const group = page.locator('[data-facet-group="by"]');
      const clear = await group.locator('.facet-clear').boundingBox();
      const count = await group.locator('.facet-count').first().boundingBox();
      assert.ok(clear && count, `at ${viewport.width} px both are shown`);
      assert.ok(
        !overlaps(clear, count),
        `at ${viewport.width} px the Clear button ${JSON.stringify(clear)} covers the count ${JSON.stringify(count)}`,
      );
      await page.close();
    }
  });
});

describe('long facets', () => {
  // The seed with 20 more actors, each the subject of one or two claims: “About” gets long.
  const extra = Array.from({ length: 20 }, (_, i) => ({ id: `extra-${i}`, name: `Extra ${i}`, aliases: [], kind: 'person', summary: 'Added for the test.' }));
  const long = {
    ...seed,
    actors: [...seed.actors, ...extra],
    claims: seed.claims.map((c, i) => ({ ...c, subjects: [...c.subjects, extra[i % extra.length].id] })),
  };
  const about = new Set(long.claims.flatMap((c) => c.subjects)).size;

  test('show their commonest values first, and all of them on request', async () => {
    const page = await explorer.browser.newPage();
    await page.route('**/long.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(long) }));
    await page.goto(`${explorer.server.url}?data=long.json&view=claims`);
    await page.waitForSelector('html[data-state="ready"]');
    const values = () => page.$$eval('[data-facet-group="about"] li', (items) => items.length);
    const more = '[data-facet-group="about"] .facet-more';
    assert.equal(await values(), 12);
    assert.equal(await page.textContent(more), `Show all ${about}`);
    await page.click(more);
    await page.waitForFunction((n) => document.querySelectorAll('[data-facet-group="about"] li').length === n, about);
    assert.equal(await page.getAttribute(more, 'aria-expanded'), 'true');
    assert.equal(await page.textContent(more), 'Show fewer');
    await page.click(more);
    await page.waitForFunction(() => document.querySelectorAll('[data-facet-group="about"] li').length === 12);
    await page.close();
  });
});

describe('actors and sources', () => {
  test('every actor and every source has a card when nothing is filtered', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=actors`);
    assert.deepEqual(sorted(await cardIds(page, 'data-actor-id')), sorted(seed.actors.map((a) => a.id)));
    await page.click('a[data-view="sources"]');
    await page.waitForSelector('[data-source-id]');
    assert.deepEqual(sorted(await cardIds(page, 'data-source-id')), sorted(seed.sources.map((s) => s.id)));
    const unlisted = await page.$$eval('.source-card[data-unlisted]', (cards) => cards.map((c) => c.dataset.sourceId));
    assert.deepEqual(unlisted, seed.sources.filter((s) => !s.listed).map((s) => s.id));
    await page.close();
  });
});
