// Counts the actions a full correction takes in the editor (issue #26): the court story of
// tests/drafting/ (nine paragraphs: three quoted people, an institution speaking, a company, a
// judge) is drafted, then corrected in the built editor, step by step, into its hand-made gold
// annotation — every claim's quote, claimant, kind, subjects and sources, every actor's name,
// other names and kind — and each click, choice, selection and field typed in is one action.
// Beside it, the same corrections are tallied as the editor before issue #26 took them (the
// form stayed open after “Mark as checked”, so each claim was opened from its list; a new
// actor's kind was guessed only as person or organisation; “Is another name of” proposed the
// first actor of the list). At the end the file is compared with the gold annotation: the
// correction must be complete, or the count means nothing.
// Usage: node scripts/bench-correction.mjs [TEXT GOLD.json] [--by-action]   (after the release
// build in dist/; the court story of tests/drafting/ without a text; --by-action also prints how
// many actions of each kind the correction took)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, root, selectWords, serve } from '../tests/e2e/harness.mjs';

const byAction = process.argv.includes('--by-action');
const paths = process.argv.slice(2).filter((a) => a !== '--by-action');
const [textPath, goldPath] = paths.length === 2
  ? paths
  : [`${root}/tests/drafting/court.txt`, `${root}/tests/drafting/court.json`];
const TEXT = readFileSync(textPath, 'utf8');
const GOLD = JSON.parse(readFileSync(goldPath, 'utf8'));

const server = await serve();
const browser = await launch();
const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
page.setDefaultTimeout(5000);
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));

/** Actions taken in the editor as it is, and as the editor before #26 would have taken them:
 * each action below counts for both, and where the editor before differed, the difference is
 * added to `before` where it arises. `impossible`: corrections the editor before could not make. */
