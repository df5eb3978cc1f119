// The explorer's main paths, and the editor's, in every engine: Chromium, Firefox and WebKit
// (Safari's family), each driven over WebDriver (./webdriver.mjs) against the release build under
// the strict Content-Security-Policy. Every scenario is written once and runs in each engine;
// expected claims are computed from the data file. The other end-to-end files go deeper, in
// Chromium only.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { CSP, root, seed, selectWords, serve } from './harness.mjs';
import { ENGINES, startSession } from './webdriver.mjs';

const harbour = readFileSync(`${root}/tests/fixtures/harbour.json`, 'utf8');
const seedText = readFileSync(`${root}/crates/core/tests/texts/belgorod-incursions.txt`, 'utf8');
const hostile = `${root}/tests/hostile`;
const routes = {
  '/harbour.json': { type: 'application/json', body: harbour },
  ...Object.fromEntries(
    readdirSync(hostile).map((name) => [`/hostile/${name}`, { type: 'application/json', body: readFileSync(`${hostile}/${name}`) }]),
  ),
};
const hostRoutes = {};
const screenshots = `${root}/tests/e2e/screenshots`;

let explorer;
let host;
before(async () => {
  explorer = await serve(undefined, { headers: { 'content-security-policy': CSP }, routes });
  // The news page is on another origin: localhost, not 127.0.0.1.
  host = await serve(`${root}/tests/fixtures`, { host: 'localhost', routes: hostRoutes });
  hostRoutes['/news.html'] = {
    type: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body{font:18px Georgia,serif;max-width:640px;margin:2rem auto;padding:0 1rem}</style></head>
<body><h1>Host news page</h1><p>Paragraph before the embed.</p>
<iframe data-claimscope src="${explorer.url}?embed=1&amp;view=claims" title="Claims" height="300"></iframe>
<script src="${explorer.url}embed.js"></script><p>Paragraph after.</p></body></html>`,
  };
});
after(() => {
  explorer?.stop();
  host?.stop();
});

const claimIds = (filter) => seed.claims.filter(filter).map((c) => c.id).sort();

/** One value of each facet, with the claims it should leave. */
const FACETS = [
  ['by', 'white-rex', (c) => c.claimant === 'white-rex'],
  ['about', 'putin', (c) => c.subjects.includes('putin')],
  ['source', 'reuters-2023', (c) => c.sources.includes('reuters-2023')],
  ['source', 'unsourced', (c) => c.sources.length === 0],
  ['kind', 'denial', (c) => c.kind === 'denial'],
];

/** The result count's text. */
const resultCount = () => document.querySelector('[data-testid="result-count"]')?.textContent;

/** The ids of every claim card, after showing every page of them. */
async function shownClaims(session) {
  for (let more; (more = await session.find('.show-more')); ) {
    const shown = await session.execute(() => document.querySelectorAll('.card-list > li').length);
    await more.click();
    await session.waitFor((n) => document.querySelectorAll('.card-list > li').length > n, [shown]);
  }
  return (await session.execute(() => [...document.querySelectorAll('[data-claim-id]')].map((c) => c.dataset.claimId))).sort();
}

/** Waits until the result count reads `text`. */
function countIs(session, text) {
  return session.waitFor((t) => document.querySelector('[data-testid="result-count"]')?.textContent === t, [text], {
    message: `the count “${text}”`,
  });
}

/**
 * The iframe's height on the host page once it fits the page inside it and has stopped changing.
 * Both are read at each look: a height that held still for a moment while the frame's own page
 * had already changed (WebKit once sent the size after the first letter typed, then the next one
 * later) is not yet the answer. Leaves the session on the host page.
 */
async function fittedHeight(session, frame) {
  let last = -1;
  let seen = '';
  for (let i = 0; i < 60; i++) {
    await session.frame(frame);
    const content = Math.ceil(await session.execute(() => document.documentElement.getBoundingClientRect().height));
    await session.frame(null);
    const height = await session.execute(() => document.querySelector('iframe').getBoundingClientRect().height);
    if (Math.abs(height - content) <= 1 && height === last && height > 150) return height;
    last = height;
    seen = `frame ${height}px, content ${content}px`;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the iframe never settled at its content's height (last ${seen})`);
}

for (const engine of Object.keys(ENGINES)) {
  describe(engine, () => {
    let session;
    before(async () => {
      session = await startSession(engine);
    });
    after(async () => {
      await session?.quit();
    });

    test('the seed article loads whole: title, every paragraph, every claim marked and counted', async () => {
      assert.equal(await session.open(explorer.url), 'ready');
      const page = await session.execute(() => ({
        title: document.querySelector('h1').textContent,
        paragraphs: [...document.querySelectorAll('[data-paragraph-id]')].map((p) => p.textContent),
        marked: [...new Set([...document.querySelectorAll('[data-claim-ref]')].map((a) => a.dataset.claimRef))].sort(),
        count: document.querySelector('[data-testid="result-count"]').textContent,
        prerendered: document.getElementById('prerendered') !== null,
      }));
      assert.deepEqual(page, {
        title: seed.article.title,
        paragraphs: seed.paragraphs.map((p) => p.text),
        marked: claimIds(() => true),
        count: `${seed.claims.length} claims`,
        prerendered: false,
      });
    });

    test('in Arabic and Ukrainian: the interface fetched under the CSP and drawn from its file, the Network mirrored right to left', async () => {
      const views = ['article', 'claims', 'actors', 'sources', 'timeline', 'network', 'integrity'];
      const tabs = (tag) => {
        const file = readFileSync(`${root}/locales/${tag}.ftl`, 'utf8');
        return views.map((view) => file.match(new RegExp(`^view-${view} = (.+)$`, 'm'))[1].trim());
      };
      for (const [tag, dir] of [['ar', 'rtl'], ['uk', 'ltr']]) {
        assert.equal(await session.open(`${explorer.url}?lang=${tag}&view=network`), 'ready');
        const page = await session.execute(() => {
          const left = (side) =>
            Math.max(...[...document.querySelectorAll(`a.node[data-side="${side}"] rect`)].map((r) => r.getBoundingClientRect().left));
          const own = (a) => [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
          return {
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            tabs: [...document.querySelectorAll('.view-tabs a')].map(own),
            claimantsRight: left('claimant') > left('subject'),
          };
        });
        assert.deepEqual(page, { lang: tag, dir, tabs: tabs(tag), claimantsRight: dir === 'rtl' });
      }
    });

    test('an article named in data= takes the place of the served one', async () => {
      assert.equal(await session.open(`${explorer.url}?data=harbour.json&view=claims`), 'ready');
      const article = JSON.parse(harbour);
      assert.equal(await session.execute(() => document.querySelector('h1').textContent), article.article.title);
      assert.equal(await session.execute(resultCount), `${article.claims.length} claims`);
    });

    for (const [facet, value, matches] of FACETS) {
      test(`ticking ${facet}=${value} shows exactly its claims, and the address follows`, async () => {
        await session.open(`${explorer.url}?view=claims`);
        const expected = claimIds(matches);
        assert.ok(expected.length > 0);
        // The page is ready before the app has drawn its facets: wait for the box, then tick it.
        const box = `input[data-facet="${facet}"][data-value="${value}"]`;
        await session.waitFor((selector) => !!document.querySelector(selector), [box], { message: box });
        await (await session.find(box)).click();
        await countIs(session, `${expected.length} of ${seed.claims.length} claims`);
        assert.deepEqual(await shownClaims(session), expected);
        await session.waitFor((f, v) => new URLSearchParams(location.search).get(f) === v, [facet, value]);
      });
    }

    test('typing in the search box narrows the claims and marks the matches', async () => {
      await session.open(`${explorer.url}?view=claims`);
      const names = Object.fromEntries(seed.actors.map((a) => [a.id, [a.name, ...a.aliases]]));
      const outlets = Object.fromEntries(seed.sources.map((s) => [s.id, [s.outlet, s.author ?? '']]));
      const expected = claimIds((c) =>
        [c.quote.exact, c.summary, ...names[c.claimant], ...c.sources.flatMap((s) => outlets[s])]
          .join('\n').toLowerCase().includes('peace'),
      );
      await (await session.find('input[type="search"]')).type('peace');
      // "pea" finds the same claims as "peace", so the count alone may be read before the last key
      // is drawn: wait for the marks of the whole word (the assertion below says what was marked).
      await session.waitFor(() => [...document.querySelectorAll('mark.hit')]
        .some((m) => m.textContent.toLowerCase() === 'peace')).catch(() => {});
      await countIs(session, `${expected.length} of ${seed.claims.length} claims`);
      assert.deepEqual(await shownClaims(session), expected);
      const hits = await session.execute(() => [...document.querySelectorAll('mark.hit')].map((m) => m.textContent.toLowerCase()));
      assert.ok(hits.length > 0 && hits.every((hit) => hit === 'peace'), `matches are marked: ${hits}`);
      await session.waitFor(() => new URLSearchParams(location.search).get('q') === 'peace');
    });

    test('Back and Forward walk through the views, each with its filters', async () => {
      const denials = `${claimIds((c) => c.kind === 'denial').length} of ${seed.claims.length} claims`;
      await session.open(explorer.url);
      await (await session.find('a[data-view="actors"]')).click();
      await session.waitForSelector('[data-actor-id]');
      // The address follows the view in an effect, which may run a task after the view shows.
      await session.waitFor(() => location.search === '?view=actors');
      await (await session.find('a[data-view="claims"]')).click();
      await session.waitForSelector('[data-claim-id]');
      // A filter changes the view's entry; a view is a new one.
      await (await session.find('input[data-facet="kind"][data-value="denial"]')).click();
      await countIs(session, denials);
      await session.waitFor(() => location.search === '?view=claims&kind=denial');
      await session.back();
      await session.waitForSelector('[data-actor-id]');
      assert.equal(new URL(await session.url()).search, '?view=actors');
      await session.back();
      await session.waitForSelector('[data-paragraph-id]');
      assert.equal(new URL(await session.url()).search, '');
      await session.forward();
      await session.waitForSelector('[data-actor-id]');
      await session.forward();
      await session.waitForSelector('[data-claim-id]');
      await countIs(session, denials);
      assert.equal(new URL(await session.url()).search, '?view=claims&kind=denial');
      assert.equal(await session.execute(() => document.querySelector('input[data-facet="kind"][data-value="denial"]').checked), true);
    });

    test('embedded in a news page of another origin, the frame fits its content as it filters', async () => {
      await session.navigate(`${host.url}news.html`);
      const frame = await session.find('iframe');
      await session.frame(frame);
      await session.waitForSelector('[data-claim-id]');
      await session.frame(null);
      const full = await fittedHeight(session, frame);
      await session.frame(frame);
      // Clicked first, as a reader would: WebKit lets no script, WebDriver's typing included,
      // move the focus into a frame of another origin that the reader has not touched.
      const search = await session.find('input[type="search"]');
      await search.click();
      await search.type('Rex');
      await session.waitFor(
        () => document.querySelector('input[type="search"]').value === 'Rex' && / of /.test(document.querySelector('[data-testid="result-count"]').textContent),
      );
      await session.frame(null);
      const filtered = await fittedHeight(session, frame);
      assert.ok(filtered < full - 200, `the frame shrank with the results (${full} → ${filtered})`);
      await session.frame(frame);
      const hidden = await session.execute(() => document.documentElement.scrollHeight - innerHeight);
      await session.frame(null);
      assert.ok(hidden <= 1, `no scrollbar inside the frame (${hidden}px hidden)`);
    });

    test('a hostile file’s markup shows as text and runs nothing; a hostile file is refused plainly', async () => {
      assert.equal(await session.open(`${explorer.url}?data=hostile/markup.json&view=claims`), 'ready');
      // A dialog opened by the data would fail these commands ('dismiss and notify').
      const page = await session.execute(() => ({
        title: document.querySelector('h1').textContent,
        pwned: typeof window.pwned,
        injected: document.querySelectorAll('#app img, #app script, #app style, #app iframe, #app [style], #app a[href^="javascript:"]').length,
      }));
      assert.ok(page.title.includes('<script>window.pwned=1</script>'), page.title);
      assert.equal(page.pwned, 'undefined');
      assert.equal(page.injected, 0);
      await (await session.find('input[type="search"]')).type('monday');
      await countIs(session, '1 of 3 claims');
      assert.equal(await session.open(`${explorer.url}?data=hostile/links.json`), 'error');
      assert.match(
        await session.execute(() => document.querySelector('[role="alert"]').textContent),
        /article\.url: “javascript:window\.pwned=1” is not an absolute http/,
      );
    });

    test('without a clipboard to write to, Copy selects the link for the reader to copy by hand', async () => {
      await session.open(`${explorer.url}?view=claims&kind=denial`);
      // As on a page served over plain http, where no engine offers navigator.clipboard.
      await session.execute(() => {
        window.errors = [];
        addEventListener('error', (event) => window.errors.push(event.message));
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
      });
      await (await session.find('.share summary')).click();
      await (await session.find('[data-share="link"] + button')).click();
      const field = await session.waitFor(() => {
        const link = document.querySelector('[data-share="link"]');
        return document.activeElement === link && { selected: link.value.slice(link.selectionStart, link.selectionEnd), value: link.value };
      }, [], { message: 'the link field, focused' });
      assert.equal(field.selected, field.value);
      assert.match(field.value, /\?view=claims&kind=denial$/);
      assert.deepEqual(await session.execute(() => window.errors), []);
      // The status says how to copy (a moment after the click, for screen readers to hear it);
      // the reader reads it before going on, and nothing then moves under the pointer.
      await session.waitFor(() => document.querySelector('[data-testid="share-status"]').textContent.includes('Ctrl+C'), [], {
        message: 'the status saying how to copy',
      });
      // The explorer goes on working.
      await (await session.find('input[data-facet="kind"][data-value="report"]')).click();
      await countIs(session, `${claimIds((c) => ['denial', 'report'].includes(c.kind)).length} of ${seed.claims.length} claims`);
    });

    test('the editor: a file drafted from text, a claim made by selecting words, and the download', async () => {
      assert.equal(await session.open(`${explorer.url}?edit`), 'ready');
      // The paste box takes the article's text as a person pastes it: one input event.
      await session.execute((text) => {
        const box = document.querySelector('textarea[name="paste"]');
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }, seedText);
      await session.waitFor(() => !document.querySelector('[data-testid="draft"]').disabled);
      await (await session.find('[data-testid="draft"]')).click();
      await session.waitForSelector('[data-paragraph-id="p3"]');
      const words = 'Russia describes RDK and the LSR as Ukrainian militants';
      await session.execute(selectWords, ['p3', words]);
      await session.waitFor(() => !document.querySelector('[data-testid="new-claim"]').disabled, [], { message: 'the selection bar' });
      await (await session.find('[data-testid="new-claim"]')).click();
      const id = await session.waitFor(() => document.querySelector('[data-testid="claim-form"]')?.dataset.claimId, [], { message: 'the claim form' });
      // The form and the text's marks may be drawn in turn: the marked words are waited for.
      const marked = await session.waitFor(
        (id) => [...document.querySelectorAll(`.edit-text [data-claim-id="${id}"]`)].map((r) => r.textContent).join(''),
        [id],
        { message: 'the new claim’s words, marked in the text' },
      );
      assert.equal(marked, words);
      // What the download hands the browser: the file, as the editor writes it.
      await session.execute(() => {
        const make = URL.createObjectURL;
        URL.createObjectURL = (blob) => {
          blob.text().then((text) => { window.downloaded = text; });
          return make.call(URL, blob);
        };
        HTMLAnchorElement.prototype.click = function () { window.downloadName = this.download; };
      });
      await (await session.find('[data-testid="download"]')).click();
      const file = JSON.parse(await session.waitFor(() => window.downloaded, [], { message: 'the downloaded file' }));
      assert.equal(await session.execute(() => window.downloadName), `${file.article.id}.json`);
      const made = file.claims.find((claim) => claim.id === id);
      assert.equal(made.quote.exact, words);
    });

    test('the claims view at 1280 × 800, as a picture', async () => {
      await session.open(`${explorer.url}?view=claims`);
      await session.waitFor(() => document.fonts.status === 'loaded');
      const png = await session.screenshot();
      mkdirSync(screenshots, { recursive: true });
      writeFileSync(`${screenshots}/claims-${engine}.png`, png);
      // The PNG header's width and height: the viewport, at one device pixel per CSS pixel.
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1280, 800]);
    });
  });
}
