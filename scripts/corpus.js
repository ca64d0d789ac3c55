// Fixes a copy of ../shared/corpus/posts (in memory) and checks the laws on every post:
// idempotent, a post no rule fires on unchanged, code unchanged except where a rule names it,
// frontmatter that parsed still parses. Prints a table. Usage: npm run corpus
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { visit } from 'unist-util-visit';
import { createProcessor, decodeBytes, tidy } from '../dist/src/index.js';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/posts/', import.meta.url));
if (!existsSync(CORPUS)) {
  console.log(`No corpus at ${CORPUS}; nothing to run.`);
  process.exit(0);
}

const parser = createProcessor();
const codeOf = (text) => {
  const blocks = [];
  visit(parser.parse(text), 'code', (node) =>
    blocks.push({ value: node.value, line: node.position.start.line }),
  );
  return blocks;
};
const levels = (messages) => messages.filter((message) => message.fatal === true || message.fatal === false);
/** Rules whose fixes may change the text of a code block: the block's own debris, or encoding damage. */
const CODE_RULES = new Set(['fence-copy-artifact', 'mojibake']);

const files = (await fg('**/*.{md,markdown,mdx}', { cwd: CORPUS, absolute: true })).sort();
const perRule = new Map();
const breaks = [];
let changed = 0;
const started = performance.now();
for (const file of files) {
  const { text } = decodeBytes(await readFile(file));
  const name = path.relative(CORPUS, file);
  const result = tidy(text, { path: name });
  for (const message of [...result.fixed, ...result.messages]) {
    const entry = perRule.get(message.ruleId) ?? { fixed: 0, left: 0 };
    if (result.fixed.includes(message)) entry.fixed++;
    else entry.left++;
    perRule.set(message.ruleId, entry);
  }
  if (result.changed) changed++;
  const again = tidy(result.text, { path: name });
  if (again.text !== result.text) breaks.push(`${name}: fixing twice changes it again`);
  if (levels(tidy(text, { fix: false, path: name }).messages).length === 0 && result.changed) {
    breaks.push(`${name}: no rule reported a problem, yet fix changed it`);
  }
  const named = new Set(result.fixed.filter((m) => CODE_RULES.has(m.ruleId)).map((m) => m.line));
  const before = codeOf(text);
  const after = codeOf(result.text);
  if (before.length !== after.length) breaks.push(`${name}: the number of code blocks changed`);
  else if (named.size === 0 && before.some((block, index) => block.value !== after[index].value)) {
    breaks.push(`${name}: code changed with no rule naming it`);
  }
  const parsedBefore = !tidy(text, { fix: false }).messages.some((m) => m.ruleId === 'frontmatter-syntax');
  const parsedAfter = !again.messages.some((m) => m.ruleId === 'frontmatter-syntax');
  if (parsedBefore && !parsedAfter) breaks.push(`${name}: frontmatter that parsed no longer does`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

console.log(`${files.length} posts, ${changed} changed by fix, ${breaks.length} law breaks (${seconds} s)\n`);
console.log('| rule | fixed | left |');
console.log('| --- | ---: | ---: |');
for (const [rule, { fixed, left }] of [...perRule].sort(
  (a, b) => b[1].fixed + b[1].left - a[1].fixed - a[1].left,
)) {
  console.log(`| ${rule} | ${fixed} | ${left} |`);
}
if (breaks.length > 0) {
  console.log('\nLaw breaks:');
  for (const line of breaks) console.log(`- ${line}`);
  process.exitCode = 1;
}