const count = { now: 0, before: 0, impossible: 0 };
const both = (n) => { count.now += n; count.before += n; };
/** Actions taken now, by kind: what was clicked, chosen or typed in, or a selection. */
const kinds = {};
const tally = (kind) => { kinds[kind] = (kinds[kind] ?? 0) + 1; };
/** A selector's kind, without the entry it names. */
const kindOf = (selector) => selector.replace(/\[(data-[a-z]+-id|value)="[^"]*"\]/g, '');
/** Whether the last action checked a claim, which now opens the next unchecked one. */
let advanced = false;

const click = async (selector) => { both(1); tally(`click ${kindOf(selector)}`); await page.click(selector); };
const fill = async (selector, text) => { both(1); tally(`type in ${kindOf(selector)}`); await page.fill(selector, text); };
const choose = async (selector, value) => { both(1); tally(`choose in ${kindOf(selector)}`); await page.selectOption(selector, value); };
async function select(paragraph, words) {
  both(1);
  tally('select words in the text');
  await page.evaluate(selectWords, [paragraph, words, 0]);
  await page.waitForFunction((w) => document.querySelector('.selection-said')?.textContent.includes(w.slice(0, 40)), words);
}
/** The file as the editor saved it, once the last edit's save (at most 50 ms after its paint)
 * has happened. */
async function saved() {
  await page.waitForTimeout(150);
  return page.evaluate(() => {
    const id = localStorage.getItem('claimscope-editor-last');
    return JSON.parse(JSON.parse(localStorage.getItem(`claimscope-editor:${id}`)).json);
  });
}
const settle = () => page.waitForTimeout(120);
const form = (kind) => page.locator(`[data-testid="${kind}-form"]`);

/** Shows the list of `panel` (Claims, Actors): its tab when another panel shows, the tab again
 * from a form back to the list (before: “← All”). */
async function list(panel) {
  if (!(await page.locator(`nav.panel-tabs button[aria-pressed="true"]:has-text("${panel}")`).count())) {
    await click(`nav.panel-tabs button:has-text("${panel}")`);
  }
  if (await page.locator('.panel button.back').count()) await click(`nav.panel-tabs button:has-text("${panel}")`);
}

/** Opens entry `id` of `panel` (Claims, Actors) unless its form shows: its list, and its entry.
 * A form that shows because checking the claim before opened it took two actions before. */
async function open(panel, kind, id) {
  const shown = await form(kind).getAttribute(`data-${kind}-id`).catch(() => null);
  const wasAdvanced = advanced;
  advanced = false;
  if (shown === id) {
    if (wasAdvanced) count.before += 2;
    return;
  }
  await list(panel);
  await click(`ul.entries li[data-${kind}-id="${id}"] button.entry`);
  await form(kind).waitFor();
}

await page.goto(`${server.url}?edit`);
await page.waitForSelector('html[data-state="ready"]');
await page.fill('textarea[name="paste"]', TEXT);
await click('[data-testid="draft"]');
both(1); // pasting the text
await page.waitForSelector('[data-paragraph-id]');
await settle();

// Actors. Gold ids are matched to the draft's by name or other name.
let draft = await saved();
const idOf = new Map();
const named = (actor, name) => actor.name === name || actor.aliases.includes(name);
for (const gold of GOLD.actors) {
  const found = draft.actors.find((a) => named(a, gold.name)) ?? draft.actors.find((a) => gold.aliases.some((n) => named(a, n)));
  if (found) idOf.set(gold.id, found.id);
}
const kept = new Set(idOf.values());
// A drafted actor called by another name of a gold actor is a duplicate, merged below.
const duplicates = new Set(draft.actors
  .filter((a) => !kept.has(a.id) && GOLD.actors.some((g) => idOf.has(g.id) && g.aliases.includes(a.name)))
  .map((a) => a.id));
// Actors the draft made of words that name none (a town, a car): removed, with the question.
// Removed from the list itself; before, each was opened from the list and removed from its form.
for (const extra of draft.actors.filter((a) => !kept.has(a.id) && !duplicates.has(a.id))) {
  await list('Actors');
  await click(`ul.entries li[data-actor-id="${extra.id}"] button.entry-remove`);
  count.before += 1;
  if (await page.locator('.dialog').count()) await click('[data-testid="confirm"]');
  await settle();
}
const paragraphOf = (words) => GOLD.paragraphs.find((p) => p.text.includes(words))?.id;
for (const gold of GOLD.actors) {
  if (!idOf.has(gold.id)) {
    // An actor the draft missed: its words selected, New actor.
    await select(paragraphOf(gold.name), gold.name);
    await click('[data-testid="new-actor"]');
    await form('actor').waitFor();
    const id = await form('actor').getAttribute('data-actor-id');
    idOf.set(gold.id, id);
    // Before, a new actor was a person when its name had two words with lower-case letters.
    const before = gold.name.split(/\s+/).length > 1 && /\p{Ll}/u.test(gold.name) ? 'person' : 'organisation';
    const now = (await saved()).actors.find((a) => a.id === id).kind;
    count.before += Number(before !== gold.kind) - Number(now !== gold.kind);
  }
  const id = idOf.get(gold.id);
  draft = await saved();
  let actor = draft.actors.find((a) => a.id === id);
  if (actor.name !== gold.name) {
    await open('Actors', 'actor', id);
    await fill('[data-testid="actor-form"] input[name="name"]', gold.name);
    await settle();
  }
  if (actor.kind !== gold.kind) {
    await open('Actors', 'actor', id);
    await choose('[data-testid="actor-form"] select[name="kind"]', gold.kind);
    await settle();
  }
  for (const alias of gold.aliases) {
    draft = await saved();
    actor = draft.actors.find((a) => a.id === id);
    if (actor.name === alias || actor.aliases.includes(alias)) continue;
    // Another name the text uses: its words selected, “Is another name of” the actor. Where a
    // duplicate actor is called that, this merges it; before, its claims were moved one by one
    // (each claim's claimant or subject set again), then it was removed (its entry, Remove, the
    // question), then the name added.
    const duplicate = draft.actors.find((a) => a.id !== id && a.name === alias);
    if (duplicate) {
      const by = draft.claims.filter((c) => c.claimant === duplicate.id).length;
      const about = draft.claims.filter((c) => c.subjects.includes(duplicate.id) && !c.subjects.includes(id)).length;
      count.before += 4 + by + about;
    }
    await select(paragraphOf(alias), alias);
    const proposed = await page.$eval('select[name="alias-of"]', (s) => s.value);
    if (proposed !== id) await choose('select[name="alias-of"]', id);
    await click('[data-testid="alias"]');
    // Before, the picker proposed the first actor of the list.
    count.before += Number(draft.actors[0].id !== id) - Number(proposed !== id);
    await settle();
  }
}

// Claims: each gold claim is matched with the drafted claim whose quote overlaps its own.
draft = await saved();
const overlaps = (a, b) => a.quote.paragraph === b.quote.paragraph
  && (a.quote.exact.includes(b.quote.exact) || b.quote.exact.includes(a.quote.exact));
const claimOf = new Map();
for (const gold of GOLD.claims) {
  const found = draft.claims.find((c) => overlaps(c, gold) && ![...claimOf.values()].includes(c.id));
  if (found) claimOf.set(gold.id, found.id);
}
const matched = new Set(claimOf.values());
// Removed from the list itself; before, each was opened from the list and removed from its form.
for (const extra of draft.claims.filter((c) => !matched.has(c.id))) {
  await list('Claims');
  await click(`ul.entries li[data-claim-id="${extra.id}"] button.entry-remove`);
  count.before += 1;
  await settle();
}
// Claims the draft missed are made first; then the review goes down the list, as “Mark as
// checked” does, each claim corrected in its turn.
for (const gold of GOLD.claims.filter((g) => !claimOf.has(g.id))) {
  await select(gold.quote.paragraph, gold.quote.exact);
  await click('[data-testid="new-claim"]');
  await form('claim').waitFor();
  claimOf.set(gold.id, await form('claim').getAttribute('data-claim-id'));
}
draft = await saved();
const listed = draft.claims.map((c) => c.id);
const review = [...GOLD.claims].sort((a, b) => listed.indexOf(claimOf.get(a.id)) - listed.indexOf(claimOf.get(b.id)));
for (const gold of review) {
  const id = claimOf.get(gold.id);
  await open('Claims', 'claim', id);
  draft = await saved();
  const claim = draft.claims.find((c) => c.id === id);
  if (claim.quote.exact !== gold.quote.exact) {
    await select(gold.quote.paragraph, gold.quote.exact);
    await click('[data-testid="claim-form"] button[name="quote"]');
    await settle();
  }
  const claimant = idOf.get(gold.claimant);
  if (claim.claimant !== claimant) await choose('[data-testid="claim-form"] select[name="claimant"]', claimant);
  if (claim.kind !== gold.kind) await choose('[data-testid="claim-form"] select[name="kind"]', gold.kind);
  const subjects = new Set(gold.subjects.map((s) => idOf.get(s)));
  for (const actor of draft.actors) {
    if (subjects.has(actor.id) !== claim.subjects.includes(actor.id)) {
      // Before, the claimant's own box was not shown: that correction could not be made.
      if (actor.id === claim.claimant || actor.id === claimant) {
        count.before -= 1;
        count.impossible += 1;
      }
      await click(`[data-testid="claim-form"] input[name="subjects"][value="${actor.id}"]`);
    }
  }
  if (claim.summary !== gold.summary) await fill('[data-testid="claim-form"] textarea[name="summary"]', gold.summary);
  await settle();
  draft = await saved();
  if (draft.claims.find((c) => c.id === id)?.drafted) {
    await click('[data-testid="claim-form"] .confirm-entry');
    advanced = true;
    await settle();
  }
}
// Actors the drafter guessed and no one has checked yet, their names now right: checked at once
// from their list. Before, each was opened from the list (from a form, “← All” first) and checked.
draft = await saved();
const unchecked = draft.actors.filter((a) => a.drafted).length;
if (unchecked) {
  await list('Actors');
  await click('[data-testid="check-actors"]');
  count.before += 3 * unchecked - 1 - 1;
  await settle();
}

// The file now matches its gold annotation, field by field.
await settle();
draft = await saved();
const dir = mkdtempSync(join(tmpdir(), 'claimscope-correction-'));
writeFileSync(join(dir, 'corrected.json'), JSON.stringify(draft));
const compared = execFileSync('cargo', ['run', '-q', '-p', 'claimscope-cli', '--', 'compare',
  goldPath, join(dir, 'corrected.json')], { cwd: root, encoding: 'utf8' });
await browser.close();
server.stop();
if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);

const reduction = 1 - count.now / count.before;
console.log(`Correcting the draft of ${textPath} (${GOLD.claims.length} claims, ${GOLD.actors.length} actors) into its gold annotation.\n`);
console.log('| editor | actions | |');
console.log('| --- | ---: | --- |');
console.log(`| before issue #26 (tallied) | ${count.before} | and ${count.impossible} corrections it could not make (a claim about its own claimant) |`);
console.log(`| today (taken) | ${count.now} | ${(reduction * 100).toFixed(1)} % fewer (budget ≥ 40 %) |`);
if (byAction) {
  console.log('\n| action | count |\n| --- | ---: |');
  for (const [kind, n] of Object.entries(kinds).sort((a, b) => b[1] - a[1])) console.log(`| \`${kind}\` | ${n} |`);
}
console.log(`\nThe corrected file against the gold annotation (\`claimscope compare\`):\n\n${compared}`);
