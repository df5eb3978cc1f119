// Accessibility: axe-core finds no violation in any view, light and dark, at 360 and 1280 px, also
// embedded; and a reader with only a keyboard can search, tick a facet, open a claim, jump to it in
// the article and clear the filters, with focus visible and never lost.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { root, useExplorer } from './harness.mjs';

const axeSource = readFileSync(`${root}/node_modules/axe-core/axe.min.js`, 'utf8');
const VIEWS = ['article', 'claims', 'actors', 'sources', 'integrity'];

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
