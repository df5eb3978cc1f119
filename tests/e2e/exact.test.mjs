// The reader, exact (issue #25): every count a view states and every link a finding offers,
// checked against the article file, computed here on its own, over many random filter states;
// and an embed that leaves the host page's history alone. In headless Chromium against the
// release build.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cardIds, open, random, root, seed, serve, useExplorer } from './harness.mjs';

const explorer = useExplorer();

const KINDS = [...new Set(seed.claims.map((c) => c.kind))];
const UNSOURCED = 'unsourced';

/** A random filter state: a few values of a few facets. */
function randomFilters(next) {
  const pick = (list) => list.filter(() => next() < 1.5 / list.length);
  const actors = seed.actors.map((a) => a.id);
  return {
    by: next() < 0.5 ? pick(actors) : [],
    about: next() < 0.4 ? pick(actors) : [],
    source: next() < 0.4 ? pick([...seed.sources.map((s) => s.id), UNSOURCED]) : [],
    kind: next() < 0.4 ? pick(KINDS) : [],
  };
}

const address = (view, filters) => {
  const params = new URLSearchParams({ view });
  for (const facet of ['by', 'about', 'source', 'kind']) for (const v of filters[facet]) params.append(facet, v);
  return `?${params}`;
};

/** Whether a claim passes one facet's values (any of them; a facet without values passes all). */
const passes = {
  by: (c, values) => values.includes(c.claimant),
  about: (c, values) => c.subjects.some((s) => values.includes(s)),
  source: (c, values) => (c.sources.length === 0 ? values.includes(UNSOURCED) : c.sources.some((s) => values.includes(s))),
  kind: (c, values) => values.includes(c.kind),
};
/** The claims passing every facet but `skip`. */
const passingAllBut = (filters, skip) =>
  seed.claims.filter((c) => Object.keys(passes).every((f) => f === skip || filters[f].length === 0 || passes[f](c, filters[f])));

const said = (n, one, many, none) => (n === 0 ? none : n === 1 ? one : `${n} ${many}`);

/** Opens `view` under `rounds` random filter states drawn from `seedNumber`, and runs `check`
 * on each with the page, the filters and the address (which names a failing state). */
