// The Timeline and Network views and the exports, in headless Chromium against the release build:
// what they show for the seed and under filters, their keyboard paths, and what each download
// holds. Expected values are computed from the data files, not written down.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { cardIds, open, root, seed, useExplorer } from './harness.mjs';

const explorer = useExplorer();
const harbourText = readFileSync(`${root}/tests/fixtures/harbour.json`, 'utf8');
const harbour = JSON.parse(harbourText);
const sorted = (ids) => [...ids].sort();
const focusedData = (page, key) => page.evaluate((k) => document.activeElement?.dataset?.[k] ?? null, key);

/** The seed's (claimant, subject) pairs among the claims `keep` lets through. */
function pairs(keep = () => true) {
  const all = seed.claims.filter(keep).flatMap((c) => c.subjects.map((s) => `${c.claimant}>${s}`));
  return [...new Set(all)];
}

/** Opens a page that serves the harbour fixture as harbour.json. */
async function openHarbour(search) {
  const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route('**/harbour.json', (route) => route.fulfill({ contentType: 'application/json', body: harbourText }));
  await page.goto(`${explorer.server.url}?data=harbour.json${search}`);
  await page.waitForSelector('html[data-state="ready"]');
  return page;
}

/** Clicks `selector` in the Share panel and answers the download's name and text. */
async function download(page, selector) {
  await page.click('.share summary');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** RFC 4180 rows: quoted fields with doubled quotes, CRLF line ends. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows.at(-1).push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.at(-1).push(field), (field = ''), rows.push([]), i++;
    else field += c;
  }
  if (field || rows.at(-1).length) rows.at(-1).push(field);
  else rows.pop();
  return rows;
}

describe('timeline', () => {
  const byDate = [...seed.events].sort((a, b) => a.date.localeCompare(b.date));

  test('lists the events in date order, each with the claims that report it', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=timeline`);
    const events = await page.$$eval('[data-event-id]', (items) => items.map((e) => e.dataset.eventId));
    assert.deepEqual(events, byDate.map((e) => e.id));
    for (const event of byDate) {
      const claims = await page.$$eval(`[data-event-id="${event.id}"] [data-claim-id]`, (items) =>
        items.map((c) => c.dataset.claimId),
      );
      assert.deepEqual(sorted(claims), sorted(event.claims), event.id);
      const datetime = await page.getAttribute(`[data-event-id="${event.id}"] time`, 'datetime');
      assert.equal(datetime, event.date);
    }
    assert.equal(await page.locator('.timeline-axis .marker').count(), byDate.length, 'a marker each');
    assert.equal(await page.getAttribute('.timeline-axis', 'aria-hidden'), 'true', 'the list is what is read');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('arrow keys, Home and End step from event to event, with one Tab stop', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=timeline`);
    const [first, last] = [byDate[0].id, byDate.at(-1).id];
    assert.deepEqual(
      await page.$$eval('[data-event-id]', (items) => items.map((e) => e.tabIndex)),
      byDate.map((_, i) => (i === 0 ? 0 : -1)),
    );
    await page.focus(`[data-event-id="${first}"]`);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedData(page, 'eventId'), byDate[1].id);
    await page.keyboard.press('ArrowUp');
    assert.equal(await focusedData(page, 'eventId'), first);
    await page.keyboard.press('End');
    assert.equal(await focusedData(page, 'eventId'), last);
    assert.equal(await page.getAttribute(`[data-event-id="${last}"]`, 'tabindex'), '0', 'the Tab stop follows');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedData(page, 'eventId'), last, 'the last stays');
    await page.keyboard.press('Home');
    assert.equal(await focusedData(page, 'eventId'), first);
    await page.focus(`[data-event-id="${last}"] a`);
    await page.keyboard.press('ArrowUp');
    assert.equal(await focusedData(page, 'eventId'), byDate.at(-2).id, 'from a claim in an event, its neighbour');
    await page.close();
  });

  test('the filters apply, and one event or none is said in words, without an axis', async () => {
    const by = 'white-rex';
    const page = await open(explorer.browser, `${explorer.server.url}?view=timeline&by=${by}`);
    const rexClaims = new Set(seed.claims.filter((c) => c.claimant === by).map((c) => c.id));
    const expected = byDate.filter((e) => e.claims.some((c) => rexClaims.has(c)));
    assert.equal(expected.length, 1, 'the seed has one event White Rex reports');
    assert.deepEqual(await page.$$eval('[data-event-id]', (items) => items.map((e) => e.dataset.eventId)), [expected[0].id]);
    const shown = await page.$$eval('[data-event-id] [data-claim-id]', (items) => items.map((c) => c.dataset.claimId));
    assert.deepEqual(sorted(shown), sorted(expected[0].claims.filter((c) => rexClaims.has(c))));
    assert.equal(await page.$('.timeline-axis'), null);
    assert.match(await page.textContent('[data-testid="timeline-summary"]'), /^One dated event/);
    await page.fill('input[type="search"]', 'quixotic');
    await page.waitForFunction(() => !document.querySelector('[data-event-id]'));
    assert.equal(await page.textContent('[data-testid="timeline-summary"]'), 'No claim matches these filters.');
    await page.close();
  });
});

