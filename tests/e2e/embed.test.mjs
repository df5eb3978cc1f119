// Embedding on a news page: a host page on one origin frames the explorer from another, resized by
// embed.js or by the real pym.js parent; the embed code round-trips; the explorer runs under the
// strict Content-Security-Policy it documents (tests/e2e/hostile.test.mjs feeds it hostile data).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CSP, cardIds, launch, root, seed, serve } from './harness.mjs';

let explorer;
let host;
let browser;
const hostRoutes = {};

/** A plain news page around the given embed markup. */
const newsPage = (embed) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body{font:18px Georgia,serif;max-width:640px;margin:2rem auto;padding:0 1rem}</style></head>
<body><h1>Host news page</h1><p>Paragraph before the embed.</p>${embed}<p id="after">Paragraph after.</p></body></html>`;

before(async () => {
  explorer = await serve(undefined, { headers: { 'content-security-policy': CSP } });
  host = await serve(`${root}/node_modules/pym.js/dist`, { host: 'localhost', routes: hostRoutes });
  const frame = `${explorer.url}?embed=1&view=claims`;
  hostRoutes['/embed-js.html'] = {
    type: 'text/html',
    body: newsPage(`<iframe data-claimscope src="${frame}" title="Claims" height="300"></iframe>
<script src="${explorer.url}embed.js"></script>`),
  };
  hostRoutes['/pym.html'] = {
    type: 'text/html',
    body: newsPage(`<div id="claims"></div><script src="/pym.v1.min.js"></script>
<script>new pym.Parent('claims', ${JSON.stringify(frame)}, {});</script>`),
  };
  browser = await launch();
});
after(async () => {
  await browser?.close();
  explorer?.stop();
  host?.stop();
});

/** Opens a page, recording dialogs and Content-Security-Policy violations in every frame. */
async function openWatched(url, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  page.dialogs = [];
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return page;
}

/** The iframe element's height once it has stopped changing. */
async function settledHeight(page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const height = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    if (height === last && height > 150) return height;
    last = height;
    await page.waitForTimeout(150);
  }
  throw new Error(`the iframe height kept changing (last ${last})`);
}

async function checkResizing(page) {
  const iframe = page.frameLocator('iframe');
  await iframe.locator('[data-claim-id]').first().waitFor();
  const full = await settledHeight(page);
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(Math.abs(full - Math.ceil(content)) <= 1, `frame ${full}px fits content ${content}px`);
  await iframe.locator('input[type="search"]').fill('Rex');
  await iframe.locator('[data-testid="result-count"]').filter({ hasText: ' of ' }).waitFor();
  const filtered = await settledHeight(page);
  assert.ok(filtered < full - 200, `the frame shrank with the results (${full} → ${filtered})`);
  // Settled means settled: no feedback loop keeps resizing it.
  await page.waitForTimeout(500);
  assert.equal(await settledHeight(page), filtered);
  const scrollable = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  assert.ok(scrollable <= 1, `no scrollbar inside the frame (${scrollable}px hidden)`);
}

describe('embedded in a news page on another origin', () => {
  test('embed.js sizes the frame to its content as filters change', async () => {
    const page = await openWatched(`${host.url}embed-js.html`);
    await checkResizing(page);
    assert.deepEqual(page.dialogs, []);
    await page.close();
  });

  test('a pym.js parent sizes the frame too', async () => {
    const page = await openWatched(`${host.url}pym.html`, { width: 360, height: 740 });
    await checkResizing(page);
    await page.close();
  });

  test('the embed code reproduces the view it was copied from', async () => {
    const page = await openWatched(`${explorer.url}?view=claims&by=white-rex&kind=statement`);
    await page.waitForSelector('html[data-state="ready"]');
    await page.click('.share summary');
    const code = await page.inputValue('textarea[data-share="embed"]');
    assert.match(code, /^<iframe src="[^"]*embed=1[^"]*" title="Claimscope: /);
    assert.match(code, /<script src="[^"]*embed\.js" defer><\/script>$/);
    const expected = await cardIds(page, 'data-claim-id');
    hostRoutes['/pasted.html'] = { type: 'text/html', body: newsPage(code) };
    const hostPage = await openWatched(`${host.url}pasted.html`);
    const frame = hostPage.frameLocator('iframe');
    await frame.locator('[data-claim-id]').first().waitFor();
    const shown = await frame.locator('[data-claim-id]').evaluateAll((cards) => cards.map((c) => c.dataset.claimId));
    assert.deepEqual(shown, expected);
    assert.deepEqual(expected.sort(), seed.claims.filter((c) => c.claimant === 'white-rex' && c.kind === 'statement').map((c) => c.id).sort());
    await page.close();
    await hostPage.close();
  });
});

describe('strict Content-Security-Policy', () => {
  test('the explorer runs with no violation', async () => {
    const page = await openWatched(explorer.url);
    await page.waitForSelector('html[data-state="ready"]');
    await page.click('a[data-view="claims"]');
    await page.fill('input[type="search"]', 'casualties');
    await page.waitForSelector('mark.hit');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    await page.close();
  });

  test('a missing article file is explained', async () => {
    const page = await openWatched(`${explorer.url}?data=nowhere.json`);
    await page.waitForSelector('html[data-state="error"]');
    assert.match(await page.textContent('[role="alert"]'), /could not be downloaded: the server answered 404/);
    await page.close();
  });
});

test('the served page holds the article before any script runs', async () => {
  // Read from the page's paragraphs, not from its file: the file also carries the article packed
  // for the app, where every paragraph's text would be found too.
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(explorer.url);
  assert.equal(await page.textContent('h1'), seed.article.title);
  const paragraphs = await page.$$eval('[data-paragraph-id]', (ps) =>
    ps.map((p) => ({ id: p.dataset.paragraphId, text: p.textContent })),
  );
  assert.deepEqual(
    paragraphs,
    seed.paragraphs.map(({ id, text }) => ({ id, text })),
    'every paragraph whole and in order, its typography (’ “ ”) as written',
  );
  assert.ok((await page.textContent('.references')).includes('Il Post'));
  await page.close();
});
