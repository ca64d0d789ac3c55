// What each rule costs in a default `check`, per post: with every rule at its default, then with one rule
// turned off, the difference is that rule's own cost. What the rules share (the tree index, the frontmatter's
// YAML parse, collecting messages) shows as the rest between every rule off and the sum of the rules.
// Timing is the best of several rounds in one process, after warming up every code path.
// Usage: npm run build && node bench/rule-cost.js [--posts=150] [--rounds=3] [--folder=DIR]
import { existsSync, readFileSync } from 'node:fs';
import { rules, tidy } from '../dist/src/index.js';
import { CORPUS, generatedPosts, markdownFiles } from './corpus.js';

const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const postCount = Number(option('posts', '150'));
const rounds = Number(option('rounds', '3'));

const folders = [option('folder', undefined) ?? (await generatedPosts(1000)).dir];
if (!option('folder', undefined) && existsSync(CORPUS)) folders.push(CORPUS);

const allOff = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off']));

/** Best milliseconds per post over `rounds` rounds of checking every text. */
async function msPerPost(texts, settings) {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const text of texts) await tidy(text, { fix: false, rules: settings });
    best = Math.min(best, (performance.now() - start) / texts.length);
  }
  return best;
}

for (const folder of folders) {
  const files = await markdownFiles(folder);
  // An even spread over the folder, so a sample of a corpus is not one author's posts.
  const step = Math.max(1, Math.floor(files.length / postCount));
  const texts = files
    .filter((_, index) => index % step === 0)
    .slice(0, postCount)
    .map((file) => readFileSync(file, 'utf8'));
  // Warm up the JIT on every code path first: later rounds run faster than the first ones.
  await msPerPost(texts, {});
  await msPerPost(texts, allOff);
  const floor = await msPerPost(texts, allOff);
  // The full run is measured next to each rule and the lowest kept, so a drift of the machine does not show
  // as a rule's cost.
  let everything = Infinity;
  const without = [];
  for (const rule of rules.filter((each) => each.meta.severity !== 'off')) {
    everything = Math.min(everything, await msPerPost(texts, {}));
    without.push({ id: rule.meta.id, ms: await msPerPost(texts, { [rule.meta.id]: 'off' }) });
  }
  const costs = without.map(({ id, ms }) => ({ id, extra: Math.max(0, everything - ms) }));
  const ruleTotal = costs.reduce((sum, { extra }) => sum + extra, 0);
  console.log(`\n${folder}: ${texts.length} posts, best of ${rounds} rounds, ms per post`);
  console.log(`  ${'every rule off (parse and plumbing)'.padEnd(44)}${floor.toFixed(2).padStart(7)}`);
  console.log(`  ${'every rule at its default'.padEnd(44)}${everything.toFixed(2).padStart(7)}`);
  // Differences under this are within the noise of one run.
  const RESOLUTION = 0.05;
  const sorted = costs.sort((a, b) => b.extra - a.extra);
  for (const { id, extra } of sorted.filter(({ extra }) => extra >= RESOLUTION)) {
    console.log(`    ${id.padEnd(42)}${extra.toFixed(2).padStart(7)}`);
  }
  const small = sorted.filter(({ extra }) => extra < RESOLUTION).length;
  console.log(`    ${small} other rules, each under ${RESOLUTION}`);
  const shared = Math.max(0, everything - floor - ruleTotal);
  console.log(
    `    ${'shared by the rules (index, YAML, messages)'.padEnd(42)}${shared.toFixed(2).padStart(7)}`,
  );
}