describe('network', () => {
  test('draws a node for every claimant and subject and a link for every pair', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=network`);
    const expected = pairs();
    const claimants = new Set(expected.map((p) => p.split('>')[0]));
    const subjects = new Set(expected.map((p) => p.split('>')[1]));
    const nodes = (side) => page.$$eval(`a.node[data-side="${side}"]`, (all) => all.map((n) => n.dataset.actorId));
    assert.deepEqual(sorted(await nodes('claimant')), sorted(claimants));
    assert.deepEqual(sorted(await nodes('subject')), sorted(subjects));
    assert.equal(await page.locator('path.link').count(), expected.length);
    assert.equal(await page.locator('.network-table tbody tr').count(), 0, 'the table is built when opened');
    await page.click('.network-table summary');
    await page.waitForSelector('.network-table tbody tr');
    assert.equal(await page.locator('.network-table tbody tr').count(), expected.length, 'and a table row each');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('Enter on a node shows its links alone and the claims behind them, and leads to them', async () => {
    const actor = 'white-rex';
    const page = await open(explorer.browser, `${explorer.server.url}?view=network`);
    await page.focus(`a.node[data-actor-id="${actor}"][data-side="claimant"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.network-selection');
    assert.match(page.url(), /[?&]actor=white-rex/);
    const name = seed.actors.find((a) => a.id === actor).name;
    assert.equal(await page.textContent('.network-selection h3'), name);
    const touching = pairs().filter((p) => p.split('>').includes(actor));
    assert.equal(await page.locator('path.link').count(), touching.length, 'its links alone');
    const involved = seed.claims.filter((c) => c.subjects.length && (c.claimant === actor || c.subjects.includes(actor)));
    const listed = await page.$$eval('.network-selection [data-claim-id]', (all) => all.map((c) => c.dataset.claimId));
    assert.deepEqual(sorted(new Set(listed)), sorted(involved.map((c) => c.id)));
    const by = seed.claims.filter((c) => c.claimant === actor).map((c) => c.id);
    const about = seed.claims.filter((c) => c.subjects.includes(actor)).map((c) => c.id);
    assert.equal(await page.textContent('.selection-links a:has-text("by White Rex")'), `${by.length} claims by ${name} in the Claims view`);
    assert.equal(await page.textContent('.selection-links a:has-text("about White Rex")'), `${about.length} claim${about.length === 1 ? '' : 's'} about ${name} in the Claims view`);
    const dimmed = await page.$$eval('a.node[data-dimmed]', (all) => all.map((n) => `${n.dataset.side}:${n.dataset.actorId}`));
    const ends = new Set(touching.flatMap((p) => { const [c, s] = p.split('>'); return [`claimant:${c}`, `subject:${s}`]; }));
    const nodes = await page.$$eval('a.node', (all) => all.map((n) => `${n.dataset.side}:${n.dataset.actorId}`));
    assert.deepEqual(sorted(dimmed), sorted(nodes.filter((n) => !ends.has(n) && !n.endsWith(`:${actor}`))), 'the rest dimmed');
    await page.click('.selection-links a:has-text("by White Rex")');
    await page.waitForSelector('.claim-card');
    assert.match(page.url(), /view=claims/);
    assert.deepEqual(sorted(await cardIds(page, 'data-claim-id')), sorted(by));
    await page.close();
  });

  test('an actor the filters leave without links selects nothing', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=network&kind=denial&actor=putin`);
    assert.ok(!pairs((c) => c.kind === 'denial').some((p) => p.split('>').includes('putin')));
    assert.equal(await page.$('.network-selection'), null);
    assert.equal(await page.locator('a.node[data-dimmed]').count(), 0);
    assert.equal(await page.locator('path.link').count(), pairs((c) => c.kind === 'denial').length);
    await page.close();
  });

  test('the filters apply to the links', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=network&kind=denial`);
    const expected = pairs((c) => c.kind === 'denial');
    assert.ok(expected.length > 0 && expected.length < pairs().length);
    assert.equal(await page.locator('path.link').count(), expected.length);
    assert.ok((await page.locator('path.link[data-kind="denial"]').count()) === expected.length, 'coloured by kind');
    await page.close();
  });
});

