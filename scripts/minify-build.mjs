// Minifies what Trunk leaves full-size in the staged build (BENCHMARKS.md, Size), then names the
// explorer's files after what they finally hold:
// - the names wasm-bindgen gives the WebAssembly's imports (`__wbg_addEventListener_f2d27251d333a631`:
//   a hash apiece, which no compressor can shrink) become short ones, in the WebAssembly's import
//   section and in the JS glue that provides them;
// - the JS glue itself, which Trunk's minifier cannot parse, and web/boot.js, which Trunk copies
//   as written, are minified with terser;
// - each build's glue and WebAssembly are named after a hash of both as served (Trunk hashes one
//   build before this rewrites it and leaves the other unhashed), in the folder and in index.html.
// Usage: node scripts/minify-build.mjs DIR   (run by scripts/finish-build.sh on Trunk's staging dir)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** Reference and value types written in one byte: what wasm-bindgen's output uses. */
const ONE_BYTE_TYPES = new Set([0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f]);
/** Limits flags understood here: a maximum (1), shared (2), 64-bit (4). */
const KNOWN_LIMITS = 0x07;

/** The position after an import's description, which starts at `at`. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const oneByteType = (p) => {
    if (!ONE_BYTE_TYPES.has(bytes[p])) throw new Error(`an import of a type this does not read (0x${bytes[p].toString(16)})`);
    return p + 1;
  };
  const skipLimits = (p) => {
    const flags = bytes[p++];
    if (flags & ~KNOWN_LIMITS) throw new Error(`import limits this does not read (flags 0x${flags.toString(16)})`);
    [, p] = readLeb(bytes, p);
    return flags & 1 ? readLeb(bytes, p)[1] : p;
  };
  switch (kind) {
    case FUNCTION: return readLeb(bytes, at)[1];
    case TAG: return readLeb(bytes, at + 1)[1];
    case TABLE: return skipLimits(oneByteType(at));
    case MEMORY: return skipLimits(at);
    case GLOBAL: return oneByteType(at) + 1;
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/** `a`, `b`, … `Z`, `ab`, `bb`, …: short names, one for each number. */
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
      const old = utf8.decode(wasm.subarray(nameStart, nameEnd));
      if (names.has(old)) throw new Error(`the WebAssembly imports ${old} twice`);
      names.set(old, name);
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

/** A build's glue as Trunk names it: the build's name, and the hash Trunk gave it if any. */
const GLUE = /^(claimscope-(?:app|files|editor|drafter))(?:-[0-9a-f]+)?\.js$/;
/** The builds a page names: the explorer for its own article, the one for files, the editor, and
 * the drafter the editor fetches. */
const BUILDS = 4;

/**
 * Names each build's glue and WebAssembly in `dir` after a hash of both, so a reader's cache can
 * never pair a new glue with an old WebAssembly, and writes the new names into `page`, which must
 * name each file once (on the boot script: Trunk.toml's pattern_script). Returns the new page.
 */
export function nameByContent(dir, page) {
  const glues = readdirSync(dir).filter((name) => GLUE.test(name));
  if (glues.length !== BUILDS) throw new Error(`expected the ${BUILDS} builds' glue in ${dir}, found ${glues.join(', ') || 'none'}`);
  const renames = glues.flatMap((glue) => {
    const stem = glue.slice(0, -'.js'.length);
    const files = [glue, `${stem}_bg.wasm`];
    const hash = createHash('sha256');
    for (const file of files) hash.update(readFileSync(join(dir, file)));
    const named = `${glue.match(GLUE)[1]}-${hash.digest('hex').slice(0, 16)}`;
    return files.map((file) => [file, file.replace(stem, named)]);
  });
  for (const [file] of renames) {
    const uses = page.split(file).length - 1;
    if (uses !== 1) throw new Error(`index.html names ${file} ${uses} times, not once`);
  }
  for (const [file, renamed] of renames) {
    page = page.replace(file, renamed);
    renameSync(join(dir, file), join(dir, renamed));
  }
  return page;
}

/** Minifies the build staged in `dir`, then names its files after their content. */
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
  const index = join(dir, 'index.html');
  writeFileSync(index, nameByContent(dir, readFileSync(index, 'utf8')));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.argv[2]) throw new Error('usage: node scripts/minify-build.mjs DIR');
  await minifyBuild(process.argv[2]);
}
