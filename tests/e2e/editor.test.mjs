// The newsroom's editor at ?edit, as an editor on deadline uses it: draft a file from the
// article's text, make claims and actors by selecting words, fix what the checker finds from its
// list, reload and find the work, download the file and open it in the explorer through data=.
// In headless Chromium against the release build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { root, seed, selectWords, useExplorer } from './harness.mjs';

const explorer = useExplorer();
const TEXT = readFileSync(`${root}/crates/core/tests/texts/belgorod-incursions.txt`, 'utf8');
const SEED_FILE = readFileSync(`${root}/data/belgorod-incursions.json`, 'utf8');

/** Opens the editor in a fresh browser context (empty storage), or in `context`; the page's
 * `fetched` lists the path of every request it makes. */
async function openEditor(context) {
  const page = await (context ?? (await explorer.browser.newContext())).newPage();
  page.errors = [];
  page.fetched = [];
  page.on('pageerror', (e) => page.errors.push(e));
  page.on('request', (r) => page.fetched.push(new URL(r.url()).pathname));
  await page.goto(`${explorer.server.url}?edit`);
  await page.waitForSelector('html[data-state="ready"]');
  return page;
}

/** Drafts a file from the seed's text through the paste box. */
async function draftSeed(page) {
  await page.fill('textarea[name="paste"]', TEXT);
  await page.click('[data-testid="draft"]');
  await page.waitForSelector('[data-paragraph-id]');
}

/** Selects the `nth` occurrence of `words` in paragraph `id`, as a person dragging over them. */
function select(page, id, words, nth = 0) {
  return page.evaluate(selectWords, [id, words, nth]);
}

const problems = (page) => page.$$eval('[data-testid="problems"] li', (items) => items.map((i) => i.textContent));

