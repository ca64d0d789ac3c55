// Times one post through each tool, cold (a new process each run), as a git hook runs it.
// Usage: npm run build && node bench/startup.js [--runs=15]
import { writeFileSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mb, medianOf, tools } from './cli-tools.js';

const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.split('=')[1] ?? '15');
const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
const post = path.join(dir, 'post.md');
writeFileSync(post, await readFile(new URL('../samples/clean-post.md', import.meta.url)));

console.log(
  `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, node ${process.version}, one post, median of ${runs} cold runs`,
);
const results = new Map();
for (const tool of [
  { name: 'node -e 0 (bare start)', args: ['-e', '0'] },
  ...tools(post, { isFile: true }),
]) {
  const result = medianOf(runs, tool.args);
  results.set(tool.name, result);
  console.log(`  ${tool.name.padEnd(32)}${result.seconds.toFixed(3).padStart(8)} s  ${mb(result.peakMb)}`);
}
const ratio = (results.get('hashnode-tidy check').seconds / results.get('markdownlint-cli2').seconds).toFixed(
  2,
);
console.log(`  check / markdownlint-cli2: ${ratio}  (target <= 0.67)`);
