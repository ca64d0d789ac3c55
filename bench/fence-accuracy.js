// Accuracy of the code-block language classifier on the labelled fences of a corpus of Hashnode
// posts, side by side with highlight.js `highlightAuto` restricted to the same languages: first against
// the author labels, then against the hand-labelled gold sample in bench/fence-gold.json.
// Usage: npx tsc -p tsconfig.build.json && node bench/fence-accuracy.js [--verbose] [--abstained=LANG]
//   --verbose  also prints every disagreement, and the gold blocks the classifier gets wrong or skips
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import hljs from 'highlight.js';
import { detectLanguage, LANGUAGES } from '../dist/src/fences/index.js';
import { blockHash, corpusBlocks, corpusDir, corpusPresent } from './fence-blocks.js';

if (!corpusPresent()) {
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

function summarize(rows, preds, ok) {
  const per = new Map(LANGUAGES.map((l) => [l, { n: 0, labelled: 0, right: 0, rightLenient: 0 }]));
  const confusion = new Map();
  let labelled = 0;
  let right = 0;
  let rightLenient = 0;
  for (const [i, row] of rows.entries()) {
    const pred = preds[i];
    const s = per.get(row.label);
    s.n++;
    if (pred === null) continue;
    labelled++;
    s.labelled++;
    if (ok.strict(row.label, pred)) {
      right++;
      s.right++;
    }
    if (ok.lenient(row.label, pred)) {
      rightLenient++;
      s.rightLenient++;
    } else {
      const key = `${row.label} -> ${pred}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
  }
  return { per, confusion, labelled, right, rightLenient, total: rows.length };
}

const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const topPairs = (confusion, n) =>
  [...confusion]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, v]) => `${k} x${v}`)
    .join(', ');

const rows = corpusBlocks();
// Each tool predicts once per block; the raw-label and the gold reports both read these.
const t0 = performance.now();
const detections = rows.map((r) => detectLanguage(r.code));
const oursMs = performance.now() - t0;
const oursPreds = detections.map((d) => d?.language ?? null);
const t1 = performance.now();
const hljsPreds = rows.map((r) => {
  const res = hljs.highlightAuto(r.code, hljsSubset);
  return res.relevance > 0 && res.language ? res.language : null;
});
const hljsMs = performance.now() - t1;

// Precision by confidence band shows whether the confidence score means something.
const bands = [0.9, 0.7, 0.5].map((min) => ({ min, n: 0, right: 0 }));
for (const [i, r] of rows.entries()) {
  const d = detections[i];
  const band = d && bands.find((b) => d.confidence >= b.min);
  if (band) {
    band.n++;
    if (lenientOk(r.label, d.language)) band.right++;
  }
  if (verbose && d && !lenientOk(r.label, d.language)) {
    console.log(`--- ${r.label} -> ${d.language} (${d.confidence}) ${r.file}\n${r.code.slice(0, 300)}`);
  }
  if (!d && r.label === abstainedOf)
    console.log(`--- abstained ${r.label} ${r.file}\n${r.code.slice(0, 300)}`);
}
const ours = summarize(rows, oursPreds, { strict: strictOk, lenient: lenientOk });
const theirs = summarize(rows, hljsPreds, {
  strict: hljsOk,
  lenient: (truth, name) => hljsOk(truth, name) || (COMPATIBLE[truth] ?? []).some((c) => TO_HLJS[c] === name),
});

console.log(`blocks: ${rows.length} labelled fences in the language set`);
console.log('\nagainst the author labels');
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
  console.log(`\ntop confusions (${name}, label -> prediction): ${topPairs(s.confusion, 12)}`);
}

// 95% Wilson score interval: sound at the small counts and near-100% shares of a gold sample.
function wilson(x, n) {
  const z = 1.959964;
  const p = x / n;
  const d = 1 + (z * z) / n;
  const mid = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, mid - half), Math.min(1, mid + half)];
}

const withInterval = (x, n) => {
  if (n === 0) return '-';
  const [lo, hi] = wilson(x, n).map((v) => (100 * v).toFixed(1));
  return `${pct(x, n)} [${lo}-${hi}] ${x}/${n}`;
};

// Scores one tool on the gold blocks. A block whose truth is `none` is not code in a supported
// language, so any label on it is a false label.
function scoreGold(entries, preds, ok) {
  const s = { code: 0, none: 0, labelled: 0, labelledCode: 0, labelledNone: 0, right: 0 };
  const per = new Map();
  const confusion = new Map();
  for (const g of entries) {
    const pred = preds[g.row];
    const isCode = g.truth !== 'none';
    const p = per.get(g.truth) ?? { n: 0, right: 0 };
    per.set(g.truth, p);
    p.n++;
    s[isCode ? 'code' : 'none']++;
    if (pred === null) continue;
    s.labelled++;
    s[isCode ? 'labelledCode' : 'labelledNone']++;
    if (ok(g, pred)) {
      s.right++;
      p.right++;
    } else {
      const key = `${g.truth} -> ${pred}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
  }
  return { ...s, per, confusion };
}

function goldReport() {
  const goldUrl = new URL('./fence-gold.json', import.meta.url);
  if (!existsSync(goldUrl)) {
    console.log('\ngold sample: bench/fence-gold.json not found, skipping');
    return;
  }
  const gold = JSON.parse(readFileSync(goldUrl, 'utf8'));
  const rowOf = new Map(rows.map((r, i) => [r.id, i]));
  const entries = [];
  const missing = [];
  const changed = [];
  for (const [id, g] of Object.entries(gold.blocks)) {
    const row = rowOf.get(id);
    if (row === undefined) missing.push(id);
    else if (blockHash(rows[row].code) !== g.hash) changed.push(id);
    else entries.push({ ...g, id, row });
  }
  // A changed corpus invalidates the hand labels of the blocks that changed; they are left out.
  for (const [what, ids] of [
    ['not found in the corpus', missing],
    ['changed since they were labelled (hash mismatch)', changed],
  ]) {
    if (ids.length > 0) {
      console.log(
        `\nwarning: ${ids.length} gold block${ids.length === 1 ? '' : 's'} ${what}, left out: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''}`,
      );
    }
  }
  const accepted = (g) => [g.truth, ...(g.alsoOk ?? [])].filter((l) => l !== 'none');
  const oursGold = scoreGold(entries, oursPreds, (g, pred) => accepted(g).includes(pred));
  const hljsGold = scoreGold(entries, hljsPreds, (g, name) => accepted(g).some((l) => TO_HLJS[l] === name));
  const authorRight = entries.filter((g) => accepted(g).includes(g.label)).length;

  console.log(
    `\ngold sample: ${entries.length} hand-labelled blocks (bench/fence-gold.json, seed ${gold.seed}): ` +
      `${oursGold.code} code in a supported language, ${oursGold.none} not (truth \`none\`)`,
  );
  console.log(
    `author labels right on ${pct(authorRight, entries.length).trim()} of them (${authorRight}/${entries.length})`,
  );
  console.log(
    `\n${'tool'.padEnd(13)} ${'precision [95% CI]'.padEnd(31)} ${'coverage [95% CI]'.padEnd(31)} ` +
      `${'correct coverage [95% CI]'.padEnd(31)} labelled non-code`,
  );
  for (const [name, s] of [
    ['ours', oursGold],
    ['highlight.js', hljsGold],
  ]) {
    const cells = [
      [s.right, s.labelled],
      [s.labelledCode, s.code],
      [s.right, s.code],
    ].map(([x, n]) => withInterval(x, n).padEnd(31));
    console.log(`${name.padEnd(13)} ${cells.join(' ')} ${s.labelledNone}/${s.none}`);
  }
  // Close variants (JS for TS, C for C++, ...) as right: how much of the gap is variant choice.
  const variantOk = (g, pred) => accepted(g).some((l) => lenientOk(l, pred));
  const oursVariant = scoreGold(entries, oursPreds, variantOk);
  console.log(
    `ours, close variants counted as right: precision ${withInterval(oursVariant.right, oursVariant.labelled)}, ` +
      `correct coverage ${withInterval(oursVariant.right, oursVariant.code)}`,
  );
  console.log('\ncorrect coverage by true language\nlanguage           n     ours    hljs');
  const langs = [...oursGold.per.keys()].filter((l) => l !== 'none');
  langs.sort((a, b) => oursGold.per.get(b).n - oursGold.per.get(a).n || a.localeCompare(b));
  for (const lang of langs) {
    const a = oursGold.per.get(lang);
    const b = hljsGold.per.get(lang);
    console.log(`${lang.padEnd(14)} ${String(a.n).padStart(5)}   ${pct(a.right, a.n)}  ${pct(b.right, b.n)}`);
  }
  for (const [name, s] of [
    ['ours', oursGold],
    ['highlight.js', hljsGold],
  ]) {
    console.log(`\ngold confusions (${name}, truth -> prediction): ${topPairs(s.confusion, 20) || 'none'}`);
  }
  if (verbose) {
    for (const g of entries) {
      const pred = oursPreds[g.row];
      if (pred !== null && !accepted(g).includes(pred))
        console.log(`--- gold ${g.id}: ${g.truth} -> ${pred}`);
      if (pred === null && g.truth !== 'none') console.log(`--- gold abstained ${g.id}: ${g.truth}`);
    }
  }
}

goldReport();