async function underRandomFilters(seedNumber, view, rounds, check) {
  const next = random(seedNumber);
  const page = await open(explorer.browser, explorer.server.url);
  for (let round = 0; round < rounds; round++) {
    const filters = randomFilters(next);
    const at = address(view, filters);
    await page.goto(`${explorer.server.url}${at}`);
    await page.waitForSelector('html[data-state="ready"]');
    await check(page, filters, at);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
}

describe('the reader, exact', () => {
  test('each source card and the unsourced line count the claims their links show, under random filters', async () => {
    await underRandomFilters(25, 'sources', 25, async (page, filters, at) => {
      const matching = passingAllBut(filters, null);
      const filtered = Object.values(filters).some((v) => v.length > 0);
      const expected = seed.sources
        .filter((s) => !filtered || matching.some((c) => c.sources.includes(s.id)))
        .map((s) => [s.id, said(passingAllBut(filters, 'source').filter((c) => c.sources.includes(s.id)).length, '1 claim cites it', 'claims cite it', 'No claim cites it')]);
      const shown = await page.$$eval('[data-source-id]', (cards) => cards.map((c) => [c.dataset.sourceId, c.querySelector('.counts').textContent.trim()]));
      assert.deepEqual(shown, expected, at);
      const unsourced = passingAllBut(filters, 'source').filter((c) => c.sources.length === 0).length;
      const line = await page.$eval('.unsourced-line', (p) => p.textContent).catch(() => null);
      assert.equal(line, unsourced === 0 ? null : `${said(unsourced, '1 claim', 'claims')} cite no source at all.`, at);
      // Following a count shows as many claims as it says.
      const link = await page.$('[data-source-id] .count-link');
      if (link) {
        const n = Number((await link.textContent()).match(/\d+/)[0]);
        await link.click();
        await page.waitForSelector('.view [data-testid="claims-view"], .claims-view');
        assert.equal((await cardIds(page, 'data-claim-id')).length, n, `${at}: the first count's link`);
      }
    });
  });

  test('each actor card counts the claims its links show, under random filters', async () => {
    await underRandomFilters(2025, 'actors', 25, async (page, filters, at) => {
      const shown = await page.$$eval('[data-actor-id]', (cards) =>
        cards.map((c) => [c.dataset.actorId, [...c.querySelectorAll('.counts > :not(.mentions)')].map((e) => e.textContent.trim())]));
      for (const [id, [made, about]] of shown) {
        const by = passingAllBut(filters, 'by').filter((c) => c.claimant === id).length;
        const of = passingAllBut(filters, 'about').filter((c) => c.subjects.includes(id)).length;
        assert.equal(made, said(by, '1 claim made', 'claims made', 'No claims made'), `${at} ${id}`);
        assert.equal(about, said(of, '1 claim about them', 'claims about them', 'No claims about them'), `${at} ${id}`);
      }
    });
  });

  test('the network’s nodes and table count the matching claims, under random filters', async () => {
    const name = Object.fromEntries(seed.actors.map((a) => [a.id, a.name]));
    const contested = new Set(seed.relations.filter((r) => r.kind === 'contradicts').flatMap((r) => r.claims));
    await underRandomFilters(360, 'network', 15, async (page, filters, at) => {
      const matching = passingAllBut(filters, null).filter((c) => c.subjects.length > 0);
      const labels = await page.$$eval('a.node', (nodes) => nodes.map((n) => [n.dataset.side, n.dataset.actorId, n.getAttribute('aria-label')]));
      const claims = (n) => (n === 1 ? '1 claim' : `${n} claims`);
      for (const [side, id, label] of labels) {
        const n = side === 'claimant'
          ? matching.filter((c) => c.claimant === id).length
          : matching.filter((c) => c.subjects.includes(id)).length;
        const role = side === 'claimant' ? 'makes' : 'is the subject of';
        assert.equal(label, `${name[id]}, ${role} ${claims(n)}`, at);
      }
      assert.equal(new Set(labels.map(([side, , label]) => `${side}:${label}`)).size, labels.length, `${at}: no two nodes read the same`);
      if (matching.length === 0) return;
      await page.click('.network-table summary');
      await page.waitForSelector('.network-table tbody tr');
      const rows = await page.$$eval('.network-table tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
      const expected = new Map();
      for (const c of matching) {
        for (const s of c.subjects) {
          const key = `${name[c.claimant]}>${name[s]}`;
          const [n, contradicted] = expected.get(key) ?? [0, 0];
          expected.set(key, [n + 1, contradicted + (contested.has(c.id) ? 1 : 0)]);
        }
      }
      assert.equal(rows.length, expected.size, at);
      for (const [from, to, n, , contradicted] of rows) {
        assert.deepEqual([Number(n), Number(contradicted)], expected.get(`${from}>${to}`), `${at}: ${from} about ${to}`);
      }
    });
  });

  test('a filter that matches nothing empties the Integrity, Network and Timeline views', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=integrity&q=zzzz`);
    await page.waitForSelector('[data-testid="integrity-summary"]');
    assert.equal(await page.$$eval('.finding', (f) => f.length), 0);
    assert.match(await page.textContent('[data-testid="integrity-summary"]'), /None of the findings/);
    assert.equal(await page.$('.view-tabs .badge, [role="tablist"] .badge'), null, 'no findings badge');
    await page.goto(`${explorer.server.url}?view=network&q=zzzz`);
    await page.waitForSelector('html[data-state="ready"]');
    assert.match(await page.textContent('[data-testid="network-summary"]'), /No claim matches these filters/);
    await page.goto(`${explorer.server.url}?view=timeline&q=zzzz`);
    await page.waitForSelector('html[data-state="ready"]');
    assert.match(await page.textContent('[data-testid="timeline-summary"]'), /No claim matches these filters/);
    await page.close();
  });

  test('under a filter, Integrity shows just the findings that concern a matching claim', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=integrity&by=white-rex`);
    await page.waitForSelector('[data-testid="integrity-summary"]');
    const titles = await page.$$eval('.finding h3', (h) => h.map((e) => e.textContent));
    assert.ok(titles.length > 0);
    for (const kind of await page.$$eval('.finding', (f) => f.map((e) => e.dataset.finding))) {
      assert.notEqual(kind, 'uncited-source', 'a source no claim cites concerns no matching claim');
    }
    // The contradictions White Rex is part of are there.
    const rex = seed.relations.filter((r) => r.kind === 'contradicts'
      && r.claims.some((id) => seed.claims.find((c) => c.id === id).claimant === 'white-rex'));
    assert.equal(await page.$$eval('[data-finding="contradiction"]', (f) => f.length), rex.length);
    const unsourced = seed.claims.some((c) => c.claimant === 'white-rex' && c.sources.length === 0);
    assert.equal(await page.$$eval('[data-finding="unsourced-claims"]', (f) => f.length), unsourced ? 1 : 0);
    await page.close();
  });

  test('every finding lists exactly its claims, and its link to the Claims view shows exactly those', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=integrity`);
    await page.waitForSelector('.finding');
    const claimOf = (href) => new URL(href, explorer.server.url).searchParams.get('claim');
    const findings = await page.$$eval('.finding', (all) => all.map((f) => ({
      kind: f.dataset.finding,
      title: f.querySelector('h3').textContent,
      claims: [...f.querySelectorAll('.finding-claims a')].map((a) => a.getAttribute('href')),
      links: [...f.querySelectorAll('.finding-links > a')].map((a) => a.getAttribute('href')),
    })));
    const citing = (source) => seed.claims.filter((c) => c.sources.includes(source)).map((c) => c.id);
    const expected = {
      'unlisted-source': (f) => citing(seed.sources.find((s) => f.title.startsWith(s.outlet)).id),
      'unsourced-claims': () => seed.claims.filter((c) => c.sources.length === 0).map((c) => c.id),
      contradiction: (f) => seed.relations.find((r) => r.claims.every((id) => f.claims.some((h) => claimOf(h) === id))).claims,
      'uncited-source': () => [],
      'several-names': () => [],
    };
    assert.ok(findings.some((f) => f.links.length > 0));
    for (const finding of findings) {
      const claims = expected[finding.kind](finding);
      assert.deepEqual(finding.claims.map(claimOf).sort(), [...claims].sort(), finding.title);
      for (const href of finding.links) {
        await page.goto(`${explorer.server.url}${href}`);
        await page.waitForSelector('html[data-state="ready"]');
        assert.deepEqual((await cardIds(page, 'data-claim-id')).sort(), [...claims].sort(), `${finding.title}: ${href}`);
      }
      await page.goto(`${explorer.server.url}?view=integrity`);
      await page.waitForSelector('.finding');
    }
    await page.close();
  });

  test('clicks inside an embed leave the host page’s history as it was', async () => {
    const frame = `${explorer.server.url}?embed=1&view=claims`;
    const host = await serve(`${root}/tests`, {
      host: 'localhost',
      routes: { '/news.html': { type: 'text/html', body: `<!doctype html><title>News</title><p>Story.</p><iframe src="${frame}" title="Claims" width="900" height="700"></iframe>` } },
    });
    const page = await explorer.browser.newPage();
    await page.goto(`${host.url}news.html`);
    const inside = page.frameLocator('iframe');
    await inside.locator('[data-claim-id]').first().waitFor();
    const before = await page.evaluate(() => history.length);
    for (const tab of ['Actors', 'Sources', 'Integrity']) {
      await inside.locator(`.view-tabs a:has-text("${tab}"), nav a:has-text("${tab}")`).first().click();
      await inside.locator(`#view[aria-label="${tab}"]`).waitFor();
    }
    assert.equal(await page.evaluate(() => history.length), before, 'the host’s history did not grow');
    const url = page.frames().find((f) => f.url().includes('embed=1')).url();
    assert.match(url, /view=integrity/, 'the frame’s own address still says where it is');
    await page.close();
    host.stop();
  });

  test('a quoted phrase finds the claims holding it whole, and highlights it', async () => {
    const phrase = 'heavy casualties';
    const holds = (c) => [c.quote.exact, c.summary].some((t) => t.toLowerCase().replace(/\s+/g, ' ').includes(phrase));
    const expected = seed.claims.filter(holds).map((c) => c.id);
    assert.ok(expected.length > 0);
    const page = await open(explorer.browser, `${explorer.server.url}?view=claims&q=${encodeURIComponent(`"${phrase}"`)}`);
    assert.deepEqual((await cardIds(page, 'data-claim-id')).sort(), expected.sort());
    const marks = await page.$$eval('mark.hit', (m) => m.map((e) => e.textContent.toLowerCase()));
    assert.ok(marks.length > 0 && marks.every((m) => m === phrase), marks.join(' | '));
    await page.close();
  });

  test('the share link and the embed code leave out trackers, copying says so, and exports are named after the filters', async () => {
    const context = await explorer.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${explorer.server.url}?view=claims&kind=denial&utm_source=newsletter&utm_medium=email&fbclid=abc`);
    await page.waitForSelector('html[data-state="ready"]');
    await page.click('.share summary');
    const link = await page.inputValue('[data-share="link"]');
    const code = await page.inputValue('[data-share="embed"]');
    for (const text of [link, code]) {
      assert.doesNotMatch(text, /utm_|fbclid/);
      assert.match(text, /kind=denial/);
    }
    await page.click('.share-row:has([data-share="link"]) button');
    await page.waitForSelector('[data-testid="share-status"]:has-text("Copied")');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    await context.close();
  });

  test('a contradicted claim’s ✕ follows the last word of its quote, once, even where a claim nests in it', async () => {
    const page = await open(explorer.browser, explorer.server.url);
    const contested = [...new Set(seed.relations.filter((r) => r.kind === 'contradicts').flatMap((r) => r.claims))];
    const marks = await page.$$eval('[data-contested-end]', (spans) => spans.map((span) => {
      const paragraph = span.closest('[data-paragraph-id]');
      const range = document.createRange();
      range.setStart(paragraph, 0);
      range.setEndBefore(span);
      const before = range.cloneContents();
      for (const other of before.querySelectorAll('.contested-mark')) other.remove();
      return [span.dataset.contestedEnd, before.textContent, span.textContent];
    }));
    const ends = marks.flatMap(([ids, before, own]) => ids.split(' ').map((id) => [id, before, own]));
    assert.deepEqual(ends.map(([id]) => id).sort(), [...contested].sort(), 'a ✕ for each contradicted claim');
    assert.ok(ends.every(([, , own]) => own === ''), 'drawn by the style sheet: the paragraph’s text stays the article’s');
    for (const [id, before] of ends) {
      const quote = seed.claims.find((c) => c.id === id).quote.exact;
      assert.ok(before.endsWith(quote), `${id}: the ✕ follows “…${quote.slice(-30)}”`);
    }
    const nested = seed.claims.some((outer) => seed.claims.some((inner) => inner !== outer
      && inner.quote.paragraph === outer.quote.paragraph && outer.quote.exact.includes(inner.quote.exact)));
    assert.ok(nested, 'the seed nests a claim in another');
    await page.close();
  });

  test('keyboard: a skip link, Enter opens a claim and focuses its card, Esc closes it, Show more focuses the new cards', async () => {
    const page = await open(explorer.browser, explorer.server.url);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'view');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement.dataset.claimRef);
    assert.ok(first, 'the next Tab reaches the first claim');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.dataset.claimId === id, first);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('claim'));
    await page.waitForFunction((id) => document.activeElement?.dataset.claimRef === id, first);

    await page.goto(`${explorer.server.url}?view=claims`);
    await page.waitForSelector('html[data-state="ready"]');
    let shown = await page.$$eval('.card-list > li', (l) => l.length);
    while (await page.$('.show-more')) {
      const label = await page.textContent('.show-more');
      const rest = seed.claims.length - shown;
      assert.equal(label, rest > 12 ? `Show 12 more of ${rest}` : rest === 1 ? 'Show the last one' : `Show the last ${rest}`);
      await page.focus('.show-more');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('.card-list > li').length > n, shown);
      const focusedCard = () => [...document.querySelectorAll('.card-list > li')].findIndex((li) => li.contains(document.activeElement));
      await page.waitForFunction(`(${focusedCard})() >= 0`).catch(() => {});
      assert.equal(await page.evaluate(focusedCard), shown, 'focus is on the first new card');
      shown = await page.$$eval('.card-list > li', (l) => l.length);
    }
    await page.close();
  });

  test('at 360 px a claim opened in the text has its card in view', async () => {
    const page = await open(explorer.browser, explorer.server.url, { width: 360, height: 740 });
    for (const id of ['incursion-may-22', 'russia-heavy-casualties']) {
      await page.click(`a.claim[data-claim-ref="${id}"]`);
      const card = page.locator(`.claim-card[data-claim-id="${id}"]`);
      await card.waitFor();
      await page.waitForFunction((i) => document.activeElement?.dataset.claimId === i, id);
      await page.waitForTimeout(600);
      const box = await card.boundingBox();
      const tabs = await page.$eval('.view-tabs', (t) => t.getBoundingClientRect().bottom);
      assert.ok(box.y >= tabs - 1 && box.y < 740, `${id}: the card's top is on screen, below the tabs (${box.y}, tabs end at ${tabs})`);
      if (box.height <= 740) assert.ok(box.y + box.height <= 741, `${id}: the whole card is on screen`);
      await page.keyboard.press('Escape');
    }
    await page.goto(`${explorer.server.url}?view=network`);
    await page.waitForSelector('.network-table summary');
    await page.click('.network-table summary');
    await page.waitForSelector('.network-table tbody tr');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'the page does not scroll sideways');
    await page.goto(explorer.server.url);
    await page.waitForSelector('.credits strong');
    const names = await page.$$eval('.credits strong', (all) => all.map((s) => s.getClientRects().length));
    assert.ok(names.every((lines) => lines === 1), 'no name in the credits breaks across lines');
    await page.close();
  });

  test('the page has an icon', async () => {
    const page = await open(explorer.browser, explorer.server.url);
    const href = await page.$eval('link[rel="icon"]', (l) => l.href);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    assert.match(await response.text(), /^<svg/);
    await page.close();
  });

  test('an embed is light unless the host asks, carries a footer with the data, and keeps to its maximum height', async () => {
    const context = await explorer.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${explorer.server.url}?embed=1&view=claims`);
    await page.waitForSelector('html[data-state="ready"]');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light', 'light by default in an embed');
    const footer = page.locator('[data-testid="embed-footer"]');
    assert.equal(await footer.count(), 1);
    const data = await footer.locator('[data-testid="get-the-data"]').getAttribute('href');
    const file = await (await page.request.get(new URL(data, page.url()).href)).json();
    assert.equal(file.article.id, seed.article.id, '“Get the data” is the article file');
    if (seed.article.url) assert.equal(await footer.locator(`a[href="${seed.article.url}"]`).count(), 1, 'the source article');
    await page.goto(`${explorer.server.url}?embed=1&theme=auto`);
    await page.waitForSelector('html[data-state="ready"]');
    assert.equal(await page.getAttribute('html', 'data-theme'), null, 'theme=auto follows the reader');
    await page.goto(explorer.server.url);
    await page.waitForSelector('html[data-state="ready"]');
    assert.equal(await footer.count(), 0, 'no footer outside an embed');

    const frame = `${explorer.server.url}?embed=1&view=claims&maxheight=600`;
    const host = await serve(`${root}/tests`, {
      host: 'localhost',
      routes: { '/capped.html': { type: 'text/html', body: `<!doctype html><title>News</title><iframe data-claimscope src="${frame}" title="Claims" width="700" height="300"></iframe><script src="${explorer.server.url}embed.js"></script>` } },
    });
    await page.goto(`${host.url}capped.html`);
    await page.frameLocator('iframe').locator('[data-claim-id]').first().waitFor();
    await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height === 600);
    await page.waitForTimeout(400);
    assert.equal(await page.$eval('iframe', (f) => f.getBoundingClientRect().height), 600, 'capped at maxheight');
    const inner = page.frames().find((f) => f.url().includes('maxheight'));
    assert.ok(await inner.evaluate(() => document.documentElement.scrollHeight > 600), 'the explorer scrolls inside the frame');
    host.stop();
    await context.close();
  });
});
