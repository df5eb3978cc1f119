// Reports the size of every file in the release build (raw, gzip -9, brotli -11) as a Markdown
// table, and what a reader downloads: for the seed explorer, for an article named in data= (which
// web/boot.js serves with the build that reads article files) and for the editor, against the
// ceilings in scripts/downloads.mjs, with issue #15's 110 KB for the seed page beside them.
// Usage: node scripts/size-report.mjs [dist]   (default: the repository's dist/)
import { join } from 'node:path';
import { root } from '../tests/e2e/harness.mjs';
import { BUDGETS, measure } from './downloads.mjs';

const dir = process.argv[2] ?? join(root, 'dist');
const bytes = (n) => n.toLocaleString('en-US');
const row = (cells) => `| ${cells.join(' | ')} |`;

const measured = measure(dir);
const { files } = measured;
const seed = { ...measured.seed, name: '**Seed explorer downloads (all but embed.js and claimscope-files)**' };
const withFile = { ...measured.withFile, name: '**data= explorer downloads (all but embed.js and claimscope-app), before the article file**' };
const editor = { ...measured.editor, name: '**editor downloads (?edit: all but embed.js, the explorer builds and the drafter)**' };
const drafter = { ...measured.drafter, name: '**the drafter, which the editor fetches the first time it drafts a text**' };

console.log(row(['File', 'Raw (B)', 'gzip -9 (B)', 'brotli -11 (B)']));
console.log(row(['---', '---:', '---:', '---:']));
for (const file of [...files, seed, withFile, editor, drafter]) console.log(row([file.name, bytes(file.raw), bytes(file.gzip), bytes(file.brotli)]));
console.log();
console.log('embed.js is left out of both totals: host pages load it to size the iframe; the explorer itself never does.');
console.log('A page downloads one build: claimscope-app for the article served in it, claimscope-files (which also reads and checks article files) when the address names one in data=, claimscope-editor at ?edit, which fetches claimscope-drafter the first time it drafts a text.');
console.log();
console.log(row(['Budget', 'Measured', 'Limit', 'Result']));
console.log(row(['---', '---:', '---:', '---']));
console.log(row([
  'Seed explorer download, brotli',
  `${bytes(seed.brotli)} B (${(seed.brotli / 1024).toFixed(1)} KB)`,
  `${bytes(BUDGETS.seed)} B`,
  seed.brotli <= BUDGETS.seed ? 'PASS' : 'MISS',
]));
console.log(row([
  'Seed explorer download, brotli, the 128 KB ceiling',
  `${bytes(seed.brotli)} B`,
  `${bytes(128 * 1024)} B (128 KB)`,
  seed.brotli <= 128 * 1024 ? 'PASS' : 'MISS',
]));
console.log(row([
  'data= explorer download, brotli',
  `${bytes(withFile.brotli)} B (${(withFile.brotli / 1024).toFixed(1)} KB)`,
  `${bytes(BUDGETS.files)} B`,
  withFile.brotli <= BUDGETS.files ? 'PASS' : 'MISS',
]));
console.log(row([
  'Editor download, brotli',
  `${bytes(editor.brotli)} B (${(editor.brotli / 1024).toFixed(1)} KB)`,
  `${bytes(BUDGETS.editor)} B`,
  editor.brotli <= BUDGETS.editor ? 'PASS' : 'MISS',
]));
console.log(row([
  'Editor download, brotli, the 256 KB ceiling',
  `${bytes(editor.brotli)} B`,
  `${bytes(256 * 1024)} B (256 KB)`,
  editor.brotli <= 256 * 1024 ? 'PASS' : 'MISS',
]));
console.log(row([
  'The drafter, fetched when the editor first drafts, brotli',
  `${bytes(drafter.brotli)} B (${(drafter.brotli / 1024).toFixed(1)} KB); with the editor ${bytes(editor.brotli + drafter.brotli)} B`,
  `${bytes(BUDGETS.drafter)} B`,
  drafter.brotli <= BUDGETS.drafter ? 'PASS' : 'MISS',
]));