describe('exports', () => {
  test('the CSV holds one row per matching claim, under a header, with a byte-order mark', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?kind=denial`);
    const { name, text } = await download(page, '[data-testid="export-csv"]');
    assert.equal(name, `${seed.article.id}-claims-kind-denial.csv`, "named after its filters");
    assert.ok(text.startsWith('\ufeff'), 'a byte-order mark');
    const [header, ...rows] = parseCsv(text.slice(1));
    assert.equal(header[0], 'id');
    const denials = seed.claims.filter((c) => c.kind === 'denial');
    assert.deepEqual(rows.map((r) => r[0]), denials.map((c) => c.id));
    assert.deepEqual(rows.map((r) => r[header.indexOf('quote')]), denials.map((c) => c.quote.exact ?? c.quote));
    await page.close();
  });

  test('the JSON is the article file, exactly, served or read from data=', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?kind=denial`);
    const served = await download(page, '[data-testid="export-json"]');
    assert.equal(served.name, `${seed.article.id}.json`);
    assert.equal(served.text, readFileSync(`${root}/data/belgorod-incursions.json`, 'utf8'));
    await page.close();
    const read = await openHarbour('');
    const file = await download(read, '[data-testid="export-json"]');
    assert.equal(file.name, `${harbour.article.id}.json`);
    assert.equal(file.text, harbourText);
    await read.close();
  });

  test('the JSON-LD names every matching claim, and the served page carries them all', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?by=white-rex`);
    const { text } = await download(page, '[data-testid="export-jsonld"]');
    const graph = JSON.parse(text)['@graph'];
    const claims = graph.filter((n) => n['@type'] === 'Claim').map((n) => n.identifier);
    assert.deepEqual(claims, seed.claims.filter((c) => c.claimant === 'white-rex').map((c) => c.id));
    assert.equal(graph.filter((n) => n.type === 'Annotation' && n.motivation === 'describing').length, claims.length);
    await page.close();
    const served = await (await fetch(explorer.server.url)).text();
    const block = served.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
    assert.ok(block, 'the head carries JSON-LD');
    const head = JSON.parse(block[1])['@graph'].filter((n) => n['@type'] === 'Claim');
    assert.deepEqual(head.map((n) => n.identifier), seed.claims.map((c) => c.id));
  });

  test('where the article has an address, each claim links to its quote in the original', async () => {
    const page = await openHarbour('&view=claims');
    const links = await page.$$eval('[data-claim-id] a[data-testid="original"]', (all) =>
      all.map((a) => [a.closest('[data-claim-id]').dataset.claimId, a.getAttribute('href'), a.target]),
    );
    assert.equal(links.length, harbour.claims.length);
    for (const [, href, target] of links) {
      assert.ok(href.startsWith(`${harbour.article.url}#:~:text=`), href);
      assert.equal(target, '_blank');
    }
    await page.close();
    const seedPage = await open(explorer.browser, `${explorer.server.url}?view=claims`);
    assert.equal(await seedPage.$('a[data-testid="original"]'), null, 'the seed names no address');
    await seedPage.close();
  });
});
