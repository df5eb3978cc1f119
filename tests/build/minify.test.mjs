// The build's minifier (scripts/minify-build.mjs): renaming a WebAssembly module's imports keeps
// the module valid and every import's kind, the glue's providers follow the new names, and each
// build's files are named after their content.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { nameByContent, renameImports, renameProviders } from '../../scripts/minify-build.mjs';

const bytes = (text) => [...Buffer.from(text)];
const named = (text) => [text.length, ...bytes(text)];
/** Unsigned LEB128, as the binary format writes sizes. */
const leb = (n) => (n < 0x80 ? [n] : [(n % 0x80) | 0x80, ...leb(Math.floor(n / 0x80))]);
const section = (id, body) => [id, ...leb(body.length), ...body];

const glue = named('./app_bg.js');

/** A module with the `imports` given as their bytes after the module name. */
function module(imports) {
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [...leb(imports.length), ...imports.flatMap((entry) => [...glue, ...entry])]),
  ]);
}

/** A function, a table, a memory and a global, under wasm-bindgen-like names. */
const fourKinds = () => module([
  [...named('__wbg_log_0123456789abcdef'), 0, 0],
  [...named('__wbindgen_table_fedcba9876543210'), 1, 0x70, 0, 1],
  [...named('__wbindgen_memory_00112233aabbccdd'), 2, 1, 1, 2],
  [...named('__wbindgen_flag_ffeeddccbbaa9988'), 3, 0x7f, 0],
]);

describe('import names', () => {
  test('become short, in order, keeping each import and the module valid', () => {
    const { wasm, names } = renameImports(fourKinds());
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
    assert.deepEqual(imports, [
      { module: './app_bg.js', name: 'a', kind: 'function' },
      { module: './app_bg.js', name: 'b', kind: 'table' },
      { module: './app_bg.js', name: 'c', kind: 'memory' },
      { module: './app_bg.js', name: 'd', kind: 'global' },
    ]);
    assert.equal(names.get('__wbg_log_0123456789abcdef'), 'a');
    assert.ok(wasm.length < fourKinds().length);
  });

  test('stay distinct past one letter, with counts and sizes of several bytes', () => {
    const imports = Array.from({ length: 300 }, (_, i) => [...named(`__wbg_f${i}_0123456789abcdef`), 0, 0]);
    const { wasm, names } = renameImports(module(imports));
    const renamed = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((entry) => entry.name);
    assert.equal(new Set(renamed).size, 300);
    assert.deepEqual(renamed, [...names.values()]);
    assert.deepEqual(renamed.slice(50, 54), ['Y', 'Z', 'ab', 'bb']);
  });

  test('imported twice under one name stop the build', () => {
    const twice = [...named('__wbg_log_0123456789abcdef'), 0, 0];
    assert.throws(() => renameImports(module([twice, twice])), /imports __wbg_log_0123456789abcdef twice/);
  });

  test('are renamed in the glue where it provides them, and only there', () => {
    const names = new Map([['__wbg_log_0123456789abcdef', 'a']]);
    const glue = 'const imports = { __wbg_log_0123456789abcdef: function(x) { console.log(x); } };';
    assert.equal(renameProviders(glue, names), 'const imports = { a: function(x) { console.log(x); } };');
    assert.throws(() => renameProviders(`${glue} ${glue}`, names), /2 times, not once/);
    assert.throws(() => renameProviders('const imports = {};', names), /0 times, not once/);
  });
});

describe('file names', () => {
  /** A staged build: the four builds' glue and WebAssembly, and a page naming each file once. */
  function staged(wasmText = 'wasm') {
    const dir = mkdtempSync(join(tmpdir(), 'claimscope-minify-'));
    const files = [
      'claimscope-app-0123abcd.js', 'claimscope-app-0123abcd_bg.wasm',
      'claimscope-files.js', 'claimscope-files_bg.wasm',
      'claimscope-editor.js', 'claimscope-editor_bg.wasm',
      'claimscope-drafter.js', 'claimscope-drafter_bg.wasm',
    ];
    for (const file of files) writeFileSync(join(dir, file), file.endsWith('.wasm') ? wasmText : 'glue');
    const page = `<script src=./boot.js ${files.map((file, i) => `data-f${i}=./${file}`).join(' ')}></script>`;
    return { dir, page };
  }

  test('follow each build’s content, in the folder and in the page', () => {
    const { dir, page } = staged();
    try {
      const named = nameByContent(dir, page);
      const files = readdirSync(dir).sort();
      assert.equal(files.length, 8);
      for (const file of files) {
        assert.match(file, /^claimscope-(app|files|editor|drafter)-[0-9a-f]{16}(_bg\.wasm|\.js)$/);
        assert.ok(named.includes(`./${file}`), `${file} is named in the page`);
      }
      assert.ok(!existsSync(join(dir, 'claimscope-files.js')));
      const other = staged('other wasm');
      try {
        assert.notEqual(nameByContent(other.dir, other.page), named, 'other content, other names');
      } finally {
        rmSync(other.dir, { recursive: true });
      }
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  test('stop the build when the page does not name a file exactly once', () => {
    const { dir, page } = staged();
    try {
      assert.throws(() => nameByContent(dir, page.replace('./claimscope-files.js', '')), /names claimscope-files.js 0 times/);
      assert.throws(() => nameByContent(dir, `${page}claimscope-files_bg.wasm`), /names claimscope-files_bg.wasm 2 times/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
