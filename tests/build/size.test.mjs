// The download budgets of the release build in dist/ (scripts/downloads.mjs): sizes are
// deterministic, so a change that passes a budget fails here, with what each file weighs.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUDGETS, breakdown, measure } from '../../scripts/downloads.mjs';
import { root } from '../e2e/harness.mjs';

const { seed, withFile, editor, drafter, languages } = measure(join(root, 'dist'));

test(`the seed page downloads at most ${BUDGETS.seed.toLocaleString('en-US')} B brotli`, () => {
  assert.ok(
    seed.brotli <= BUDGETS.seed,
    `the seed page downloads ${seed.brotli.toLocaleString('en-US')} B brotli:\n${breakdown(seed)}`,
  );
});

test(`a data= page downloads at most ${BUDGETS.files.toLocaleString('en-US')} B brotli before its article`, () => {
  assert.ok(
    withFile.brotli <= BUDGETS.files,
    `a data= page downloads ${withFile.brotli.toLocaleString('en-US')} B brotli:\n${breakdown(withFile)}`,
  );
});

test(`the editor downloads at most ${BUDGETS.editor.toLocaleString('en-US')} B brotli`, () => {
  assert.ok(
    editor.brotli <= BUDGETS.editor,
    `the editor downloads ${editor.brotli.toLocaleString('en-US')} B brotli:\n${breakdown(editor)}`,
  );
});

test(`the drafter, which the editor fetches the first time it drafts a text, weighs at most ${BUDGETS.drafter.toLocaleString('en-US')} B brotli`, () => {
  assert.deepEqual(drafter.files.map((file) => file.name.replace(/-[0-9a-f]{16}/, '')).sort(), ['claimscope-drafter.js', 'claimscope-drafter_bg.wasm']);
  assert.ok(
    drafter.brotli <= BUDGETS.drafter,
    `the drafter weighs ${drafter.brotli.toLocaleString('en-US')} B brotli:\n${breakdown(drafter)}`,
  );
});

test(`every language but English is served beside the page, for readers, for the checker and for the editor, each within ${BUDGETS.language.toLocaleString('en-US')} B brotli (the editor's, twice that)`, () => {
  const tags = (part) =>
    languages
      .map((file) => file.name.match(/^messages-(check-|editor-)?([a-z]+)-[0-9a-f]{8}\.txt$/))
      .filter((m) => m && (m[1] ?? '') === part)
      .map((m) => m[2])
      .sort();
  const shipped = ['ar', 'de', 'es', 'fr', 'he', 'ru', 'uk'];
  for (const part of ['', 'check-', 'editor-']) assert.deepEqual(tags(part), shipped, part);
  // A reader's page fetches the readers' messages (issue #22: at most 4 KB a language), and the
  // checker's only to say why a file is refused; the editor fetches its own with both, held at
  // twice that.
  for (const file of languages.filter((f) => f.name.startsWith('messages-'))) {
    const budget = file.name.startsWith('messages-editor-') ? 2 * BUDGETS.language : BUDGETS.language;
    assert.ok(file.brotli <= budget, `${file.name}: ${file.brotli.toLocaleString('en-US')} B brotli`);
  }
});

test('the drafter\'s lists for each language but English are served beside the page, each within 15 KB brotli', () => {
  const lists = languages.filter((file) => file.name.startsWith('drafter-'));
  assert.deepEqual(lists.map((file) => file.name.split('-')[1]).sort(), ['de', 'es', 'fr', 'ru', 'uk']);
  for (const file of lists) assert.ok(file.brotli <= 15_360, `${file.name}: ${file.brotli} B brotli`);
});