describe('editor', () => {
  test('drafts a valid file from the article’s text, each paragraph verbatim', async () => {
    const page = await openEditor();
    await draftSeed(page);
    const paragraphs = await page.$$eval('[data-paragraph-id]', (ps) => ps.map((p) => p.textContent));
    assert.deepEqual(paragraphs, seed.paragraphs.map((p) => p.text));
    const marked = await page.$$eval('.edit-text [data-claim-id]', (runs) => new Set(runs.map((r) => r.dataset.claimId)).size);
    assert.ok(marked >= 30, `${marked} claims marked`);
    await page.click('text=Check');
    assert.deepEqual(await problems(page), []);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('pressing a claim in the text opens it, marks it, and leaves the caret in the text', async () => {
    const page = await openEditor();
    await draftSeed(page);
    const runs = page.locator('.edit-text [data-claim-id]');
    const ids = await runs.evaluateAll((all) => all.map((r) => r.dataset.claimId));
    const at = ids.findIndex((id) => id !== ids[0]);
    const other = ids[at];
    await runs.nth(0).click();
    await page.waitForSelector('[data-testid="claim-form"]');
    await runs.nth(at).click();
    await page.waitForSelector(`.edit-text [data-claim-id="${other}"][data-selected]`);
    const selected = await page.$$eval('.edit-text [data-selected]', (all) => [...new Set(all.map((r) => r.dataset.claimId))]);
    assert.deepEqual(selected, [other], 'the pressed claim alone is marked');
    const caret = await page.evaluate(() => {
      const node = window.getSelection().anchorNode;
      return Boolean(node?.isConnected && node.parentElement?.closest('[data-paragraph-id]'));
    });
    assert.ok(caret, 'the caret the click placed is still in the text');
    await page.close();
  });

  test('makes a claim and an actor from selected words, and keeps them through a reload', async () => {
    const page = await openEditor();
    await draftSeed(page);
    const claims = await page.$$eval('[data-testid="claim-form"]', (f) => f.length);
    assert.equal(claims, 0);
    await select(page, 'p3', 'Russia describes RDK and the LSR as Ukrainian militants');
    await page.click('[data-testid="new-claim"]');
    const form = page.locator('[data-testid="claim-form"]');
    await form.waitFor();
    await form.locator('textarea[name="summary"]').fill('Russia calls the two groups Ukrainian militants.');
    const russia = await form.locator('select[name="claimant"] option', { hasText: /^Russia$/ }).first().getAttribute('value');
    await form.locator('select[name="claimant"]').selectOption(russia);
    await form.locator('select[name="kind"]').selectOption('statement');
    const id = await form.getAttribute('data-claim-id');
    const marked = await page.$$eval(`.edit-text [data-claim-id="${id}"]`, (runs) => runs.map((r) => r.textContent).join(''));
    assert.equal(marked, 'Russia describes RDK and the LSR as Ukrainian militants');

    await select(page, 'p2', 'White Rex');
    await page.click('[data-testid="new-actor"]');
    await page.locator('[data-testid="actor-form"] input[name="name"]').waitFor();
    assert.equal(await page.inputValue('[data-testid="actor-form"] input[name="name"]'), 'White Rex');

    await page.reload();
    await page.waitForSelector('html[data-state="ready"]');
    await page.waitForSelector(`.edit-text [data-claim-id="${id}"]`);
    await page.click('button.panel-tab, nav.panel-tabs button:has-text("Claims")');
    await page.click(`ul.entries li[data-claim-id="${id}"] button`);
    assert.equal(
      await page.inputValue('[data-testid="claim-form"] textarea[name="summary"]'),
      'Russia calls the two groups Ukrainian militants.',
    );
    assert.equal(await page.inputValue('[data-testid="claim-form"] select[name="kind"]'), 'statement');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a problem in the list opens its field, and fixing it empties the list', async () => {
    const page = await openEditor();
    const broken = SEED_FILE.replace('"kind": "denial"', '"kind": "rumour"');
    await page.setInputFiles('[data-testid="open"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await page.waitForSelector('[data-testid="problems"] li');
    const listed = await problems(page);
    assert.equal(listed.length, 1);
    assert.match(listed[0], /“rumour” is not a known claim kind/);
    await page.click('[data-testid="problems"] li button');
    const kind = page.locator('[data-testid="claim-form"] select[name="kind"]');
    await kind.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('name')), 'kind');
    await kind.selectOption('denial');
    await page.click('nav.panel-tabs button:has-text("Check")');
    assert.deepEqual(await problems(page), []);
    await page.close();
  });

  test('a file that is not an article is refused with the checker’s problems, and the open work stays', async () => {
    const page = await openEditor();
    await draftSeed(page);
    await page.setInputFiles('[data-testid="open"]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "claimscope/1", "article": ') });
    await page.waitForSelector('[data-testid="refused"]');
    assert.match(await page.textContent('[data-testid="refused"]'), /line 1, column \d+: the document ends/);
    const paragraphs = await page.$$eval('[data-paragraph-id]', (ps) => ps.length);
    assert.equal(paragraphs, seed.paragraphs.length);
    await page.close();
  });

  test('opening another article asks first, and undo and redo walk the changes', async () => {
    const page = await openEditor();
    await draftSeed(page);
    await select(page, 'p1', 'The two groups differ from one another');
    await page.click('[data-testid="new-claim"]');
    const id = await page.locator('[data-testid="claim-form"]').getAttribute('data-claim-id');
    await page.focus('.edit-text');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((id) => !document.querySelector(`.edit-text [data-claim-id="${id}"]`), id);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForSelector(`.edit-text [data-claim-id="${id}"]`);

    await page.setInputFiles('[data-testid="open"]', { name: 'harbour.json', mimeType: 'application/json', buffer: readFileSync(`${root}/tests/fixtures/harbour.json`) });
    await page.click('[data-testid="confirm"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-paragraph-id]').length === 1);
    await page.close();
  });

  test('the downloaded file is what the explorer shows through data=', async () => {
    const page = await openEditor();
    await draftSeed(page);
    await page.click('nav.panel-tabs button:has-text("Download")');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(download.suggestedFilename(), `${file.article.id}.json`);
    assert.equal(file.article.title, seed.article.title);
    assert.ok(file.claims.length >= 30);

    const reader = await explorer.browser.newPage();
    await reader.route('**/drafted.json', (route) => route.fulfill({ contentType: 'application/json', body: readFileSync(path) }));
    await reader.goto(`${explorer.server.url}?data=drafted.json&view=claims`);
    await reader.waitForSelector('html[data-state="ready"]');
    assert.equal(await reader.textContent('h1'), seed.article.title);
    assert.equal(await reader.textContent('[data-testid="result-count"]'), `${file.claims.length} claims`);
    await reader.close();
    await page.close();
  });

  test('a file opened and downloaded unchanged keeps every field, its own x- fields too', async () => {
    const page = await openEditor();
    const file = JSON.parse(SEED_FILE);
    file['x-desk'] = { editor: 'Ana', checked: [1, 2.5] };
    file.claims[0]['x-fact-check'] = 'pending';
    file.claims[0].quote['x-offset'] = 12;
    file.article.credits[0]['x-email'] = null;
    await page.setInputFiles('[data-testid="open"]', { name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.waitForSelector('[data-paragraph-id]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
    assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), file);
    await page.close();
  });

  test('hostile text in a file stays text', async () => {
    const page = await openEditor();
    await page.setInputFiles('[data-testid="open"]', { name: 'markup.json', mimeType: 'application/json', buffer: readFileSync(`${root}/tests/hostile/markup.json`) });
    await page.waitForSelector('[data-paragraph-id]');
    await page.click('nav.panel-tabs button:has-text("Article")');
    await page.waitForSelector('[data-testid="article-form"]');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.$$eval('.editor img, .editor script, .editor style', (found) => found.length), 0);
    assert.match(await page.inputValue('input[name="title"]'), /<img src=x onerror=/);
    await page.close();
  });

  test('two tabs on one article never overwrite each other silently', async () => {
    const context = await explorer.browser.newContext();
    const first = await openEditor(context);
    await draftSeed(first);
    const second = await openEditor(context);
    await second.waitForSelector('[data-paragraph-id]');
    await select(second, 'p1', 'The two groups differ from one another');
    await second.click('[data-testid="new-claim"]');
    await first.waitForSelector('[data-testid="other-tab"]');
    await context.close();
  });
});

