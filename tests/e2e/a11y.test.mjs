// Accessibility: axe-core finds no violation in any view, light and dark, at 360 and 1280 px, also
// embedded; and a reader with only a keyboard can search, tick a facet, open a claim, jump to it in
// the article and clear the filters, with focus visible and never lost.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { root, useExplorer } from './harness.mjs';

const axeSource = readFileSync(`${root}/node_modules/axe-core/axe.min.js`, 'utf8');
const VIEWS = ['article', 'claims', 'actors', 'sources', 'timeline', 'network', 'network&actor=russia', 'integrity'];

const explorer = useExplorer();

async function violations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('axe-core finds nothing', () => {
  for (const [width, height] of [[1280, 800], [360, 740]]) {
    for (const colorScheme of ['light', 'dark']) {
      for (const embed of ['', '&embed=1']) {
        test(`every view at ${width} px, ${colorScheme}${embed ? ', embedded' : ''}`, async () => {
          const page = await explorer.browser.newPage({ viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
          for (const view of VIEWS) {
            await page.goto(`${explorer.server.url}?view=${view}${embed}&q=russia`);
            await page.waitForSelector('html[data-state="ready"]');
            assert.deepEqual(await violations(page), [], `${view} view`);
          }
          await page.close();
        });
      }
    }
  }
});

describe('axe-core finds nothing in the other scripts and right to left', () => {
  for (const [lang, width, height, colorScheme] of [
    ['ar', 360, 740, 'light'],
    ['he', 1280, 800, 'dark'],
    ['he', 360, 740, 'light'],
    ['uk', 360, 740, 'dark'],
    ['uk', 1280, 800, 'light'],
    ['ar', 1280, 800, 'dark'],
  ]) {
    test(`every view in ${lang} at ${width} px, ${colorScheme}, and the Share panel with its languages`, async () => {
      const page = await explorer.browser.newPage({ viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
      for (const view of VIEWS) {
        await page.goto(`${explorer.server.url}?view=${view}&lang=${lang}`);
        await page.waitForSelector('html[data-state="ready"]');
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.deepEqual(await violations(page), [], `${view} view`);
      }
      await page.click('.share summary');
      await page.waitForSelector('#share-lang');
      assert.deepEqual(await violations(page), [], 'the Share panel');
      await page.close();
    });
  }
});

/** What has the keyboard focus, and whether it shows. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent || el.value || '').trim().slice(0, 60),
      lost: el === document.body || !el.isConnected,
      visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      attributes: { facet: el.dataset.facet, value: el.dataset.value, view: el.dataset.view, claimRef: el.dataset.claimRef },
    };
  });

/** Presses `key` (Tab, or Shift+Tab to go back) until `matches` says the focused element is the one wanted. */
async function tabTo(page, matches, key = 'Tab', limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    assert.ok(!now.lost, 'focus is never lost');
    assert.ok(now.visible, `focus is visible on ${now.tag} “${now.text}”`);
    if (matches(now)) return now;
  }
  throw new Error('never reached the element by keyboard');
}

test('a keyboard-only reader searches, filters, opens a claim, finds it in the article and clears', async () => {
  const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${explorer.server.url}?view=claims`);
  await page.waitForSelector('html[data-state="ready"]');
  await tabTo(page, (f) => f.tag === 'input' && f.text === '');
  await page.keyboard.type('casualties');
  await page.waitForSelector('[data-testid="result-count"]:has-text(" of ")');
  await tabTo(page, (f) => f.attributes.facet === 'by' && f.attributes.value === 'white-rex');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('by') === 'white-rex');
  const count = await page.textContent('[data-testid="result-count"]');
  assert.match(count, /^\d+ of \d+ claims$/);
  await tabTo(page, (f) => f.tag === 'a' && f.text.startsWith('Show in the article'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === null);
  const inArticle = await focused(page);
  assert.ok(inArticle.attributes.claimRef, 'focus moves to the claim in the text');
  assert.ok(!inArticle.lost);
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Clear all filters', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="result-count"]:not(:has-text(" of "))');
  assert.ok(!(await focused(page)).lost, 'focus is not lost when the button it was on goes away');
  await page.close();
});

// The newsroom's editor (?edit): every screen an editor passes through, from the start screen to
// the question before removing an actor, light and dark, on a phone and a laptop.
const TEXT = readFileSync(`${root}/crates/core/tests/texts/belgorod-incursions.txt`, 'utf8');

/** Opens the editor in a fresh context (empty storage), in the language `lang` names. */
async function openEditor(options, lang = '') {
  const page = await explorer.browser.newPage(options);
  await page.goto(`${explorer.server.url}?edit${lang ? `&lang=${lang}` : ''}`);
  await page.waitForSelector('html[data-state="ready"]');
  return page;
}

/** Shows the inspector's panel `label`. */
const showPanel = (page, label) => page.click(`nav.panel-tabs button:has-text("${label}")`);

describe('axe-core finds nothing in the editor', () => {
  for (const [width, height] of [[1280, 800], [360, 740]]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`every screen at ${width} px, ${colorScheme}`, async () => {
        const page = await openEditor({ viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
        // Every screen's violations, each named by its screen, so one run reports them all.
        const found = [];
        const none = async (what) => found.push(...(await violations(page)).map((v) => `${what}: ${v}`));
        await none('start screen');

        await page.fill('textarea[name="paste"]', TEXT);
        await page.click('[data-testid="draft"]');
        await page.waitForSelector('[data-paragraph-id]');
        await page.waitForSelector('[data-testid="problems"]', { state: 'attached' });
        await none('drafted article, Check panel');

        await page.click('.edit-text [data-claim-id]');
        await page.waitForSelector('[data-testid="claim-form"]');
        await none('claim form');
        await page.click('.mode-tabs button:has-text("Preview")');
        await page.waitForSelector('.preview');
        await none('Preview');
        await page.click('.mode-tabs button:has-text("Text")');
        await page.waitForSelector('.edit-text');

        await showPanel(page, 'Actors');
        await page.waitForSelector('ul.entries[aria-label="Actors"]');
        await none('Actors list');
        // The first actor after the author, whom the drafter makes claims by: removing it asks first.
        await page.click('ul.entries[aria-label="Actors"] li:not(:first-child) button');
        await page.waitForSelector('[data-testid="actor-form"]');
        await none('actor form');
        await page.click('[data-testid="actor-form"] button.danger');
        await page.waitForSelector('.dialog[role="alertdialog"]');
        await none('remove-actor dialog');
        await page.keyboard.press('Escape');
        await page.waitForSelector('.dialog', { state: 'detached' });

        await showPanel(page, 'Sources');
        await page.waitForSelector('ul.entries[aria-label="Sources"]');
        await none('Sources list');
        await page.click('ul.entries[aria-label="Sources"] li:first-child button');
        await page.waitForSelector('[data-testid="source-form"]');
        await none('source form');

        await showPanel(page, 'Article');
        await page.waitForSelector('[data-testid="article-form"]');
        await none('Article form');
        await showPanel(page, 'Download');
        await page.waitForSelector('[data-testid="download"]');
        await none('Download panel');
        assert.deepEqual(found, []);
        await page.close();
      });
    }
  }
});

for (const [lang, width, height] of [['ar', 360, 740], ['he', 1280, 800]]) {
  test(`axe-core finds nothing in the editor in ${lang} at ${width} px, with an Arabic text right to left`, async () => {
    const page = await openEditor({ viewport: { width, height }, reducedMotion: 'reduce' }, lang);
    const found = [];
    const none = async (what) => found.push(...(await violations(page)).map((v) => `${what}: ${v}`));
    await none('start screen');
    await page.fill('textarea[name="paste"]', 'عنوان\n\nقال الوزير: «الوضع تحت السيطرة». ونفت الشركة ذلك.\n');
    // No language with lists: the editor says so before drafting, and the text runs right to left.
    await page.waitForSelector('[data-testid="no-lists"]');
    await none('start screen, another language');
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-paragraph-id]');
    const text = await page.$eval('.edit-text', (t) => [t.lang, getComputedStyle(t).direction]);
    assert.deepEqual(text, ['und', 'rtl']);
    await none('drafted article');
    await page.click('.edit-text [data-claim-id]');
    await page.waitForSelector('[data-testid="claim-form"]');
    await none('claim form');
    assert.deepEqual(found, []);
    await page.close();
  });
}

test('an editor with only a keyboard selects words in the text and makes a claim of them', async () => {
  const page = await openEditor({ viewport: { width: 1280, height: 800 } });
  await page.fill('textarea[name="paste"]', TEXT);
  await page.click('[data-testid="draft"]');
  await page.waitForSelector('[data-paragraph-id]');
  await tabTo(page, (f) => f.tag === 'div' && f.text.startsWith('On the 22nd'));
  // The caret starts at the text's beginning: past “On the ”, then “22nd of May” selected.
  for (let i = 0; i < 'On the '.length; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < '22nd of May'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.waitForSelector('[data-testid="new-claim"]:not([disabled])');
  // The bar follows the selection as it grows, one key at a time.
  await page.waitForFunction(() => document.querySelector('.selection-said').textContent.includes('“22nd of May”'));
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'New claim', 'Shift+Tab');
  await page.keyboard.press('Enter');
  const form = page.locator('[data-testid="claim-form"]');
  await form.waitFor();
  assert.equal(await form.locator('.quote-field mark').textContent(), '22nd of May');
  const id = await form.getAttribute('data-claim-id');
  assert.equal(await page.$$eval(`.edit-text [data-claim-id="${id}"]`, (r) => r.map((x) => x.textContent).join('')), '22nd of May');
  await page.close();
});
