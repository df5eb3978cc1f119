// The interface's language (issue #22): `lang=` first, else the article's language, else the
// browser's, else English; `<html lang dir>` are the interface's, and the article's own text
// carries the article's `lang` and `dir` where they differ. The pseudo-locale en-XA shows that
// the strings moved to locales/en.ftl are drawn from it. In headless Chromium against the
// release build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { open, root, seed, selectWords, useExplorer } from './harness.mjs';

/** The one-line messages of a language's file (`id = text`), read as a translator wrote them. */
function messages(tag) {
  const text = readFileSync(`${root}/locales/${tag}.ftl`, 'utf8');
  return Object.fromEntries([...text.matchAll(/^([a-z][a-z0-9-]*) = ([^{\n]+)$/gm)].map((m) => [m[1], m[2].trim()]));
}
const VIEWS = ['article', 'claims', 'actors', 'sources', 'timeline', 'network', 'integrity'];

const arabic = JSON.stringify({ ...seed, article: { ...seed.article, language: 'ar' } });
/** The seed with four problems the checker refuses, each a message of its own. */
const broken = structuredClone(seed);
delete broken.claims[0].summary;
broken.claims[1].claimant = 'nobody-here';
broken.claims[2].quote.exact = 'words no paragraph holds';
broken.events[0].date = '2023-02-30';
/** Text that stops where a value should follow. */
const unfinished = '{"format": "claimscope/1", "article": ';
const explorer = useExplorer(undefined, {
  routes: {
    '/arabic.json': { body: arabic, type: 'application/json' },
    '/broken.json': { body: JSON.stringify(broken), type: 'application/json' },
    '/unfinished.json': { body: unfinished, type: 'application/json' },
  },
});

/**
 * A one-line message of a language's file with its variables placed: the problems the checker
 * says, computed from the translator's own text. Values hold no right-to-left letters, so a
 * left-to-right language places them as they are.
 */
function said(tag, id, values = {}) {
  const line = readFileSync(`${root}/locales/${tag}.ftl`, 'utf8').match(new RegExp(`^${id} = (.+)$`, 'm'));
  assert.ok(line, `${tag}: ${id}`);
  return line[1].trim().replace(/\{ \$([a-z]+) \}/g, (_, name) => {
    assert.ok(name in values, `${id} needs ${name}`);
    return String(values[name]);
  });
}

/**
 * Runs in the page: the visible text of the interface (text nodes, placeholders, labels and
 * titles whose nearest `lang` is the interface's) that holds a plain ASCII word once the values
 * placed in messages, which the pseudo-locale isolates (U+2068 … U+2069), are taken out. Each is
 * a string that escaped translation.
 */
function plainEnglish() {
  const ui = document.documentElement.lang;
  const english = (text) => /[A-Za-z]{2,}/.test(text.replace(/\u2068[^\u2069]*\u2069/g, ''));
  const ours = (element) => element.closest('[lang]')?.getAttribute('lang') === ui;
  const found = [];
  const walker = document.createTreeWalker(document.querySelector('.explorer'), NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); ) {
    const element = node.parentElement;
    if (!element.checkVisibility() || !ours(element) || element.closest('textarea, input')) continue;
    if (english(node.textContent)) found.push(`${element.tagName}.${element.className}<${element.parentElement.tagName}.${element.parentElement.className}|${node.textContent.trim().slice(0, 30)}`);
  }
  for (const element of document.querySelectorAll('.explorer [placeholder], .explorer [aria-label], .explorer [title]')) {
    if (!ours(element)) continue;
    for (const name of ['placeholder', 'aria-label', 'title']) {
      const value = element.getAttribute(name);
      if (value && english(value)) found.push(`${name}=${value}`);
    }
  }
  return found;
}

/**
 * Runs in the page: the editor's text (text nodes, placeholders, labels and titles, and the tab's
 * title) that holds a plain ASCII word once the values placed in messages are taken out, leaving
 * aside what is not the interface's: the article's own words and the checker's sentences, in the
 * elements `data` selects, and the name Claimscope, the same in every language.
 */
