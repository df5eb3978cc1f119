// The JSON Schema and the documentation agree with the data: the seed and the documented example
// validate against the schema (the Rust checker validates them too, in crates/core/tests), and the
// schema rejects what the format forbids.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const schema = JSON.parse(read('docs/article.schema.json'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const example = JSON.parse(read('tests/fixtures/harbour.json'));

const errors = (data) => (validate(data) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));

test('the seed article validates against the schema', () => {
  assert.deepEqual(errors(JSON.parse(read('data/belgorod-incursions.json'))), []);
});

test('the fixture is the documented example, and it validates', () => {
  const documented = read('docs/data-format.md').match(/## A complete example\n\n```json\n([\s\S]*?)```/)[1];
  assert.deepEqual(JSON.parse(documented), example);
  assert.deepEqual(errors(example), []);
});

test('the schema rejects what the format forbids', () => {
  const broken = (change) => {
    const copy = structuredClone(example);
    change(copy);
    return errors(copy);
  };
  assert.notDeepEqual(broken((a) => (a.format = 'claimscope/2')), []);
  assert.notDeepEqual(broken((a) => (a.claims[2].kind = 'rumour')), []);
  assert.notDeepEqual(broken((a) => (a.sources[0].id = 'unsourced')), []);
  assert.notDeepEqual(broken((a) => (a.relations[0].claims.push('closed'))), []);
  assert.notDeepEqual(broken((a) => delete a.claims[0].summary), []);
  assert.notDeepEqual(broken((a) => (a.article.url = 'javascript:alert(1)')), []);
});
