// The laws of the text-debris rules over real posts: with only those rules on (heading-emphasis too), each post is
// fixed, fixed again (nothing may change), checked (no fixable message may be left), and its Markdown tree
// compared with the original's, both normalized for the characters the rules are about.
// Usage: npm run build && node bench/debris-corpus.js
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules, tidy } from '../dist/src/index.js';
import { checkDebrisLaws, DEBRIS_RULES } from '../dist/src/text/debris-laws.js';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/posts/', import.meta.url));

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(md|markdown|mdx)$/.test(name)) out.push(path);
  }
  return out;
}

if (!existsSync(CORPUS)) {
  console.log(`No corpus at ${CORPUS}; nothing to measure.`);
  process.exit(0);
}

// A copy in memory: the corpus is never written.
const posts = walk(CORPUS, [])
  .sort()
  .map((path) => ({
    path: path.slice(CORPUS.length),
    text: readFileSync(path, 'utf8').replace(/^\uFEFF/, ''),
  }));
const ids = Object.keys(DEBRIS_RULES);
const changed = Object.fromEntries(ids.map((id) => [id, 0]));
const reported = Object.fromEntries(ids.map((id) => [id, 0]));
const broken = [];
let anyChange = 0;
const start = performance.now();
for (const post of posts) {
  const text =
    post.text.includes('\r\n') && !/[^\r]\n/.test(post.text) ? post.text.replace(/\r\n/g, '\n') : post.text;
  const report = checkDebrisLaws(text);
  if (report.changedBy.length > 0) anyChange++;
  for (const id of report.changedBy) changed[id]++;
  const settings = Object.fromEntries(
    rules.map((rule) => [rule.meta.id, DEBRIS_RULES[rule.meta.id] ?? 'off']),
  );
  const found = new Set(
    tidy(text, { rules: settings, fix: false }).messages.map((message) => message.ruleId),
  );
  for (const id of ids) if (found.has(id)) reported[id]++;
  if (report.broken.length > 0) broken.push({ path: post.path, laws: report.broken });
}
const seconds = (performance.now() - start) / 1000;

console.log(`${posts.length} posts, ${seconds.toFixed(1)} s; ${anyChange} changed by the debris rules`);
console.log('rule                  posts reported  posts changed');
for (const id of ids)
  console.log(`${id.padEnd(22)}${String(reported[id]).padStart(14)}${String(changed[id]).padStart(15)}`);
console.log(`laws broken: ${broken.length} post${broken.length === 1 ? '' : 's'}`);
for (const { path, laws } of broken) console.log(`  ${path}: ${laws.join('; ').slice(0, 300)}`);
