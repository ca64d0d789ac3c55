// Times `check` over a folder of posts against remark-parse alone over the same text, in the same run.
// Usage: npm run build && node bench/throughput.js [--generated]
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { tidyFile } from '../dist/src/index.js';
import { markdownFiles, postsFolder } from './corpus.js';

const { dir, label } = await postsFolder();
const files = await markdownFiles(dir);
const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 / 1024;

const parser = unified().use(remarkParse);
const time = async (run) => {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
};

// Warm both paths once so the comparison is of steady state, not of JIT start-up.
for (const text of texts.slice(0, 50)) parser.parse(text);
for (const file of files.slice(0, 50)) await tidyFile(file, { fix: false });

const parseSeconds = await time(() => {
  for (const text of texts) parser.parse(text);
});
const checkSeconds = await time(async () => {
  for (const file of files) await tidyFile(file, { fix: false });
});
const bin = fileURLToPath(new URL('../bin/hashnode-tidy.js', import.meta.url));
const cliSeconds = await time(() => {
  spawnSync(process.execPath, [bin, 'check', '--no-progress', '--format', 'json', dir], {
    maxBuffer: 1 << 30,
  });
});

const row = (name, seconds) =>
  `${name.padEnd(34)}${seconds.toFixed(2).padStart(8)} s${(megabytes / seconds).toFixed(2).padStart(9)} MB/s`;
console.log(`${label}: ${files.length} files, ${megabytes.toFixed(1)} MB (node ${process.version})`);
console.log(row('remark-parse alone (in process)', parseSeconds));
console.log(row('hashnode-tidy check (in process)', checkSeconds));
console.log(row('hashnode-tidy check (CLI, cold)', cliSeconds));
console.log(`check / parse ratio: ${(checkSeconds / parseSeconds).toFixed(2)}`);
