// Times hashnode-tidy against remark-cli and markdownlint-cli2 over the same folders, in the same run, and
// prints seconds, peak memory and the ratios the performance targets are stated in.
// Usage: npm run build && node bench/throughput.js [--sizes=1000,10000] [--tiny=50000] [--runs=3] [--no-corpus]
import os from 'node:os';
import { CORPUS, generatedPosts, markdownFiles, tinyPosts } from './corpus.js';
import { existsSync } from 'node:fs';
import { mb, medianOf, tools } from './cli-tools.js';

const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = option('sizes', '1000,10000').split(',').map(Number);
const runs = Number(option('runs', '3'));

console.log(
  `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), node ${process.version}, median of ${runs} runs below 5000 posts, else 1`,
);
const folders = [];
for (const size of sizes) folders.push({ ...(await generatedPosts(size)), runs: size < 5000 ? runs : 1 });
const tiny = Number(option('tiny', '0'));
if (tiny > 0) folders.push({ ...(await tinyPosts(tiny)), runs: 1 });
if (existsSync(CORPUS) && !process.argv.includes('--no-corpus')) {
  folders.push({ dir: CORPUS, label: `shared corpus (${(await markdownFiles(CORPUS)).length} posts)`, runs });
}

for (const { dir, label, runs: times } of folders) {
  console.log(`\n${label}`);
  const results = new Map();
  for (const tool of tools(dir)) {
    const result = medianOf(times, tool.args);
    results.set(tool.name, result);
    console.log(`  ${tool.name.padEnd(32)}${result.seconds.toFixed(2).padStart(8)} s  ${mb(result.peakMb)}`);
  }
  const ratio = (a, b) => (results.get(a).seconds / results.get(b).seconds).toFixed(2);
  console.log(
    `  check / remark-cli (parse + stringify): ${ratio('hashnode-tidy check', 'remark-cli (parse + stringify)')}  (target <= 0.6)`,
  );
  console.log(
    `  check / remark-cli (parse):             ${ratio('hashnode-tidy check', 'remark-cli (parse)')}`,
  );
  console.log(
    `  check / markdownlint-cli2:              ${ratio('hashnode-tidy check', 'markdownlint-cli2')}  (target < 1)`,
  );
}
