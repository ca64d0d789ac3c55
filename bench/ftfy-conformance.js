// Runs ftfy's own test cases against the mojibake engine and prints pass rates per file.
// Usage: node bench/ftfy-conformance.js [--verbose]   (after building: npx tsc -p tsconfig.build.json)
import { existsSync, readFileSync } from 'node:fs';
import { repairMojibake } from '../dist/src/encoding/index.js';

const dir = new URL('../../shared/conformance/ftfy/', import.meta.url);
const FILES = [
  'negative.json',
  'synthetic.json',
  'in-the-wild.json',
  'language-names.json',
  'known-failures.json',
];
const verbose = process.argv.includes('--verbose');

if (!existsSync(dir)) {
  console.log(`ftfy conformance data not found at ${dir.pathname}; skipping.`);
  process.exit(0);
}

// ftfy's `fixed` also straightens quotes and unescapes HTML; this engine repairs encoding only. Where `fixed`
// differs from `original` by nothing else, the expectation here is "unchanged".
function cosmetic(text) {
  return text
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(
      /&(amp|lt|gt|quot|#39|#x27|nbsp);/g,
      (m, name) =>
        ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' })[name] ?? m,
    )
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
}

function expected(c) {
  if (c['fixed-encoding'] !== undefined) return c['fixed-encoding'];
  if (c.fixed !== c.original && cosmetic(c.original) === cosmetic(c.fixed)) return c.original;
  return c.fixed;
}

let totalPass = 0;
let totalCount = 0;
const rows = [];
for (const file of FILES) {
  const url = new URL(file, dir);
  if (!existsSync(url)) continue;
  const cases = JSON.parse(readFileSync(url, 'utf8'));
  let pass = 0;
  let ftfyPass = 0;
  let beatsRef = 0;
  let losesToRef = 0;
  const failures = [];
  for (const c of cases) {
    const want = expected(c);
    const got = repairMojibake(c.original).text;
    const ok = got === want;
    const refOk = c.expect === 'pass';
    if (ok) pass++;
    if (refOk) ftfyPass++;
    if (ok && !refOk) beatsRef++;
    if (!ok && refOk) losesToRef++;
    if (!ok) failures.push({ label: c.label, original: c.original, want, got, ftfy: c.expect });
  }
  totalPass += pass;
  totalCount += cases.length;
  rows.push({ file, pass, count: cases.length, ftfyPass, beatsRef, losesToRef });
  console.log(
    `${file}: ${pass}/${cases.length} passed (ftfy expects ${ftfyPass}/${cases.length};` +
      ` passed where ftfy fails: ${beatsRef}, failed where ftfy passes: ${losesToRef})`,
  );
  for (const f of failures) {
    console.log(`  FAIL [ftfy: ${f.ftfy}] ${f.label}`);
    if (verbose) {
      console.log(`    original: ${JSON.stringify(f.original)}`);
      console.log(`    expected: ${JSON.stringify(f.want)}`);
      console.log(`    got:      ${JSON.stringify(f.got)}`);
    }
  }
}
console.log(
  `total: ${totalPass}/${totalCount} (${((100 * totalPass) / Math.max(1, totalCount)).toFixed(1)}%)`,
);
