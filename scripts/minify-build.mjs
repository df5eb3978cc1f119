// Minifies what Trunk leaves full-size in the staged build (BENCHMARKS.md, Size):
// - the names wasm-bindgen gives the WebAssembly's imports (`__wbg_addEventListener_f2d27251d333a631`:
//   a hash apiece, which no compressor can shrink) become short ones, in the WebAssembly's import
//   section and in the JS glue that provides them;
// - the JS glue itself, which Trunk's minifier cannot parse, and web/boot.js, which Trunk copies
//   as written, are minified with terser.
// Usage: node scripts/minify-build.mjs DIR   (run by scripts/finish-build.sh on Trunk's staging dir)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minify } from 'terser';

const IMPORT_SECTION = 2;
/** What each kind of import carries after its names (WebAssembly core spec, 5.5.5). */
const FUNCTION = 0, TABLE = 1, MEMORY = 2, GLOBAL = 3, TAG = 4;

/** Reads an unsigned LEB128 number at `at`: [value, the position after it]. */
function readLeb(bytes, at) {
  let value = 0;
  let scale = 1;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    const low = value % 128;
    value = Math.floor(value / 128);
    out.push(value ? low | 0x80 : low);
  } while (value);
  return out;
}

/** The position after an import's description, which starts at `at`. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const skipLimits = (p) => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    return flags & 1 ? readLeb(bytes, p)[1] : p;
  };
  switch (kind) {
    case FUNCTION: return readLeb(bytes, at)[1];
    case TAG: return readLeb(bytes, at + 1)[1];
    case TABLE: return skipLimits(at + 1);
    case MEMORY: return skipLimits(at);
    case GLOBAL: return at + 2;
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/** `a`, `b`, … `Z`, `ba`, …: the shortest names, in order. */
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name += letters[i % letters.length];
    i = Math.floor(i / letters.length);
  } while (i);
  return name;
}

/**
 * Gives every import of `wasm` a short name. Returns the new bytes and a map from each old name
 * to its new one.
 */
export function renameImports(wasm) {
  const utf8 = new TextDecoder();
  for (let at = 8; at < wasm.length; ) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    const end = start + size;
    if (id !== IMPORT_SECTION) {
      at = end;
      continue;
    }
    const names = new Map();
    let [count, p] = readLeb(wasm, start);
    const body = [...leb(count)];
    for (let i = 0; i < count; i++) {
      const [moduleLength, moduleStart] = readLeb(wasm, p);
      const moduleEnd = moduleStart + moduleLength;
      const [nameLength, nameStart] = readLeb(wasm, moduleEnd);
      const nameEnd = nameStart + nameLength;
      const descriptionEnd = skipDescription(wasm, nameEnd);
      const name = shortName(i);
      names.set(utf8.decode(wasm.subarray(nameStart, nameEnd)), name);
      body.push(...wasm.subarray(p, moduleEnd), ...leb(name.length), ...Buffer.from(name));
      body.push(...wasm.subarray(nameEnd, descriptionEnd));
      p = descriptionEnd;
    }
    if (p !== end) throw new Error('the import section holds more than its imports');
    const section = Buffer.from([IMPORT_SECTION, ...leb(body.length), ...body]);
    return { wasm: Buffer.concat([wasm.subarray(0, at), section, wasm.subarray(end)]), names };
  }
  return { wasm, names: new Map() };
}

/** Renames the glue's providers of the imports in `names`: each is a key written once, `name:`. */
export function renameProviders(js, names) {
  for (const [old, name] of names) {
    const uses = js.split(`${old}:`).length - 1;
    if (uses !== 1) throw new Error(`the JS glue names the import ${old} ${uses} times, not once`);
    js = js.replace(`${old}:`, `${name}:`);
  }
  return js;
}

async function minifyScript(path) {
  const result = await minify(readFileSync(path, 'utf8'), { module: true, compress: true, mangle: true });
  writeFileSync(path, result.code);
}

/** Minifies the build staged in `dir`. */
async function minifyBuild(dir) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('_bg.wasm'))) {
    const wasmPath = join(dir, file);
    const jsPath = join(dir, file.replace(/_bg\.wasm$/, '.js'));
    const { wasm, names } = renameImports(readFileSync(wasmPath));
    writeFileSync(jsPath, renameProviders(readFileSync(jsPath, 'utf8'), names));
    writeFileSync(wasmPath, wasm);
    await minifyScript(jsPath);
  }
  await minifyScript(join(dir, 'boot.js'));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.argv[2]) throw new Error('usage: node scripts/minify-build.mjs DIR');
  await minifyBuild(process.argv[2]);
}
