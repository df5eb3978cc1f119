// The editor under a random session (issue #21): a few hundred actions a person could take —
// select words and make a claim, an actor, a citation or another name of them; open entries and
// type, choose and tick in their forms; remove, undo, redo; look at the Preview and click in it;
// reload — drawn from a seeded generator, so that a failure names the seed and the step that
// replay it. No page error may happen, and the file downloaded at the end must pass
// `claimscope check`. In headless Chromium against the release build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { random, root, selectWords, useExplorer } from './harness.mjs';

const explorer = useExplorer();
const SEED_FILE = readFileSync(`${root}/data/belgorod-incursions.json`, 'utf8');
const STEPS = Number(process.env.CLAIMSCOPE_RANDOM_STEPS ?? 300);
const SEEDS = [1, 2, 3];
const WORDS = ['raid', 'Belgorod', 'White Rex', 'denial', 'Ігор', 'casualties', 'border', '“quoted”'];

/** Actions, each given the page and the generator; each returns what it did, for the log. */
const ACTIONS = [
  [6, async function selectAndAnnotate(page, next) {
    await page.click('.mode-tabs button:has-text("Text")');
    const paragraphs = await page.$$eval('.edit-text [data-paragraph-id]', (ps) => ps.map((p) => [p.dataset.paragraphId, p.textContent]));
    const [id, text] = paragraphs[Math.floor(next() * paragraphs.length)];
    const words = text.split(' ');
    const start = Math.floor(next() * words.length);
    const picked = words.slice(start, start + 1 + Math.floor(next() * 6)).join(' ').trim();
    if (!picked) return 'nothing to select';
    await page.evaluate(selectWords, [id, picked, 0]);
    const button = ['new-claim', 'new-claim', 'new-actor', 'cite', 'alias'][Math.floor(next() * 5)];
    const target = page.locator(`[data-testid="${button}"]`);
    if (!(await target.count()) || !(await target.isEnabled())) return `selected “${picked}”, ${button} not offered`;
    await target.click();
    return `${button} of “${picked}” in ${id}`;
  }],
  [5, async function openEntry(page, next) {
    const panel = ['Claims', 'Actors', 'Sources', 'Events'][Math.floor(next() * 4)];
    await page.click(`nav.panel-tabs button:has-text("${panel}")`);
    const back = page.locator('.panel button.back');
    if (await back.count()) await back.click();
    const entries = page.locator('.panel ul.entries button.entry');
    const count = await entries.count();
    if (count === 0) return `no ${panel.toLowerCase()}`;
    const at = Math.floor(next() * count);
    await entries.nth(at).click();
    return `open ${panel} #${at}`;
  }],
  [8, async function fillForm(page, next) {
    const form = page.locator('.panel .entry-form');
    if (!(await form.count())) return 'no form open';
    // Fields that any text keeps valid; dates get a date.
    const fields = form.locator('textarea[name="summary"], textarea[name="note"], input[name="label"], input[name="date"], select, input[type="checkbox"]');
    const count = await fields.count();
    if (count === 0) return 'a form without fields';
    const field = fields.nth(Math.floor(next() * count));
    const [tag, type, name] = await field.evaluate((f) => [f.tagName, f.type, f.name]);
    if (tag === 'SELECT') {
      const options = await field.locator('option').evaluateAll((os) => os.map((o) => o.value));
      const value = options[Math.floor(next() * options.length)];
      await field.selectOption(value);
      return `choose ${name} = ${value}`;
    }
    if (type === 'checkbox') {
      await field.click();
      return `tick ${name}`;
    }
    const value = name === 'date' ? `2023-05-${10 + Math.floor(next() * 20)}` : `${WORDS[Math.floor(next() * WORDS.length)]} ${Math.floor(next() * 100)}`;
    await field.fill(value);
    return `type ${name} = ${value}`;
  }],
  [1, async function newEvent(page) {
    await page.click('nav.panel-tabs button:has-text("Events")');
    const back = page.locator('.panel button.back');
    if (await back.count()) await back.click();
    await page.click('.panel button:has-text("Add an event")');
    const form = page.locator('[data-testid="event-form"]');
    await form.waitFor();
    await form.locator('input[name="date"]').fill('2023-05-22');
    return 'new event, dated';
  }],
  [2, async function remove(page, next) {
    const button = page.locator('.panel .entry-form button.danger');
    if (!(await button.count())) return 'nothing to remove';
    await button.click();
    const dialog = page.locator('.dialog');
    if (await dialog.count()) {
      const yes = next() < 0.7;
      await dialog.locator(yes ? '[data-testid="confirm"]' : 'button:has-text("Cancel")').click();
      return `remove, asked, ${yes ? 'yes' : 'no'}`;
    }
    return 'remove';
  }],
  [3, async function undoOrRedo(page, next) {
    const which = next() < 0.65 ? 'Undo' : 'Redo';
    if (next() < 0.5) {
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press(which === 'Undo' ? 'Control+z' : 'Control+Shift+z');
      return `${which} by key`;
    }
    const button = page.locator(`.editor-bar button:has-text("${which}")`);
    if (!(await button.isEnabled())) return `${which} not offered`;
    await button.click();
    return which;
  }],
  [2, async function preview(page, next) {
    await page.click('.mode-tabs button:has-text("Preview")');
    const inside = page.locator('.preview a.claim, .preview .view-tabs a, .preview .facet-option input');
    const count = await inside.count();
    let did = 'preview';
    for (let n = 0; n < 3 && count > 0; n++) {
      const at = Math.floor(next() * count);
      const target = inside.nth(at);
      if (await target.isVisible()) {
        await target.click();
        did += ` · click #${at}`;
      }
    }
    return did;
  }],
  [1, async function checked(page) {
    const button = page.locator('.panel .confirm-entry');
    if (!(await button.count())) return 'nothing to check';
    await button.click();
    return 'mark as checked';
  }],
  [1 / 3, async function reload(page) {
    await page.waitForTimeout(200);
    await page.reload();
    await page.waitForSelector('[data-paragraph-id]');
    return 'reload';
  }],
];
const WEIGHT = ACTIONS.reduce((sum, [w]) => sum + w, 0);

