// The download budgets of the release build in dist/ (scripts/downloads.mjs): sizes are
// deterministic, so a change that passes a budget fails here, with what each file weighs.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUDGETS, breakdown, measure } from '../../scripts/downloads.mjs';
import { root } from '../e2e/harness.mjs';

const { seed, withFile, editor, languages } = measure(join(root, 'dist'));

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

test(`every language but English is served beside the page, for readers and for the editor, each within ${BUDGETS.language.toLocaleString('en-US')} B brotli`, () => {
  const tags = (editor) =>
    languages
      .map((file) => file.name.match(/^messages-(editor-)?([a-z]+)-[0-9a-f]{8}\.txt$/))
      .filter((m) => m && Boolean(m[1]) === editor)
      .map((m) => m[2])
      .sort();
  const shipped = ['ar', 'de', 'es', 'fr', 'he', 'ru', 'uk'];
  assert.deepEqual(tags(false), shipped);
  assert.deepEqual(tags(true), shipped);
  for (const file of languages) {
    assert.ok(file.brotli <= BUDGETS.language, `${file.name}: ${file.brotli.toLocaleString('en-US')} B brotli`);
  }
});
