// Takes screenshots of every view at 1280x800 and 360x740, light and dark, from the release build
// (dist/), of the explorer embedded in a news page on another origin, and of the editor (its start,
// a drafted article with a claim open), into tests/e2e/screenshots/.
// Usage: node scripts/screenshots.mjs [extra query string]   (with lang=, e.g. "&lang=ar", into
// tests/e2e/screenshots/<lang>/)
import { mkdirSync, readFileSync } from 'node:fs';
import { launch, root, serve } from '../tests/e2e/harness.mjs';

const extra = process.argv[2] ?? '';
const lang = new URLSearchParams(extra.replace(/^[&?]/, '')).get('lang');
const out = `${root}/tests/e2e/screenshots${lang ? `/${lang}` : ''}`;
mkdirSync(out, { recursive: true });
const server = await serve();
const host = await serve(root, {
  host: 'localhost',
  routes: {
    '/news.html': {
      type: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><title>Host</title>
<style>body{font:18px Georgia,serif;max-width:680px;margin:1.5rem auto;padding:0 1rem}</style>
<h1>A news page</h1><p>The article's own text runs here, and the explorer sits in the column.</p>
<iframe data-claimscope src="${server.url}?embed=1&view=claims${extra}" title="Claimscope"></iframe>
<script src="${server.url}embed.js"></script><p>More of the host's text.</p>`,
    },
  },
});
const browser = await launch();
try {
  for (const [width, height] of [[1280, 800], [360, 740]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      for (const view of ['article', 'claims', 'actors', 'sources', 'timeline', 'network', 'integrity']) {
        await page.goto(`${server.url}?view=${view}${extra}`);
        await page.waitForSelector('html[data-state]');
        await page.screenshot({ path: `${out}/${view}-${width}-${colorScheme}.png` });
      }
      await page.close();
    }
    for (const colorScheme of ['light', 'dark']) {
      const editor = await browser.newPage({ viewport: { width, height }, colorScheme });
      await editor.goto(`${server.url}?edit${extra}`);
      await editor.waitForSelector('html[data-state="ready"]');
      await editor.screenshot({ path: `${out}/editor-start-${width}-${colorScheme}.png` });
      await editor.fill('textarea[name="paste"]', readFileSync(`${root}/crates/core/tests/texts/belgorod-incursions.txt`, 'utf8'));
      await editor.click('[data-testid="draft"]');
      await editor.locator('.edit-text [data-claim-id]').nth(3).click();
      await editor.waitForSelector('[data-testid="claim-form"]');
      await editor.screenshot({ path: `${out}/editor-claim-${width}-${colorScheme}.png` });
      await editor.close();
    }
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${host.url}news.html`);
    await page.frameLocator('iframe').locator('[data-claim-id]').first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/embedded-${width}.png` });
    await page.locator('iframe').evaluate((frame) => frame.scrollIntoView());
    await page.screenshot({ path: `${out}/embedded-${width}-frame.png` });
    await page.close();
  }
} finally {
  host.stop();
  await browser.close();
  server.stop();
}
console.log(`screenshots in ${out}`);
