// The build's minifier (scripts/minify-build.mjs): renaming a WebAssembly module's imports keeps
// the module valid and every import's kind, and the glue's providers follow the new names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renameImports, renameProviders } from '../../scripts/minify-build.mjs';

const bytes = (text) => [...Buffer.from(text)];
const named = (text) => [text.length, ...bytes(text)];
/** Unsigned LEB128, as the binary format writes sizes. */
const leb = (n) => (n < 0x80 ? [n] : [(n % 0x80) | 0x80, ...leb(Math.floor(n / 0x80))]);
const section = (id, body) => [id, ...leb(body.length), ...body];

/** A module importing a function, a table, a memory and a global, under wasm-bindgen-like names. */
function module() {
  const glue = named('./app_bg.js');
  const imports = [
    [...glue, ...named('__wbg_log_0123456789abcdef'), 0, 0],
    [...glue, ...named('__wbindgen_table_fedcba9876543210'), 1, 0x70, 0, 1],
    [...glue, ...named('__wbindgen_memory_00112233aabbccdd'), 2, 1, 1, 2],
    [...glue, ...named('__wbindgen_flag_ffeeddccbbaa9988'), 3, 0x7f, 0],
  ];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [imports.length, ...imports.flat()]),
  ]);
}

describe('import names', () => {
  test('become short, in order, keeping each import and the module valid', () => {
    const { wasm, names } = renameImports(module());
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
    assert.deepEqual(imports, [
      { module: './app_bg.js', name: 'a', kind: 'function' },
      { module: './app_bg.js', name: 'b', kind: 'table' },
      { module: './app_bg.js', name: 'c', kind: 'memory' },
      { module: './app_bg.js', name: 'd', kind: 'global' },
    ]);
    assert.equal(names.get('__wbg_log_0123456789abcdef'), 'a');
    assert.ok(wasm.length < module().length);
  });

  test('are renamed in the glue where it provides them, and only there', () => {
    const names = new Map([['__wbg_log_0123456789abcdef', 'a']]);
    const glue = 'const imports = { __wbg_log_0123456789abcdef: function(x) { console.log(x); } };';
    assert.equal(renameProviders(glue, names), 'const imports = { a: function(x) { console.log(x); } };');
    assert.throws(() => renameProviders(`${glue} ${glue}`, names), /2 times, not once/);
    assert.throws(() => renameProviders('const imports = {};', names), /0 times, not once/);
  });
});
