// The editor under the sequences that broke it (issue #21): the Preview's explorer kept positions
// into the article it first showed, and an undo that removed a claim under it stopped the editor.
// In headless Chromium against the release build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { root, selectWords, useExplorer } from './harness.mjs';

const explorer = useExplorer();
const SEED_FILE = readFileSync(`${root}/data/belgorod-incursions.json`, 'utf8');
const SEED_TEXT = readFileSync(`${root}/crates/core/tests/texts/belgorod-incursions.txt`, 'utf8');

/** A page of its own on the editor's start screen, its errors kept. */
async function openEditor() {
  const page = await (await explorer.browser.newContext()).newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  await page.goto(`${explorer.server.url}?edit`);
  await page.waitForSelector('html[data-state="ready"]');
  return page;
}

async function openSeedFile() {
  const page = await openEditor();
  await page.setInputFiles('[data-testid="open"]', {
    name: 'belgorod-incursions.json', mimeType: 'application/json', buffer: Buffer.from(SEED_FILE),
  });
  await page.waitForSelector('[data-paragraph-id]');
  return page;
}

/** The editor with the seed's text drafted. */
async function draftSeed() {
  const page = await openEditor();
  await page.fill('textarea[name="paste"]', SEED_TEXT);
  await page.click('[data-testid="draft"]');
  await page.waitForSelector('[data-paragraph-id]');
  return page;
}

/** The file as the editor last saved it in this browser (its saves follow an edit within 50 ms). */
async function savedFile(page) {
  await page.waitForTimeout(200);
  const key = `claimscope-editor:${await page.evaluate(() => localStorage.getItem('claimscope-editor-last'))}`;
  return page.evaluate((k) => JSON.parse(JSON.parse(localStorage.getItem(k)).json), key);
}

/** Makes a claim of `words` in paragraph `id` and gives the new claim's id. */
async function newClaim(page, id, words) {
  await page.evaluate(selectWords, [id, words, 0]);
  await page.click('[data-testid="new-claim"]');
  const form = page.locator('[data-testid="claim-form"]');
  await form.waitFor();
  return form.getAttribute('data-claim-id');
}

describe('editor trust', () => {
  test('undo under a Preview that selects the undone claim does not stop the editor', async () => {
    const page = await openSeedFile();
    const first = await newClaim(page, 'p1', 'two-day incursion');
    const second = await newClaim(page, 'p2', 'Armed clashes');
    assert.notEqual(first, second);
    await page.click('.mode-tabs button:has-text("Preview")');
    const mark = page.locator(`.preview [data-claim-ref="${second}"]`).first();
    await mark.click();
    await page.waitForSelector(`.preview [data-claim-ref="${second}"][data-selected]`);
    await page.click('.editor-bar button:has-text("Undo")');
    await page.waitForFunction((id) => !document.querySelector(`.preview [data-claim-ref="${id}"]`), second);
    assert.equal(await page.locator('.preview .explorer').count(), 1, 'the Preview still shows the explorer');
    await page.click('.editor-bar button:has-text("Undo")');
    await page.click('.editor-bar button:has-text("Redo")');
    await page.click('.editor-bar button:has-text("Redo")');
    await page.waitForSelector(`.preview [data-claim-ref="${second}"]`);
    assert.deepEqual(page.errors.map(String), []);
    await page.close();
  });
});

/** What this browser saved of the seed article. */
const stored = (page) => page.evaluate((id) => JSON.parse(JSON.parse(localStorage.getItem(`claimscope-editor:${id}`)).json), 'belgorod-incursions');

/** Opens the claim `id` from the Claims panel's list. */
async function openClaim(page, id) {
  await page.click('nav.panel-tabs button:has-text("Claims")');
  const back = page.locator('.panel button.back');
  if (await back.count()) await back.click();
  await page.click(`ul.entries li[data-claim-id="${id}"] button`);
  await page.waitForSelector(`[data-testid="claim-form"][data-claim-id="${id}"]`);
}

