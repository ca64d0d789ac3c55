// Draws the hand-labelled gold sample for bench/fence-accuracy.js and prints it for blind labelling:
// id, author label and text, never a prediction. A fixed seed makes the draw repeatable.
// Usage: npx tsc -p tsconfig.build.json && node bench/fence-gold-sample.js
//          [--size N] [--extra N] [--unlabelled] [--merge FILE]
//   --extra N     extend the sample with the next N blocks of the same shuffled order
//   --unlabelled  print only blocks that bench/fence-gold.json does not hold yet
//   --merge FILE  add labels to bench/fence-gold.json; FILE has lines `<id> <truth> [alsoOk,...]`
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isLanguage } from '../dist/src/fences/index.js';
import { blockHash, corpusBlocks, corpusDir, corpusPresent } from './fence-blocks.js';

const SEED = 20261123;
const DEFAULT_SIZE = 400;
const MAX_LINES = 40;
const goldPath = fileURLToPath(new URL('./fence-gold.json', import.meta.url));

// mulberry32: small, seedable, identical on every Node version.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, seed) {
  const out = [...items];
  const next = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const flag = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};

const readGold = () =>
  existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, 'utf8')) : { seed: SEED, note: '', blocks: {} };

function merge(blocks, file) {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const gold = readGold();
  let added = 0;
  for (const [n, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('//')) continue;
    const [id, truth, alsoOk] = line.trim().split(/\s+/);
    const block = byId.get(id);
    const ok = alsoOk ? alsoOk.split(',') : [];
    const bad = [truth, ...ok].find((l) => l !== 'none' && !isLanguage(l));
    if (!block || bad !== undefined) {
      throw new Error(`${file}:${n + 1}: ${block ? `unknown language \`${bad}\`` : `unknown id \`${id}\``}`);
    }
    gold.blocks[id] = {
      label: block.label,
      truth,
      ...(ok.length ? { alsoOk: ok } : {}),
      hash: blockHash(block.code),
    };
    added++;
  }
  // Short arrays on one line, as prettier writes them.
  const text = JSON.stringify(gold, null, 2).replace(
    /\[\n\s*([^\]]*?)\n\s*\]/g,
    (_, items) => `[${items.split(/,\n\s*/).join(', ')}]`,
  );
  writeFileSync(goldPath, `${text}\n`);
  console.log(`${added} labels merged; ${Object.keys(gold.blocks).length} blocks in ${goldPath}`);
}

function print(block, rank) {
  const lines = block.code.split('\n');
  const cut = lines.length > MAX_LINES ? `\n[... ${lines.length - MAX_LINES} more lines]` : '';
  console.log(`=== ${rank} ${block.id}  label: ${block.label} (\`${block.rawLabel}\`)`);
  console.log(lines.slice(0, MAX_LINES).join('\n') + cut);
}

if (!corpusPresent()) {
  console.log(`fence-gold-sample: corpus not found at ${corpusDir}, skipping`);
  process.exit(0);
}
const blocks = corpusBlocks();
const mergeFile = flag('--merge');
if (mergeFile) {
  merge(blocks, mergeFile);
} else {
  const size = Number(flag('--size') ?? DEFAULT_SIZE) + Number(flag('--extra') ?? 0);
  const labelled = process.argv.includes('--unlabelled') ? readGold().blocks : {};
  const sample = shuffled(blocks, SEED).slice(0, size);
  console.log(`${blocks.length} blocks; sample of ${sample.length}, seed ${SEED}\n`);
  for (const [i, block] of sample.entries()) if (!(block.id in labelled)) print(block, i + 1);
}
