// Reports the size of every file in the release build (raw, gzip -9, brotli -11) as a Markdown
// table, and what a reader downloads: for the seed explorer, against the 100 KB brotli budget, and
// for an article named in data=, which web/boot.js serves with the build that reads article files.
// Usage: node scripts/size-report.mjs [dist]   (default: the repository's dist/)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { root } from '../tests/e2e/harness.mjs';

const BUDGET = 102_400;
/** Served to host pages that embed the explorer, never to the explorer's own readers. */
const HOST_ONLY = /^embed\.js$/;
/** Each page downloads one of the two builds of the explorer (see Trunk.toml). */
const SEED_BUILD = /^claimscope-app-/;
const FILES_BUILD = /^claimscope-files-/;

const dir = process.argv[2] ?? join(root, 'dist');

function sizes(name) {
  const bytes = readFileSync(join(dir, name));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);
const bytes = (n) => n.toLocaleString('en-US');
const row = (cells) => `| ${cells.join(' | ')} |`;

const files = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => sizes(entry.name))
  .sort((a, b) => b.brotli - a.brotli);
const total = (name, skip) => {
  const download = files.filter((file) => !HOST_ONLY.test(file.name) && !skip.test(file.name));
  return { name, raw: sum(download, 'raw'), gzip: sum(download, 'gzip'), brotli: sum(download, 'brotli') };
};
const seed = total('**Seed explorer downloads (all but embed.js and claimscope-files)**', FILES_BUILD);
const withFile = total('**data= explorer downloads (all but embed.js and claimscope-app), before the article file**', SEED_BUILD);

console.log(row(['File', 'Raw (B)', 'gzip -9 (B)', 'brotli -11 (B)']));
console.log(row(['---', '---:', '---:', '---:']));
for (const file of [...files, seed, withFile]) console.log(row([file.name, bytes(file.raw), bytes(file.gzip), bytes(file.brotli)]));
console.log();
console.log('embed.js is left out of both totals: host pages load it to size the iframe; the explorer itself never does.');
console.log('A page downloads one build of the explorer: claimscope-app for the article served in it, claimscope-files (which also reads and checks article files) when the address names one in data=.');
console.log();
console.log(row(['Budget', 'Measured', 'Limit', 'Result']));
console.log(row(['---', '---:', '---:', '---']));
console.log(row([
  'Seed explorer download, brotli',
  `${bytes(seed.brotli)} B (${(seed.brotli / 1024).toFixed(1)} KB)`,
  `${bytes(BUDGET)} B (100 KB)`,
  seed.brotli <= BUDGET ? 'PASS' : 'MISS',
]));