describe('editor trust: the Preview', () => {
  test('undoing back to the opened version never flickers “cannot show” in the Preview', async () => {
    const page = await openSeedFile();
    await newClaim(page, 'p1', 'two-day incursion');
    await page.click('.mode-tabs button:has-text("Preview")');
    await page.waitForSelector('.preview .explorer');
    await page.evaluate(() => {
      window.blocked = false;
      new MutationObserver(() => {
        if (document.querySelector('.preview-blocked')) window.blocked = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.click('.editor-bar button:has-text("Undo")');
    await page.waitForSelector('.editor-bar button[disabled]:has-text("Undo")');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.blocked), false, 'the Preview kept showing the explorer');
    assert.equal(await page.locator('.preview .explorer').count(), 1);
    await page.close();
  });
});

describe('editor exact (issue #26)', () => {
  test('a claim’s form shows its own kind and claimant after other claims’ were chosen', async () => {
    const page = await openSeedFile();
    const file = JSON.parse(SEED_FILE);
    const kinds = [...new Set(file.claims.map((c) => c.kind))];
    assert.ok(kinds.length >= 2);
    const actorIds = file.actors.map((a) => a.id);
    // Every claim is opened after another claim's kind and claimant were set by hand.
    for (const [n, claim] of file.claims.slice(0, 8).entries()) {
      const other = file.claims[(n + 7) % file.claims.length];
      await openClaim(page, other.id);
      const form = page.locator('[data-testid="claim-form"]');
      const kind = kinds.find((k) => k !== claim.kind && k !== other.kind);
      const claimant = actorIds.find((a) => a !== claim.claimant && a !== other.claimant);
      await form.locator('select[name="kind"]').selectOption(kind);
      await form.locator('select[name="claimant"]').selectOption(claimant);
      if (n === 0) {
        // An undo puts back the value the same form shows, though a person chose in it.
        await page.click('.editor-bar button:has-text("Undo")');
        await page.waitForFunction((k) => document.querySelector('[data-testid="claim-form"] select[name="claimant"]').value !== k, claimant);
        assert.equal(await form.locator('select[name="kind"]').inputValue(), kind, 'one undo, one field');
        assert.equal(await form.locator('select[name="claimant"]').inputValue(), other.claimant, 'the claimant undone shows');
        await form.locator('select[name="claimant"]').selectOption(claimant);
      }
      await openClaim(page, claim.id);
      const expected = (await stored(page)).claims.find((c) => c.id === claim.id);
      assert.equal(await form.locator('select[name="kind"]').inputValue(), expected.kind, `${claim.id}’s kind`);
      assert.equal(await form.locator('select[name="claimant"]').inputValue(), expected.claimant, `${claim.id}’s claimant`);
      const undo = page.locator('.editor-bar button:has-text("Undo")');
      while (await undo.isEnabled()) await undo.click();
    }
    assert.deepEqual(page.errors.map(String), []);
    await page.close();
  });

  test('a claim can be about its own claimant, and the box for it is always there', async () => {
    const page = await openSeedFile();
    const file = JSON.parse(SEED_FILE);
    const claim = file.claims.find((c) => !c.subjects.includes(c.claimant));
    await openClaim(page, claim.id);
    const box = page.locator(`[data-testid="claim-form"] input[name="subjects"][value="${claim.claimant}"]`);
    assert.equal(await box.count(), 1, 'the claimant’s box is shown');
    await box.check();
    await page.waitForFunction(
      ([id, who, key]) => JSON.parse(JSON.parse(localStorage.getItem(key)).json).claims.find((c) => c.id === id).subjects.includes(who),
      [claim.id, claim.claimant, 'claimscope-editor:belgorod-incursions'],
    );
    await box.uncheck();
    await page.waitForFunction(
      ([id, who, key]) => !JSON.parse(JSON.parse(localStorage.getItem(key)).json).claims.find((c) => c.id === id).subjects.includes(who),
      [claim.id, claim.claimant, 'claimscope-editor:belgorod-incursions'],
    );
    await page.close();
  });

  test('opening the editor in a second tab leaves the first tab saving, and a stale tab waits for a choice', async () => {
    const a = await openSeedFile();
    const context = a.context();
    const [first, second] = JSON.parse(SEED_FILE).claims;
    const saved = (page) => page.waitForFunction(() => document.querySelector('[data-testid="saving"]').textContent === 'Saved in this browser');
    await openClaim(a, first.id);
    await a.fill('[data-testid="claim-form"] textarea[name="summary"]', 'Edited in tab A, first.');
    await saved(a);
    const b = await context.newPage();
    b.errors = [];
    b.on('pageerror', (e) => b.errors.push(e));
    await b.goto(`${explorer.server.url}?edit`);
    await b.waitForSelector('[data-paragraph-id]');
    await b.waitForTimeout(1500);
    await openClaim(a, second.id);
    await a.fill('[data-testid="claim-form"] textarea[name="summary"]', 'Edited in tab A, second.');
    await a.waitForTimeout(1500);
    assert.equal(await a.textContent('[data-testid="saving"]'), 'Saved in this browser', 'opening tab B took nothing from tab A');
    // Tab B is now behind: it says so, and holds its edits back until the person chooses.
    await b.waitForSelector('[data-testid="other-tab"]');
    assert.equal(await b.locator('.editor-layout[inert]').count(), 1, 'tab B’s workspace waits');
    await a.reload();
    await a.waitForSelector('[data-paragraph-id]');
    const kept = await stored(a);
    assert.equal(kept.claims.find((c) => c.id === first.id).summary, 'Edited in tab A, first.');
    assert.equal(kept.claims.find((c) => c.id === second.id).summary, 'Edited in tab A, second.');
    await b.click('[data-testid="other-tab"] button:has-text("The other tab")');
    await b.waitForSelector('.editor-layout:not([inert])');
    await openClaim(b, first.id);
    assert.equal(await b.inputValue('[data-testid="claim-form"] textarea[name="summary"]'), 'Edited in tab A, first.');
    assert.deepEqual([...a.errors, ...b.errors].map(String), []);
    await context.close();
  });

  test('leaving a tab whose work the browser refused to store asks first', async () => {
    const context = await explorer.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${explorer.server.url}?edit`);
    await page.waitForSelector('html[data-state="ready"]');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await page.setInputFiles('[data-testid="open"]', {
      name: 'belgorod-incursions.json', mimeType: 'application/json', buffer: Buffer.from(SEED_FILE),
    });
    await page.waitForSelector('[data-paragraph-id]');
    await page.waitForFunction(() => document.querySelector('[data-testid="saving"]').textContent.startsWith('Not saved'));
    const asks = await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
    assert.ok(asks, 'beforeunload is prevented while work is unsaved');
    await context.close();
  });

  test('“Is another name of” merges a duplicate actor: its claims move, it goes, in one step of undo', async () => {
    const page = await openSeedFile();
    const name = 'Liberty of Russia Legion';
    await page.evaluate(selectWords, ['p1', name, 0]);
    await page.click('[data-testid="new-actor"]');
    const actorForm = page.locator('[data-testid="actor-form"]');
    await actorForm.waitFor();
    const duplicate = await actorForm.getAttribute('data-actor-id');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('name')), 'name', 'focus is on the new actor’s name');
    assert.equal(await actorForm.locator('select[name="kind"]').inputValue(), 'organisation', 'its kind is guessed from its words');
    // A claim by and about the duplicate.
    const id = await newClaim(page, 'p1', 'whose aim is to dismantle Putin’s government');
    const form = page.locator('[data-testid="claim-form"]');
    await form.locator('select[name="claimant"]').selectOption(duplicate);
    await form.locator(`input[name="subjects"][value="${duplicate}"]`).check();
    await page.evaluate(selectWords, ['p1', name, 0]);
    await page.waitForFunction((n) => document.querySelector('.selection-said').textContent.includes(n), name);
    const proposed = await page.$eval('select[name="alias-of"]', (s) => s.selectedOptions[0].textContent);
    assert.equal(proposed, 'Freedom of Russia Legion', 'the picker proposes the actor the name most likely is');
    await page.click('[data-testid="alias"]');
    await page.waitForSelector('[data-testid="actor-form"][data-actor-id="freedom-of-russia-legion"]');
    await page.waitForFunction(
      ([key, who]) => !JSON.parse(JSON.parse(localStorage.getItem(key)).json).actors.some((a) => a.id === who),
      ['claimscope-editor:belgorod-incursions', duplicate],
    );
    const file = await stored(page);
    assert.ok(!file.actors.some((a) => a.id === duplicate), 'the duplicate is gone');
    const claim = file.claims.find((c) => c.id === id);
    assert.equal(claim.claimant, 'freedom-of-russia-legion');
    assert.ok(claim.subjects.includes('freedom-of-russia-legion') && !claim.subjects.includes(duplicate));
    await page.click('.editor-bar button:has-text("Undo")');
    await page.waitForFunction(
      ([key, who]) => JSON.parse(JSON.parse(localStorage.getItem(key)).json).actors.some((a) => a.id === who),
      ['claimscope-editor:belgorod-incursions', duplicate],
    );
    assert.deepEqual(page.errors.map(String), []);
    await page.close();
  });

  test('marking a claim checked opens the next unchecked one, and the active panel’s tab goes back to its list', async () => {
    const page = await draftSeed();
    await page.click('nav.panel-tabs button:has-text("Claims")');
    await page.locator('.panel ul.entries button.entry').first().click();
    const drafted = async () => (await page.evaluate((key) => JSON.parse(JSON.parse(localStorage.getItem(key) ?? '{"json":"{}"}').json).claims ?? [],
      `claimscope-editor:${await page.evaluate(() => localStorage.getItem('claimscope-editor-last'))}`)).filter((c) => c.drafted).map((c) => c.id);
    let seen = 0;
    while (await page.locator('.panel .confirm-entry').count()) {
      const before = await page.getAttribute('[data-testid="claim-form"]', 'data-claim-id');
      await page.click('.panel .confirm-entry');
      await page.waitForFunction((id) => document.querySelector('[data-testid="claim-form"]')?.dataset.claimId !== id
        || !document.querySelector('.panel .confirm-entry'), before);
      seen++;
      assert.ok(seen < 200, 'the pass ends');
    }
    await page.waitForTimeout(300);
    assert.deepEqual(await drafted(), [], 'one pass checked every drafted claim');
    await page.click('nav.panel-tabs button:has-text("Claims")');
    await page.waitForSelector('.panel ul.entries');
    await page.close();
  });

  test('“Mark all actors as checked” checks every drafted actor and no claim, in one step undo takes back', async () => {
    const page = await draftSeed();
    const file = () => savedFile(page);
    const drafted = (list) => list.filter((entry) => entry.drafted).map((entry) => entry.id);
    const before = await file();
    assert.ok(drafted(before.actors).length > 1 && drafted(before.claims).length > 0);
    await page.click('nav.panel-tabs button:has-text("Actors")');
    // Each drafted actor carries the list's badge until the button checks them all.
    const badges = () => page.$$eval('.panel ul.entries li[data-actor-id]', (items) =>
      items.filter((li) => li.querySelector('.badge')).map((li) => li.dataset.actorId));
    assert.deepEqual((await badges()).sort(), drafted(before.actors).sort());
    await page.click('[data-testid="check-actors"]');
    await page.waitForSelector('[data-testid="check-actors"]', { state: 'detached' });
    assert.deepEqual(await badges(), []);
    const after = await file();
    assert.deepEqual(drafted(after.actors), []);
    assert.deepEqual(drafted(after.claims), drafted(before.claims));
    await page.focus('.edit-text');
    await page.keyboard.press('Control+z');
    await page.waitForSelector('[data-testid="check-actors"]');
    assert.deepEqual(drafted((await file()).actors).sort(), drafted(before.actors).sort());
    assert.deepEqual(page.errors.map(String), []);
    await page.close();
  });

  test('an actor is removed from its list, asking first where claims use it, and undo brings it back; a claim too', async () => {
    const page = await draftSeed();
    await page.click('nav.panel-tabs button:has-text("Actors")');
    const before = await savedFile(page);
    // One used by claims, and so asked about; its claims lose it.
    const used = before.actors.find((a) => a.kind !== 'author' && before.claims.some((c) => c.subjects.includes(a.id)));
    const label = await page.getAttribute(`ul.entries li[data-actor-id="${used.id}"] .entry-remove`, 'aria-label');
    assert.equal(label, `Remove ${used.name}`);
    await page.click(`ul.entries li[data-actor-id="${used.id}"] .entry-remove`);
    await page.click('[data-testid="confirm"]');
    await page.waitForSelector(`ul.entries li[data-actor-id="${used.id}"]`, { state: 'detached' });
    const after = await savedFile(page);
    assert.deepEqual(after.actors.map((a) => a.id), before.actors.map((a) => a.id).filter((id) => id !== used.id));
    assert.ok(after.claims.every((c) => !c.subjects.includes(used.id) && c.claimant !== used.id));
    await page.focus('.edit-text');
    await page.keyboard.press('Control+z');
    await page.waitForSelector(`ul.entries li[data-actor-id="${used.id}"]`);
    assert.deepEqual((await savedFile(page)).actors.map((a) => a.id), before.actors.map((a) => a.id));
    // A claim goes from its list at once: nothing else refers to it.
    const claim = before.claims.find((c) => !(before.relations ?? []).some((r) => r.claims.includes(c.id)));
    await page.click('nav.panel-tabs button:has-text("Claims")');
    await page.click(`ul.entries li[data-claim-id="${claim.id}"] .entry-remove`);
    await page.waitForSelector(`ul.entries li[data-claim-id="${claim.id}"]`, { state: 'detached' });
    const claims = (await savedFile(page)).claims.map((c) => c.id);
    assert.deepEqual(claims, before.claims.map((c) => c.id).filter((id) => id !== claim.id));
    assert.deepEqual(page.errors.map(String), []);
    await page.close();
  });

  test('a new event reaches the file without a made-up label, and its list says it has none', async () => {
    const page = await openSeedFile();
    const events = JSON.parse(SEED_FILE).events.length;
    await page.click('nav.panel-tabs button:has-text("Events")');
    await page.click('.panel button:has-text("Add an event")');
    const file = await savedFile(page);
    assert.equal(file.events.length, events + 1);
    assert.equal(file.events.at(-1).label, '');
    await page.click('nav.panel-tabs button:has-text("Events")');
    const labels = await page.$$eval('.panel ul.entries .entry-label', (nodes) => nodes.map((n) => n.textContent));
    assert.equal(labels.length, events + 1);
    assert.equal(labels.filter((l) => l === 'Event without a label').length, 1);
    await page.close();
  });

  test('a drafted story reaches readers without filler: no made-up descriptions, one pair of quotation marks, no stray separators, and undo outside a field logs nothing', async () => {
    const page = await openEditor();
    const logged = [];
    page.on('console', (message) => logged.push(message.text()));
    await page.fill('textarea[name="paste"]', readFileSync(`${root}/tests/drafting/court.txt`, 'utf8'));
    await page.click('[data-testid="draft"]');
    await page.waitForSelector('[data-paragraph-id]');
    const file = await savedFile(page);
    // A description the drafter has none for is left empty for the checker to ask about.
    assert.ok(file.actors.some((a) => a.summary === ''));
    assert.deepEqual(file.actors.filter((a) => /paragraph \d/i.test(a.summary)).map((a) => a.summary), []);
    // Ctrl+Z with the focus on no field: the editor's undo, and no complaint from the browser.
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('Control+z');
    assert.deepEqual(logged.filter((text) => /passive/i.test(text)), []);
    await page.click('button:has-text("Preview")');
    const preview = page.locator('.preview');
    await preview.locator('a[data-view="claims"]').click();
    await preview.locator('.claim-card').first().waitFor();
    // Each quote as it shows: its text between the marks the card adds, if it adds any.
    const quotes = await preview.locator('blockquote.quote').evaluateAll((nodes) => nodes.map((q) => {
      const mark = (which) => getComputedStyle(q, which).content
        .replace('open-quote', '“').replace('close-quote', '”').replace(/^"|"$/g, '').replace(/^none$|^normal$/, '');
      return `${mark('::before')}${q.textContent.trim()}${mark('::after')}`;
    }));
    // The story quotes people: some quotes hold their own marks, which the card does not double.
    assert.ok(await preview.locator('blockquote.quote[data-quoted]').count() > 0);
    assert.deepEqual(quotes.filter((q) => /^[“"«„]{2}|[”"»“]{2}$/.test(q)), []);
    // Bylines and other names: no line of the Preview is only a separator.
    await preview.locator('a[data-view="actors"]').click();
    await preview.locator('.actor-card').first().waitFor();
    const lines = (await preview.innerText()).split('\n').map((line) => line.trim());
    assert.deepEqual(lines.filter((line) => /^[·,;]$/.test(line)), []);
    assert.deepEqual(page.errors.map(String), []);
    await page.close();
  });

  test('renaming an actor to a spelling the text does not use is warned about', async () => {
    const page = await openSeedFile();
    await page.click('nav.panel-tabs button:has-text("Actors")');
    await page.click('ul.entries li[data-actor-id="denis-kapustin"] button.entry');
    await page.fill('[data-testid="actor-form"] input[name="name"]', "RDK's leader");
    await page.click('nav.panel-tabs button:has-text("Check")');
    await page.waitForSelector('[data-testid="warnings"] li');
    const warnings = await page.$$eval('[data-testid="warnings"] li', (items) => items.map((i) => i.textContent));
    assert.ok(warnings.some((w) => w.includes("the text does not write “RDK's leader” but “RDK’s leader”")), warnings.join(' | '));
    await page.close();
  });

  test('the tab names the open article, and a person can go back to the start screen', async () => {
    const page = await openSeedFile();
    const title = JSON.parse(SEED_FILE).article.title;
    await page.waitForFunction((t) => document.title.startsWith(t), title);
    await page.click('[data-testid="close"]');
    await page.waitForSelector('textarea[name="paste"]');
    assert.equal(await page.title(), 'Claimscope editor');
    await page.close();
  });
});
