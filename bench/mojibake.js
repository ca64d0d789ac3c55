// Throughput of the mojibake engine on clean and damaged text, in MB/s of UTF-16 input (2 bytes a code unit
// is not used: MB here means 10^6 characters of input, the unit text editors and the engine see).
// Usage: node bench/mojibake.js   (after building: npx tsc -p tsconfig.build.json)
//
// "Damaged" inputs are UTF-8 bytes decoded with a legacy code page by iconv-lite, which writes U+FFFD for
// bytes the code page leaves undefined (so `”` and the ZWJ lose a byte and need a ranked restoration):
// - generated, dense: a 222-character paragraph (English, French, German, Spanish, Portuguese, Russian,
//   emoji) damaged whole (276 characters, 27 repairs: one every 10 characters), repeated to 8 M characters.
//   This is the worst case, and the case the 10 MB/s target applies to.
// - generated, partly damaged: the same paragraph with only its emoji line damaged (sequence level).
// - realistic: every post of the corpus damaged through Windows-1252 (mostly ASCII between short runs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { repairMojibake } from '../dist/src/encoding/index.js';

const TARGET_CHARS = 8_000_000;

function damage(text, cp) {
  return iconv.decode(Buffer.from(text, 'utf8'), cp);
}

/** UTF-8 bytes decoded as `cp` by a strict decoder that drops the bytes the code page leaves undefined. */
function dropped(text, cp) {
  return damage(text, cp).replaceAll('\ufffd', '');
}

function generated(kind) {
  const ascii = 'Docker simplifies software development by packaging applications into containers. ';
  const accents = 'Ça a été déjà un « succès » à l’hôtel — Größe, niño, ação; Привет, мир. ';
  const emoji = '## 🚀 Mastering Docker — it’s “works on my machine” → 🔍 ✅ 🧑‍💻 ⚙️\n';
  let unit;
  if (kind === 'clean ASCII') unit = ascii;
  else if (kind === 'clean multilingual') unit = ascii + accents + emoji;
  else if (kind === 'damaged windows-1252') unit = damage(ascii + accents + emoji, 'windows-1252');
  else if (kind === 'damaged macintosh') unit = damage(ascii + accents + emoji, 'macintosh');
  else if (kind === 'partly damaged') unit = ascii + accents + damage(emoji, 'windows-1252');
  else throw new Error(kind);
  return unit.repeat(Math.ceil(TARGET_CHARS / unit.length));
}

function measure(label, texts) {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts.slice(0, 3)) repairMojibake(t); // warm up
  let best = Infinity;
  let changed = 0;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    changed = 0;
    for (const t of texts) if (repairMojibake(t).text !== t) changed++;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
  }
  const mbps = chars / 1e6 / (best / 1000);
  console.log(
    `${label.padEnd(28)} ${(chars / 1e6).toFixed(1).padStart(6)} M chars  ${best.toFixed(0).padStart(6)} ms  ` +
      `${mbps.toFixed(1).padStart(7)} MB/s  (${changed}/${texts.length} changed)`,
  );
}

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.md')) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
for (const kind of [
  'clean ASCII',
  'clean multilingual',
  'damaged windows-1252',
  'damaged macintosh',
  'partly damaged',
]) {
  measure(kind, [generated(kind)]);
}
const corpus = fileURLToPath(new URL('../../shared/corpus/posts/', import.meta.url));
if (existsSync(corpus)) {
  const posts = walk(corpus, []);
  measure('corpus posts (as is)', posts);
  const damaged = posts.map((p) => damage(p, 'windows-1252'));
  measure('corpus posts (windows-1252)', damaged);
  // Accuracy on the same posts: damaged posts that come back exactly (posts with no non-ASCII are not
  // damaged). Besides iconv-lite's U+FFFD, a strict decoder that drops the undefined bytes (seed 001), and
  // the same with every no-break space turned into a space by an editor.
  const accuracy = [
    ['windows-1252, undefined bytes as U+FFFD', (p) => damage(p, 'windows-1252')],
    ['windows-1254, undefined bytes dropped', (p) => dropped(p, 'windows-1254')],
    [
      'windows-1252, undefined bytes dropped, no-break spaces as spaces',
      (p) => dropped(p, 'windows-1252').replaceAll('\u00a0', ' '),
    ],
  ];
  for (const [label, damageWith] of accuracy) {
    let exact = 0;
    let touched = 0;
    for (const post of posts) {
      const d = damageWith(post);
      if (d === post) continue;
      touched++;
      if (repairMojibake(d).text === post) exact++;
    }
    console.log(`corpus posts restored exactly (${label}): ${exact}/${touched}`);
  }
} else {
  console.log(`corpus not found at ${corpus}; skipping the real posts.`);
}