describe('the drafter, a download of its own', () => {
  /** The drafter's files among the paths a page fetched. */
  const drafter = (page) => page.fetched.filter((path) => /\/claimscope-drafter-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(path)).sort();
  /** Each claim's words and claimant's name, in a file. */
  const who = (f) => f.claims.map((c) => [c.quote.exact, f.actors.find((a) => a.id === c.claimant)?.name]);
  const download = async (page) => {
    await page.click('nav.panel-tabs button:has-text("Download")');
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
    return JSON.parse(readFileSync(await saved.path(), 'utf8'));
  };
  const cli = (path) => JSON.parse(execFileSync('cargo', ['run', '-q', '-p', 'claimscope-cli', '--', 'draft', path], { cwd: root }));

  test('opening an article file never fetches it; pasted text fetches it once, and it drafts as the command line does', async () => {
    const opener = await openEditor();
    await opener.setInputFiles('[data-testid="open"]', { name: 'belgorod.json', mimeType: 'application/json', buffer: Buffer.from(SEED_FILE) });
    await opener.waitForSelector('[data-paragraph-id]');
    assert.deepEqual(drafter(opener), []);
    await opener.close();

    const page = await openEditor();
    assert.deepEqual(drafter(page), [], 'the editor starts without the drafter');
    // Fetched while the person is still pasting, before Draft.
    const fetched = page.waitForResponse((r) => /claimscope-drafter-[0-9a-f]{16}_bg\.wasm$/.test(r.url()));
    await page.fill('textarea[name="paste"]', TEXT);
    await fetched;
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-paragraph-id]');
    assert.equal(drafter(page).length, 2, drafter(page).join());
    const file = await download(page);
    const expected = cli('crates/core/tests/texts/belgorod-incursions.txt');
    assert.deepEqual(who(file), who(expected));
    assert.deepEqual(file.actors.map((a) => [a.id, a.name, a.kind]), expected.actors.map((a) => [a.id, a.name, a.kind]));
    assert.deepEqual(file.sources.map((s) => s.id), expected.sources.map((s) => s.id));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a text file is drafted in its language, with its lists and the drafter fetched for it', async () => {
    const page = await openEditor();
    const text = 'tests/corpus/de/tune/wire.txt';
    await page.setInputFiles('[data-testid="open"]', { name: 'wire.txt', mimeType: 'text/plain', buffer: readFileSync(`${root}/${text}`) });
    await page.waitForSelector('[data-paragraph-id]');
    assert.equal(drafter(page).length, 2);
    assert.ok(page.fetched.some((path) => /\/drafter-de-[0-9a-f]{8}\.txt$/.test(path)), page.fetched.join());
    const file = await download(page);
    assert.equal(file.article.language, 'de');
    assert.deepEqual(who(file), who(cli(text)));

    // A second German text needs no connection: the lists fetched once are kept for the page.
    await page.route(/drafter-de-/, (route) => route.abort());
    const second = 'tests/corpus/de/tune/courts.txt';
    await page.setInputFiles('[data-testid="open"]', { name: 'courts.txt', mimeType: 'text/plain', buffer: readFileSync(`${root}/${second}`) });
    await page.click('[data-testid="confirm"]');
    await page.waitForFunction((first) => document.querySelector('[data-paragraph-id]')?.textContent === first, cli(second).paragraphs[0].text);
    assert.equal(await page.$('[data-testid="refused"]'), null);
    assert.deepEqual(who(await download(page)), who(cli(second)));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('while the drafter downloads, Draft says so and takes no second press', async () => {
    const page = await openEditor();
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route(/claimscope-drafter-[0-9a-f]{16}_bg\.wasm/, async (route) => {
      await held;
      await route.continue();
    });
    await page.fill('textarea[name="paste"]', TEXT);
    await page.click('[data-testid="draft"]');
    const button = page.locator('[data-testid="draft"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="draft"]')?.textContent.trim() === 'Drafting…');
    assert.equal(await button.isDisabled(), true);
    assert.equal(await button.getAttribute('aria-busy'), 'true');
    release();
    await page.waitForSelector('[data-paragraph-id]');
    const paragraphs = await page.$$eval('[data-paragraph-id]', (ps) => ps.length);
    assert.equal(paragraphs, seed.paragraphs.length, 'one draft');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a drafter that cannot be fetched, or stops on a text, is said so, the text kept, and the next Draft drafts', async () => {
    const page = await openEditor();
    const glue = /claimscope-drafter-[0-9a-f]{16}\.js(\?\d+)?$/;
    await page.route(glue, (route) => route.abort());
    await page.fill('textarea[name="paste"]', TEXT);
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-testid="refused"]');
    assert.match(await page.textContent('[data-testid="refused"]'), /The drafter could not be loaded/);
    assert.equal(await page.textContent('[data-testid="refused"] h2'), 'Nothing was drafted yet');
    await page.click('[data-testid="refused"] button');
    assert.equal(await page.inputValue('textarea[name="paste"]'), TEXT);

    // A drafter that stops part-way, as a WebAssembly trap would stop it.
    await page.unroute(glue);
    const stopping = 'export default async function () {}\nexport function draft() { throw new WebAssembly.RuntimeError("unreachable"); }\n';
    await page.route(glue, (route) => route.fulfill({ contentType: 'text/javascript', body: stopping }));
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-testid="refused"]');
    assert.match(await page.textContent('[data-testid="refused"]'), /The drafter stopped on this text/);
    await page.click('[data-testid="refused"] button');
    assert.notEqual(await page.getAttribute('html', 'data-state'), 'error', 'the editor goes on');
    assert.equal(await page.inputValue('textarea[name="paste"]'), TEXT);

    // Started afresh, the drafter drafts.
    await page.unroute(glue);
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-paragraph-id]');
    const paragraphs = await page.$$eval('[data-paragraph-id]', (ps) => ps.map((p) => p.textContent));
    assert.deepEqual(paragraphs, seed.paragraphs.map((p) => p.text));
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
