// What a browser downloads from a release build, file by file (raw, gzip -9, brotli -11): the seed
// page (the article served in it, with the claimscope-app build), a data= page (with the
// claimscope-files build, before the article file itself) and the editor (?edit, with the
// claimscope-editor build), and the budgets they are held to.
// Used by scripts/size-report.mjs (a report) and tests/build/size.test.mjs (the budgets as a test).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli bytes. The editor's budget is issue #14's, 250 KB. The explorer's pages are held at what
 * they weigh with the Timeline, the Network and the exports (issue #15, BENCHMARKS.md, Size), so
 * that nothing grows unnoticed: 125.4 KB for the seed page and 144.8 KB for a data= page (with half
 * a kilobyte to spare), against the 110 KB #15 sets for the seed page (100 KB before it), which is
 * still to be met. */
export const BUDGETS = { seed: 128_900, files: 148_800, editor: 256_000 };

/** Served to host pages that embed the explorer, or downloaded only on a reader's request (the
 * seed's article file, for the JSON export): never part of loading a page. */
const HOST_ONLY = /^embed\.js$|\.json$/;
/** Each page downloads one of the three builds (see Trunk.toml). */
const SEED_BUILD = /^claimscope-app-/;
const FILES_BUILD = /^claimscope-files-/;
const EDITOR_BUILD = /^claimscope-editor-|^editor\.css$/;
const either = (a, b) => new RegExp(`${a.source}|${b.source}`);

function sizes(dir, name) {
  const bytes = readFileSync(join(dir, name));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);

/** Every file of the build in `dir`, largest first, and what each kind of page downloads. */
export function measure(dir) {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => sizes(dir, entry.name))
    .sort((a, b) => b.brotli - a.brotli);
  const page = (skip) => {
    const download = files.filter((file) => !HOST_ONLY.test(file.name) && !skip.test(file.name));
    return { files: download, raw: sum(download, 'raw'), gzip: sum(download, 'gzip'), brotli: sum(download, 'brotli') };
  };
  return {
    files,
    seed: page(either(FILES_BUILD, EDITOR_BUILD)),
    withFile: page(either(SEED_BUILD, EDITOR_BUILD)),
    editor: page(either(SEED_BUILD, FILES_BUILD)),
  };
}

/** A page's download as lines of text, file by file, for a failing budget's message. */
export function breakdown(page) {
  return page.files.map((file) => `  ${file.name}: ${file.brotli.toLocaleString('en-US')} B brotli`).join('\n');
}