function editorEnglish(data) {
  const english = (text) =>
    /[A-Za-z]{2,}/.test(text.replace(/\u2068[^\u2069]*\u2069/g, '').replace(/^Claimscope\s*$/, ''));
  const found = [];
  const walker = document.createTreeWalker(document.querySelector('.editor'), NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); ) {
    const element = node.parentElement;
    if (element.closest(data) || element.closest('textarea, input')) continue;
    if (english(node.textContent)) found.push(`${element.tagName}.${element.className}|${node.textContent.trim().slice(0, 30)}`);
  }
  for (const element of document.querySelectorAll('.editor [placeholder], .editor [aria-label], .editor [title]')) {
    if (element.closest('.preview')) continue;
    for (const name of ['placeholder', 'aria-label', 'title']) {
      const value = element.getAttribute(name);
      // The address a newsroom might host its file at is an example, not a sentence.
      if (value && english(value) && !value.startsWith('https://')) found.push(`${name}=${value}`);
    }
  }
  if (english(document.title)) found.push(`<title>${document.title}`);
  return found;
}

/** The article's own words in the editor (its text, names, quotes and the file's paths), and the Preview. */
const NOT_INTERFACE = '.edit-text, .article-title, .entry-label, .entry-note, option, code, blockquote, .tick span, .preview';

/**
 * Asserts the explorer is drawn in `tag`: each tab and the search box's placeholder in the words
 * of locales/<tag>.ftl, and no text or label of the page an English message the translation
 * words otherwise.
 */
