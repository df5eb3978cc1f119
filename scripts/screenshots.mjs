// Takes screenshots of every view at 1280x800 and 360x740, light and dark, from the release build
// (dist/), into tests/e2e/screenshots/. Usage: node scripts/screenshots.mjs [extra query string]
import { mkdirSync } from 'node:fs';
import { launch, root, serve } from '../tests/e2e/harness.mjs';

const out = `${root}/tests/e2e/screenshots`;
mkdirSync(out, { recursive: true });
const extra = process.argv[2] ?? '';
const server = await serve();
const browser = await launch();
try {
  for (const [width, height] of [[1280, 800], [360, 740]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme });
      for (const view of ['article', 'claims', 'actors', 'sources', 'integrity']) {
        await page.goto(`${server.url}?view=${view}${extra}`);
        await page.waitForSelector('html[data-state]');
        await page.screenshot({ path: `${out}/${view}-${width}-${colorScheme}.png` });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`screenshots in ${out}`);
