// Accuracy of the code-block language classifier against labelled fences in a corpus of Hashnode
// posts, side by side with highlight.js `highlightAuto` restricted to the same languages.
// Usage: npx tsc -p tsconfig.build.json && node bench/fence-accuracy.js [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import hljs from 'highlight.js';
import { detectLanguage, normalizeLanguageLabel, isLanguage, LANGUAGES } from '../dist/src/fences/index.js';

const corpusDir = fileURLToPath(new URL('../../shared/corpus/posts/', import.meta.url));
if (!existsSync(corpusDir)) {
  console.log(`fence-accuracy: corpus not found at ${corpusDir}, skipping`);
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
// --abstained=LANG prints blocks of that label the classifier left unlabelled.
const abstainedOf = process.argv.find((a) => a.startsWith('--abstained='))?.slice('--abstained='.length);

// Our ids -> highlight.js names. hljs folds HTML into `xml` and TOML into `ini`; hcl and tsx have no
// grammar of their own (tsx/jsx are covered by its javascript/typescript grammars).
const TO_HLJS = {
  bash: 'bash',
  'shell-session': 'shell',
  dockerfile: 'dockerfile',
  yaml: 'yaml',
  json: 'json',
  python: 'python',
  javascript: 'javascript',
  typescript: 'typescript',
  jsx: 'javascript',
  tsx: 'typescript',
  go: 'go',
  java: 'java',
  rust: 'rust',
  c: 'c',
  cpp: 'cpp',
  csharp: 'csharp',
  php: 'php',
  ruby: 'ruby',
  sql: 'sql',
  html: 'xml',
  css: 'css',
  scss: 'scss',
  xml: 'xml',
  ini: 'ini',
  toml: 'ini',
  nginx: 'nginx',
  makefile: 'makefile',
  powershell: 'powershell',
  markdown: 'markdown',
  diff: 'diff',
  graphql: 'graphql',
};
const hljsSubset = [...new Set(Object.values(TO_HLJS))].filter((n) => hljs.getLanguage(n));

// A prediction counts as right when it names the label's language (strict), or (lenient) a close
// variant the label does not rule out: plain JS is valid TS, JSX is usually labelled javascript, C is
// mostly valid C++, CSS is valid SCSS, a `$ `-prompted session is what authors label bash.
const COMPATIBLE = {
  javascript: ['jsx'],
  typescript: ['javascript', 'tsx'],
  tsx: ['jsx', 'javascript', 'typescript'],
  jsx: ['javascript'],
  cpp: ['c'],
  bash: ['shell-session'],
  'shell-session': ['bash'],
  scss: ['css'],
};
const strictOk = (truth, pred) => truth === pred;
const lenientOk = (truth, pred) => truth === pred || (COMPATIBLE[truth] ?? []).includes(pred);
const hljsOk = (truth, name) => name === TO_HLJS[truth];

function blocks() {
  const out = [];
  const parser = unified().use(remarkParse);
  for (const file of fg.sync('**/*.md', { cwd: corpusDir, absolute: true })) {
    const tree = parser.parse(readFileSync(file, 'utf8'));
    visit(tree, 'code', (node) => {
      if (!node.lang || node.value.trim() === '') return;
      const truth = normalizeLanguageLabel(node.lang);
      if (isLanguage(truth)) out.push({ truth, code: node.value, file });
    });
  }
  return out;
}

function summarize(rows, predict, ok) {
  const per = new Map(LANGUAGES.map((l) => [l, { n: 0, labelled: 0, right: 0, rightLenient: 0 }]));
  const confusion = new Map();
  let labelled = 0;
  let right = 0;
  let rightLenient = 0;
  for (const row of rows) {
    const pred = predict(row);
    const s = per.get(row.truth);
    s.n++;
    if (pred === null) continue;
    labelled++;
    s.labelled++;
    if (ok.strict(row.truth, pred)) {
      right++;
      s.right++;
    }
    if (ok.lenient(row.truth, pred)) {
      rightLenient++;
      s.rightLenient++;
    } else {
      const key = `${row.truth} -> ${pred}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
  }
  return { per, confusion, labelled, right, rightLenient, total: rows.length };
}

const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

const rows = blocks();
const t0 = performance.now();
// Precision by confidence band shows whether the confidence score means something.
const BANDS = [0.9, 0.7, 0.5];
const bands = BANDS.map((min) => ({ min, n: 0, right: 0 }));
const ours = summarize(
  rows,
  (r) => {
    const d = detectLanguage(r.code);
    const band = d && bands.find((b) => d.confidence >= b.min);
    if (band) {
      band.n++;
      if (lenientOk(r.truth, d.language)) band.right++;
    }
    if (verbose && d && !lenientOk(r.truth, d.language)) {
      console.log(`--- ${r.truth} -> ${d.language} (${d.confidence}) ${r.file}\n${r.code.slice(0, 300)}`);
    }
    if (!d && r.truth === abstainedOf)
      console.log(`--- abstained ${r.truth} ${r.file}\n${r.code.slice(0, 300)}`);
    return d?.language ?? null;
  },
  { strict: strictOk, lenient: lenientOk },
);
const oursMs = performance.now() - t0;
const t1 = performance.now();
const theirs = summarize(
  rows,
  (r) => {
    const res = hljs.highlightAuto(r.code, hljsSubset);
    return res.relevance > 0 && res.language ? res.language : null;
  },
  {
    strict: hljsOk,
    lenient: (truth, name) =>
      hljsOk(truth, name) || (COMPATIBLE[truth] ?? []).some((c) => TO_HLJS[c] === name),
  },
);
const hljsMs = performance.now() - t1;

console.log(`blocks: ${rows.length} labelled fences in the language set`);
console.log('');
console.log(
  'language        count | ours: precision (lenient)  coverage | hljs: precision (lenient)  coverage',
);
for (const lang of LANGUAGES) {
  const a = ours.per.get(lang);
  const b = theirs.per.get(lang);
  if (a.n === 0) continue;
  console.log(
    `${lang.padEnd(14)} ${String(a.n).padStart(6)} | ${pct(a.right, a.labelled)} (${pct(a.rightLenient, a.labelled)})  ${pct(a.labelled, a.n)}` +
      ` | ${pct(b.right, b.labelled)} (${pct(b.rightLenient, b.labelled)})  ${pct(b.labelled, b.n)}`,
  );
}
console.log('');
for (const [name, s, ms] of [
  ['ours', ours, oursMs],
  ['highlight.js', theirs, hljsMs],
]) {
  console.log(
    `${name.padEnd(13)} precision ${pct(s.right, s.labelled)} strict, ${pct(s.rightLenient, s.labelled)} lenient; ` +
      `coverage ${pct(s.labelled, s.total)} (${s.labelled}/${s.total}); ${ms.toFixed(0)} ms`,
  );
}
console.log(
  `\nours by confidence (lenient precision): ${bands.map((b) => `>= ${b.min}: ${pct(b.right, b.n)} of ${b.n}`).join('; ')}`,
);
for (const [name, s] of [
  ['ours', ours],
  ['highlight.js', theirs],
]) {
  const top = [...s.confusion].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(
    `\ntop confusions (${name}, label -> prediction): ${top.map(([k, v]) => `${k} x${v}`).join(', ')}`,
  );
}