async function drawnIn(page, tag) {
  const expected = messages(tag);
  // Each tab's own words (the Integrity tab holds a count of findings after them).
  const tabs = await page.$$eval('.view-tabs a', (links) =>
    links.map((a) => [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()),
  );
  assert.deepEqual(tabs, VIEWS.map((view) => expected[`view-${view}`]));
  assert.equal(await page.getAttribute('input[type=search]', 'placeholder'), expected['search-placeholder']);
  const english = messages('en');
  // The languages' names in the Share panel are each in its own language, not the interface's.
  const untranslated = Object.keys(expected)
    .filter((id) => id !== 'language-name' && english[id] !== expected[id])
    .map((id) => english[id]);
  const left = await page.evaluate((words) => {
    const texts = [...document.querySelectorAll('.explorer *')].flatMap((e) => [
      ...[...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent.trim()),
      ...['placeholder', 'aria-label', 'title'].map((name) => e.getAttribute(name)),
    ]);
    return texts.filter((text) => words.includes(text));
  }, untranslated);
  assert.deepEqual(left, []);
}

const html = (page) =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

describe('the interface language', () => {
  test('lang=en-XA draws the interface from the pseudo-locale and marks the article English', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?lang=en-XA`);
    assert.deepEqual(await html(page), ['en-XA', 'ltr']);
    const count = await page.textContent('[data-testid=result-count]');
    assert.match(count.trim(), /^\[\d+ [^\x00-\x7f ]+\]$/);
    // Each piece of interface moved to the catalogue: no plain ASCII word left in it.
    for (const selector of ['.view-tabs a', '.facet legend', '.facet-hint', '.filters-toggle']) {
      for (const text of await page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent))) {
        assert.doesNotMatch(text, /[A-Za-z]{2,}/, `${selector}: ${text}`);
      }
    }
    const paragraph = await page.$eval('.paragraph', (p) => [p.lang, p.dir]);
    assert.deepEqual(paragraph, ['en', '']);
    // The address keeps the language through a change of view.
    await page.click('a[data-view="claims"]');
    await page.waitForSelector('a[data-view="claims"][aria-current="page"]');
    assert.match(page.url(), /[?&]lang=en-XA(&|$)/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('under lang=en-XA no text of the interface is plain English, in any view', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?lang=en-XA&actor=white-rex`);
    const escaped = [];
    for (const view of ['article', 'claims', 'actors', 'sources', 'timeline', 'network', 'integrity']) {
      await page.click(`a[data-view="${view}"]`);
      await page.waitForSelector(`a[data-view="${view}"][aria-current="page"]`);
      await page.click('.share summary');
      escaped.push(...(await page.evaluate(plainEnglish)).map((text) => `${view}: ${text}`));
      await page.click('.share summary');
    }
    assert.deepEqual(escaped, []);
    await page.close();
  });

  test('under lang=en-XA no text of the editor is plain English, on any screen', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?edit&lang=en-XA`);
    assert.deepEqual(await html(page), ['en-XA', 'ltr']);
    const escaped = [];
    const look = async (screen) =>
      escaped.push(...(await page.evaluate(editorEnglish, NOT_INTERFACE)).map((text) => `${screen}: ${text}`));
    await look('start screen');
    await page.fill('textarea[name="paste"]', readFileSync(`${root}/crates/core/tests/texts/belgorod-incursions.txt`, 'utf8'));
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-testid="problems"]', { state: 'attached' });
    await look('Check panel');
    await page.click('.edit-text [data-claim-id]');
    await page.waitForSelector('[data-testid="claim-form"]');
    await look('claim form');
    await page.click('nav.panel-tabs button:nth-child(3)');
    await page.click('ul.entries li:not(:first-child) button');
    await page.click('fieldset[name=aliases] > button');
    await look('actor form');
    await page.click('[data-testid="actor-form"] button.danger');
    await page.waitForSelector('.dialog');
    await look('removal question');
    await page.keyboard.press('Escape');
    await page.click('nav.panel-tabs button:nth-child(5)');
    await page.click('.panel > button');
    await page.waitForSelector('[data-testid="event-form"]');
    await look('event form');
    await page.click('nav.panel-tabs button:nth-child(6)');
    await page.click('fieldset[name=credits] > button');
    await look('article form');
    await page.click('nav.panel-tabs button:nth-child(7)');
    await page.fill('input[name="hosted"]', 'https://example.org/article.json');
    await look('Download panel');
    assert.deepEqual(escaped, []);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("the pre-rendered page is written in the article's language, said on <html lang dir>", async () => {
    const page = await (await fetch(explorer.server.url)).text();
    assert.match(page, /<html lang="?en"? dir="?ltr"?>/);
  });

  test('an unknown lang= falls back quietly to English', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?lang=zz-Qaaa`);
    assert.equal(await page.getAttribute('html', 'data-state'), 'ready');
    assert.deepEqual(await html(page), ['en', 'ltr']);
    assert.equal(await page.$('.paragraph[lang]'), null);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  for (const [tag, address, dir] of [
    ['uk', '?lang=uk', 'ltr'],
    ['he', '?lang=he&view=claims', 'rtl'],
    ['ar', '?data=arabic.json', 'rtl'],
  ]) {
    test(`${address} draws the interface in ${tag}, fetched beside the page, from locales/${tag}.ftl`, async () => {
      const fetched = [];
      const page = await open(explorer.browser, `${explorer.server.url}${address}`, undefined, async (p) =>
        p.on('request', (r) => fetched.push(new URL(r.url()).pathname)),
      );
      assert.equal(await page.getAttribute('html', 'data-state'), 'ready');
      assert.deepEqual(await html(page), [tag, dir]);
      await drawnIn(page, tag);
      // Downloaded once: by web/boot.js beside the WebAssembly where lang= asks, taken by the app.
      const downloads = fetched.filter((path) => new RegExp(`/messages-${tag}-[0-9a-f]{8}\\.txt$`).test(path));
      assert.equal(downloads.length, 1, fetched.join());
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  test('choosing a language in the Share panel redraws the explorer in it, and the address, link and embed code keep it', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?view=claims&kind=denial`);
    const count = () => page.textContent('[data-testid=result-count]');
    const denials = await count();
    await page.click('.share summary');
    const names = await page.$$eval('#share-lang option', (options) => options.map((o) => [o.value, o.textContent, o.lang]));
    assert.deepEqual(names.map(([tag]) => tag), ['en', 'ar', 'de', 'es', 'fr', 'he', 'ru', 'uk']);
    for (const [tag, name, lang] of names) {
      assert.equal(name, messages(tag)['language-name']);
      assert.equal(lang, tag);
    }
    for (const [tag, dir] of [['uk', 'ltr'], ['he', 'rtl'], ['en', 'ltr']]) {
      await page.selectOption('#share-lang', tag);
      await page.waitForFunction((t) => document.documentElement.lang === t, tag);
      assert.deepEqual(await html(page), [tag, dir]);
      await drawnIn(page, tag);
      // The reader's view and filters stay; the address, the link and the embed code say the
      // language chosen.
      const address = new URL(page.url()).searchParams;
      assert.deepEqual([address.get('lang'), address.get('view'), address.get('kind')], [tag, 'claims', 'denial']);
      assert.equal(new URL(await page.inputValue('[data-share="link"]')).searchParams.get('lang'), tag);
      assert.match(await page.inputValue('[data-share="embed"]'), new RegExp(`[?&;]lang=${tag}[&"]`));
      assert.equal(await page.inputValue('#share-lang'), tag);
      assert.equal(await page.$$eval('.claim-card', (cards) => cards.length) > 0, true);
      assert.equal(await page.getAttribute('.share', 'open'), '');
    }
    assert.equal(await count(), denials);
    // Back, to a view the reader saw in another language, speaks that language again.
    await page.selectOption('#share-lang', 'uk');
    await page.waitForFunction(() => document.documentElement.lang === 'uk');
    await page.click('a[data-view="actors"]');
    await page.waitForSelector('a[data-view="actors"][aria-current="page"]');
    await page.selectOption('#share-lang', 'ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    await page.goBack();
    await page.waitForSelector('a[data-view="claims"][aria-current="page"]');
    await page.waitForFunction(() => document.documentElement.lang === 'uk');
    await drawnIn(page, 'uk');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("a language that cannot be fetched leaves the page's own, which keeps working", async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?lang=de`, undefined, (p) =>
      p.route(/messages-de-/, (route) => route.abort()),
    );
    assert.equal(await page.getAttribute('html', 'data-state'), 'ready');
    assert.deepEqual(await html(page), ['en', 'ltr']);
    assert.equal(await page.textContent('.view-tabs a[data-view="claims"]'), 'Claims');
    await page.click('a[data-view="claims"]');
    await page.waitForSelector('.claim-card');
    await page.close();
  });

  test("a language whose download hangs is given up after a few seconds, and the page goes on in its own", async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?lang=fr`, undefined, (p) =>
      p.route(/messages-fr-/, () => {}),
    );
    assert.equal(await page.getAttribute('html', 'data-state'), 'ready');
    assert.deepEqual(await html(page), ['en', 'ltr']);
    await drawnIn(page, 'en');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("an Arabic article's text carries lang=ar and dir=rtl in an English interface", async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?data=arabic.json&lang=en`);
    assert.equal(await page.getAttribute('html', 'data-state'), 'ready');
    assert.deepEqual(await html(page), ['en', 'ltr']);
    const paragraphs = await page.$$eval('.paragraph', (ps) => ps.map((p) => `${p.lang} ${p.dir}`));
    assert.ok(paragraphs.length > 0);
    assert.ok(paragraphs.every((p) => p === 'ar rtl'), paragraphs.join());
    await page.click('a[data-view="claims"]');
    await page.waitForSelector('.claim-card');
    const quote = await page.$eval('.claim-card .quote', (q) => [q.lang, q.dir]);
    assert.deepEqual(quote, ['ar', 'rtl']);
    await page.close();
  });

  // The drafter in the browser's editor: English's lists compiled in, another language's fetched
  // from beside the page when a text in it is drafted (issue #23).
  for (const [tag, name, text] of [
    ['uk', 'Українська', 'tests/corpus/uk/tune/wire.txt'],
    ['de', 'Deutsch', 'tests/corpus/de/tune/wire.txt'],
  ]) {
    test(`the editor tells a ${tag} text's language, fetches its lists and drafts it as the command line does`, async () => {
      const fetched = [];
      const page = await open(explorer.browser, `${explorer.server.url}?edit`, undefined, async (p) =>
        p.on('request', (r) => fetched.push(new URL(r.url()).pathname)),
      );
      const words = readFileSync(`${root}/${text}`, 'utf8');
      await page.fill('textarea[name="paste"]', words);
      const shown = await page.$eval('select[name="language"] option:checked', (o) => o.textContent.trim());
      assert.equal(shown, `Detected: ${name}`);
      await page.click('[data-testid="draft"]');
      await page.waitForSelector('[data-paragraph-id]');
      assert.ok(fetched.some((path) => new RegExp(`/drafter-${tag}-[0-9a-f]{8}\\.txt$`).test(path)), fetched.join());
      assert.equal(await page.getAttribute('.edit-text', 'lang'), tag);
      await page.click('nav.panel-tabs button:has-text("Download")');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
      const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
      const cli = JSON.parse(execFileSync('cargo', ['run', '-q', '-p', 'claimscope-cli', '--', 'draft', text], { cwd: root }));
      const who = (f) => f.claims.map((c) => [c.quote.exact, f.actors.find((a) => a.id === c.claimant)?.name]);
      assert.equal(file.article.language, tag);
      assert.deepEqual(who(file), who(cli));
      assert.deepEqual(file.actors.map((a) => a.name), cli.actors.map((a) => a.name));
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  test('lists that cannot be fetched stop the draft and say so; another language drafts by quotes and names', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?edit`, undefined, (p) =>
      p.route(/drafter-uk-/, (route) => route.abort()),
    );
    await page.fill('textarea[name="paste"]', readFileSync(`${root}/tests/corpus/uk/tune/wire.txt`, 'utf8'));
    assert.equal(await page.$('[data-testid="no-lists"]'), null);
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-testid="refused"]');
    assert.match(await page.textContent('[data-testid="refused"]'), /word lists for Українська could not be loaded/);
    // Said as what it is, a download that failed, not as a text the checker refused.
    assert.equal(await page.textContent('[data-testid="refused"] h2'), messages('en')['editor-unavailable-title']);
    assert.equal(await page.$('[data-testid="refused"] [data-testid="problems"]'), null);
    assert.equal(await page.$('[data-paragraph-id]'), null, 'nothing drafted');
    await page.click('[data-testid="refused"] button');
    await page.selectOption('select[name="language"]', 'und');
    assert.match(await page.textContent('[data-testid="no-lists"]'), /no word lists/);
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-paragraph-id]');
    assert.ok((await page.$$('.edit-text [data-claim-id]')).length > 0, 'quotes make claims without lists');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('in an Arabic text, right to left, words selected become a claim quoting exactly them', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?edit&lang=ar`);
    const text = 'عنوان\n\nقال الوزير إن «الوضع تحت السيطرة» في مدينة Kharkiv، ونفت الشركة ذلك.\n';
    await page.fill('textarea[name="paste"]', text);
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-paragraph-id]');
    assert.equal(await page.$eval('.edit-text', (t) => getComputedStyle(t).direction), 'rtl');
    const id = await page.getAttribute('[data-paragraph-id]', 'data-paragraph-id');
    // A run that mixes both directions: Arabic words, then a Latin name inside them.
    const words = 'في مدينة Kharkiv، ونفت';
    await page.evaluate(selectWords, [id, words, 0]);
    await page.click('[data-testid="new-claim"]');
    await page.waitForSelector('[data-testid="claim-form"]');
    await page.click('nav.panel-tabs button:nth-child(5)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.ok(file.claims.some((c) => c.quote.exact === words), file.claims.map((c) => c.quote.exact).join(' | '));
    assert.equal(file.article.language, 'und');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("a file the checker refuses is explained in the interface's language, each problem at its place", async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?data=broken.json&lang=uk`);
    await page.waitForSelector('.error-panel .problems li');
    assert.deepEqual(await html(page), ['uk', 'ltr']);
    const listed = await page.$$eval('.error-panel .problems li', (items) => items.map((i) => i.textContent));
    const paragraph = broken.claims[2].quote.paragraph;
    const expected = [
      `claims[0].summary: ${said('uk', 'check-missing')}`,
      `claims[1].claimant: ${said('uk', 'check-id-unknown', { id: 'nobody-here', list: 'actors' })}`,
      `claims[2].quote.exact: ${said('uk', 'check-quote-absent', { quote: 'words no paragraph holds', paragraph })}`,
      `events[0].date: ${said('uk', 'check-date', { date: '2023-02-30' })}`,
    ];
    assert.deepEqual([...listed].sort(), expected.sort());
    assert.equal(await page.textContent('#error-title'), said('uk', 'error-title'));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("text that is not JSON, and a file that is not there, are explained in the interface's language", async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?data=unfinished.json&lang=uk`);
    await page.waitForSelector('.error-panel .problems li');
    const [where, what] = (await page.textContent('.error-panel .problems li')).split(': ');
    assert.equal(where, said('uk', 'check-at', { line: 1, column: unfinished.length }));
    assert.equal(what, said('uk', 'check-json-ends-value'));
    await page.goto(`${explorer.server.url}?data=missing.json&lang=uk`);
    await page.waitForSelector('.error-panel .problems li');
    const missing = await page.textContent('.error-panel .problems li');
    const address = new URL('missing.json', explorer.server.url).href;
    const answer = said('uk', 'check-fetch-status', { address, status: '\u0000' }).split('\u0000');
    assert.ok(missing.startsWith(`data: ${answer[0]}404`) && missing.endsWith(answer[1]), missing);
    await page.close();
  });

  test('the editor refuses a file, and lists the problems of one it opens, in its language', async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?edit&lang=uk`);
    const file = (name, body) => ({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await page.setInputFiles('[data-testid="open"]', file('notes.json', unfinished));
    await page.waitForSelector('[data-testid="refused"]');
    const refused = await page.textContent('[data-testid="refused"]');
    const at = said('uk', 'check-at', { line: 1, column: unfinished.length });
    assert.ok(refused.includes(`${at}: ${said('uk', 'check-json-ends-value')}`), refused);
    await page.click('[data-testid="refused"] button');
    await page.waitForSelector('[data-testid="refused"]', { state: 'detached' });
    const opened = structuredClone(seed);
    opened.claims[1].claimant = 'nobody-here';
    await page.setInputFiles('[data-testid="open"]', file('seed.json', JSON.stringify(opened)));
    await page.waitForSelector('[data-paragraph-id]');
    await page.waitForSelector('[data-testid="problems"] li');
    const problems = await page.$$eval('[data-testid="problems"] li', (items) => items.map((i) => i.textContent));
    const unknown = said('uk', 'check-id-unknown', { id: 'nobody-here', list: 'actors' });
    assert.deepEqual(problems.map((p) => p.includes(unknown)), [true], problems.join(' | '));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("the editor's Check panel says its warnings in the editor's language", async () => {
    const page = await open(explorer.browser, `${explorer.server.url}?edit&lang=uk`);
    await page.fill('textarea[name="paste"]', readFileSync(`${root}/crates/core/tests/texts/belgorod-incursions.txt`, 'utf8'));
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-testid="warnings"] li');
    const warnings = await page.$$eval('[data-testid="warnings"] li', (items) => items.map((i) => i.textContent));
    const uk = messages('uk');
    // Drafted actors have no description yet: each says so in Ukrainian, and none in English.
    assert.ok(warnings.some((w) => w.includes(uk['editor-check-actor-summary'])), warnings.slice(0, 3).join(' | '));
    assert.ok(!warnings.some((w) => w.includes(messages('en')['editor-check-actor-summary'])));
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