function pick(next) {
  let at = next() * WEIGHT;
  for (const [weight, action] of ACTIONS) {
    if ((at -= weight) < 0) return action;
  }
  return ACTIONS[0][1];
}

describe('the editor under a random session', () => {
  for (const seed of SEEDS) {
    test(`${STEPS} random actions from seed ${seed} break nothing, and the download checks`, async () => {
      const context = await explorer.browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('dialog', (d) => d.dismiss());
      page.setDefaultTimeout(5000);
      await page.goto(`${explorer.server.url}?edit`);
      await page.waitForSelector('html[data-state="ready"]');
      await page.setInputFiles('[data-testid="open"]', {
        name: 'belgorod-incursions.json', mimeType: 'application/json', buffer: Buffer.from(SEED_FILE),
      });
      await page.waitForSelector('[data-paragraph-id]');
      const next = random(seed);
      const log = [];
      for (let step = 0; step < STEPS; step++) {
        const action = pick(next);
        try {
          log.push(`${step}: ${await action(page, next)}`);
        } catch (error) {
          throw new Error(`seed ${seed}, step ${step} (${action.name}) failed: ${error.message}\n${log.slice(-12).join('\n')}`);
        }
        assert.deepEqual(errors, [], `seed ${seed}, step ${step}: a page error after ${log.at(-1)}\n${log.slice(-12).join('\n')}`);
      }
      await page.click('.mode-tabs button:has-text("Text")');
      // An undo can take back half of what a person did in two steps (an event's date, typed
      // after adding it): the Check panel lists what is left to fix, and a problem's button
      // opens its field, as an editor would fix it.
      await page.click('nav.panel-tabs button:has-text("Check")');
      for (let round = 0; round < 30; round++) {
        await page.waitForSelector('.check');
        const problem = page.locator('[data-testid="problems"] li button').first();
        if (!(await problem.count())) break;
        const said = await page.locator('[data-testid="problems"] li').first().textContent();
        await problem.click();
        const field = await page.evaluate(() => document.activeElement?.getAttribute('name'));
        assert.equal(field, 'date', `seed ${seed}: only a date can be left to fill, not “${said}”\n${log.slice(-20).join('\n')}`);
        await page.keyboard.type('2023-05-22');
        await page.click('nav.panel-tabs button:has-text("Check")');
      }
      await page.waitForTimeout(300);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download"]')]);
      const path = await download.path();
      try {
        execFileSync('cargo', ['run', '-q', '-p', 'claimscope-cli', '--', 'check', path], { cwd: root, stdio: 'pipe' });
      } catch (error) {
        assert.fail(`seed ${seed}: claimscope check refused the download:\n${error.stdout}${error.stderr}\n${log.slice(-20).join('\n')}`);
      }
      await context.close();
    });
  }
});
