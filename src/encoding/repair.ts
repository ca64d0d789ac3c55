// repairMojibake: the document-level decision first, then sequence-level repair of what is left.
import { CODE_PAGES, getCodePage, type CodePageName } from './codepages.js';
import { fixRun, type Group } from './run-fix.js';
import { looksLikeMojibake } from './badness.js';
import { scanRun } from './segment.js';
import type { MojibakeRepair, MojibakeResult, RepairOptions } from './types.js';

const MAX_LAYERS = 3;
/** A document-level decision holds when leftovers are at most this fraction of the recovered characters. */
const LEFTOVER_RATIO = 0.5;
const NON_ASCII = /[\u0080-\uffff]/;
const LINE_CONTEXT = 200;

export function repairMojibake(text: string, options: RepairOptions = {}): MojibakeResult {
  if (!NON_ASCII.test(text)) return { text, repairs: [], encoding: null, uncertain: [] };
  const runs = findRuns(text);
  const { layers, firstGroups } = decideDocument(text, runs);
  const protectedRanges = [...(options.protectedRanges ?? [])].sort((a, b) => a[0] - b[0]);
  const repairs: MojibakeRepair[] = [];
  let p = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] ?? 0;
    const end = runs[r + 1] ?? 0;
    const line = (): string => lineAround(text, start, end);
    const before = repairs.length;
    const known = layers.length === 1 ? firstGroups?.[r / 2] : undefined;
    if (known && known.length > 0) {
      for (const g of known) repairs.push(toRepair(text, g, [...layers], 'document'));
      fixC1Controls(text, start, end, repairs, before, 'document');
      continue;
    }
    if (layers.length > 1 && repairRun(text, start, end, layers, 'document', line, repairs)) {
      fixC1Controls(text, start, end, repairs, before, 'document');
      continue;
    }
    while (p < protectedRanges.length && (protectedRanges[p]?.[1] ?? 0) <= start) p++;
    const guard = protectedRanges[p];
    if (guard && guard[0] < end && guard[1] > start) continue;
    repairSequence(text, start, end, line, repairs);
    fixC1Controls(text, start, end, repairs, before, 'sequence');
  }
  if (repairs.length === 0)
    return { text, repairs, encoding: layers.length ? layers.join('+') : null, uncertain: [] };
  let out = '';
  let at = 0;
  for (const rep of repairs) {
    out += text.slice(at, rep.start) + rep.after;
    at = rep.end;
  }
  out += text.slice(at);
  return {
    text: out,
    repairs,
    encoding: layers.length ? layers.join('+') : null,
    uncertain: repairs.filter((rep) => rep.candidates !== undefined),
  };
}

/**
 * C1 controls left in text[start, end) (outside this run's repairs) are Windows-1252 characters read as
 * Latin-1 (U+0093 for “): no text means a C1 control, so each becomes the Windows-1252 character.
 */
function fixC1Controls(
  text: string,
  start: number,
  end: number,
  repairs: MojibakeRepair[],
  from: number,
  level: 'document' | 'sequence',
): void {
  let any = false;
  for (let i = start; i < end && !any; i++) {
    const c = text.charCodeAt(i);
    any = c >= 0x80 && c <= 0x9f;
  }
  if (!any) return;
  const runRepairs = repairs.splice(from);
  const page = getCodePage('windows-1252');
  let r = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    while (r < runRepairs.length && (runRepairs[r]?.end ?? 0) <= i)
      repairs.push(runRepairs[r++] as MojibakeRepair);
    const cur = runRepairs[r];
    if (code < 0x80 || code > 0x9f || (cur && cur.start <= i)) continue;
    const after = page.high[code - 0x80] ?? '';
    if (after === '') continue;
    repairs.push({ start: i, end: i + 1, before: text[i] ?? '', after, encodings: ['iso-8859-1'], level });
  }
  while (r < runRepairs.length) repairs.push(runRepairs[r++] as MojibakeRepair);
}

/** Start/end pairs of the maximal runs of non-ASCII code units (a plain loop: faster than a regex here). */
function findRuns(text: string): number[] {
  const runs: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && text.charCodeAt(i) >= 0x80) i++;
    runs.push(start, i);
  }
  return runs;
}

/**
 * For each layer, the code page whose bytes, read as UTF-8, explain the most non-ASCII text with the fewest
 * leftovers. Empty when no code page explains the document as a whole.
 */
function decideDocument(text: string, runs: readonly number[]): Decision {
  const layers: CodePageName[] = [];
  let firstGroups: Group[][] | null = null;
  let current = text;
  let currentRuns = runs;
  for (let layer = 0; layer < MAX_LAYERS && currentRuns.length > 0; layer++) {
    // Long documents: rank every code page on a sample of runs, then count in full only the likeliest.
    let names: readonly CodePageName[] = CODE_PAGES;
    if (currentRuns.length > 2 * SAMPLE_RUNS) {
      const sampled = CODE_PAGES.map((name) => ({
        name,
        tally: tally(current, currentRuns, name, SAMPLE_RUNS),
      }))
        .filter((x) => x.tally.fixed > 0)
        .sort((a, b) => score(b.tally) - score(a.tally));
      if (sampled.length > 0) names = sampled.slice(0, FULL_COUNT).map((x) => x.name);
    }
    let best: CodePageName | null = null;
    let bestScore = -Infinity;
    for (const name of CODE_PAGES) {
      if (!names.includes(name)) continue;
      const t = tally(current, currentRuns, name, Infinity);
      // Enough evidence, and leftovers (characters this code page cannot explain) a minority; a single
      // piece of evidence must stand alone, or an accident like `DrÃ¥ber` beside a real `–` would count.
      if (t.evidence < 1 || t.leftover > t.fixed * LEFTOVER_RATIO || (t.leftover > 0 && t.evidence < 2))
        continue;
      if (score(t) > bestScore) {
        bestScore = score(t);
        best = name;
      }
    }
    if (best === null) break;
    layers.push(best);
    const groups: Group[][] = [];
    const next = applyLayer(current, currentRuns, best, groups);
    if (layer === 0) firstGroups = groups;
    current = next;
    currentRuns = findRuns(next);
  }
  return { layers, firstGroups };
}

interface Decision {
  layers: CodePageName[];
  /** Layer-one groups of each run (index = run number), reused when there is a single layer. */
  firstGroups: Group[][] | null;
}

interface Tally {
  fixed: number;
  leftover: number;
  uncertain: number;
  evidence: number;
}

const SAMPLE_RUNS = 2000;
const FULL_COUNT = 4;

/** Among code pages that qualify, the one that explains the most with the fewest leftovers; on a tie, the
 * more common code page (list order), not the more striking output. */
function score(t: Tally): number {
  return t.fixed - 4 * t.leftover - t.uncertain;
}

function tally(text: string, runs: readonly number[], name: CodePageName, maxRuns: number): Tally {
  const page = getCodePage(name);
  const t: Tally = { fixed: 0, leftover: 0, uncertain: 0, evidence: 0 };
  const limit = Math.min(runs.length, maxRuns * 2);
  for (let r = 0; r < limit; r += 2) {
    const s = scanRun(text, runs[r] ?? 0, runs[r + 1] ?? 0, page, null);
    t.fixed += s.fixedChars;
    t.leftover += s.leftoverChars;
    t.uncertain += s.uncertainUnits;
    t.evidence += s.evidence;
    // Give up on a code page as soon as its leftovers can no longer be a minority.
    if (t.leftover > 16 && t.leftover > t.fixed) break;
  }
  return t;
}

function applyLayer(text: string, runs: readonly number[], name: CodePageName, groupsOut: Group[][]): string {
  const page = getCodePage(name);
  let out = '';
  let at = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] ?? 0;
    const end = runs[r + 1] ?? 0;
    const groups = fixRun(text, start, end, page, 'document', () => lineAround(text, start, end));
    groupsOut.push(groups);
    for (const g of groups) {
      out += text.slice(at, g.start) + g.after;
      at = g.end;
    }
  }
  return out + text.slice(at);
}

/**
 * Repairs text[start, end) through the given layers; pushes repairs and returns true when anything changed.
 * One layer: one repair per group of damaged sequences. Several: one repair for the run, trimmed to the change.
 */
function repairRun(
  text: string,
  start: number,
  end: number,
  layers: readonly CodePageName[],
  level: 'document' | 'sequence',
  line: () => string,
  repairs: MojibakeRepair[],
): boolean {
  const first = layers[0];
  if (first === undefined) return false;
  const groups = fixRun(text, start, end, getCodePage(first), level, line);
  if (groups.length === 0) return false;
  if (layers.length === 1) {
    for (const g of groups) repairs.push(toRepair(text, g, [first], level));
    return true;
  }
  let current = assemble(text.slice(start, end), groups, start);
  const used: CodePageName[] = [first];
  let uncertain = groups.some((g) => g.candidates !== null);
  for (const name of layers.slice(1)) {
    const inner = fixRun(current, 0, current.length, getCodePage(name), level, line);
    if (inner.length === 0) continue;
    uncertain ||= inner.some((g) => g.candidates !== null);
    current = assemble(current, inner, 0);
    used.push(name);
  }
  const before = text.slice(start, end);
  let head = 0;
  while (head < before.length && head < current.length && before[head] === current[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < current.length - head &&
    before[before.length - 1 - tail] === current[current.length - 1 - tail]
  ) {
    tail++;
  }
  const g: Group = {
    start: start + head,
    end: end - tail,
    after: current.slice(head, current.length - tail),
    candidates: null,
  };
  if (uncertain) g.candidates = [g.after];
  repairs.push(toRepair(text, g, used.reverse(), level));
  return true;
}

/** Sequence level: the code page (and further layers) that repair most of this run on its own evidence. */
function repairSequence(
  text: string,
  start: number,
  end: number,
  line: () => string,
  repairs: MojibakeRepair[],
): void {
  // Cheap refusals first: a lone character is never a sequence, and a run that reads as a word (letters of
  // one script, no capital after a small letter) holds no part that looks like mojibake.
  if (end - start < 2 || !looksLikeMojibake(text, start, end)) return;
  const run = text.slice(start, end);
  // Single-layer results without candidates depend only on the run: reuse them (runs recur in a post).
  const known = sequenceMemo.get(run);
  if (known !== undefined) {
    if (known === null) return;
    for (const g of known.groups) {
      repairs.push(
        toRepair(text, { ...g, start: g.start + start, end: g.end + start }, [known.page], 'sequence'),
      );
    }
    return;
  }
  let best: CodePageName | null = null;
  let bestGroups: Group[] = [];
  let bestCovered = 0;
  for (const name of CODE_PAGES) {
    const page = getCodePage(name);
    if (scanRun(run, 0, run.length, page, null).units === 0) continue;
    const groups = fixRun(run, 0, run.length, page, 'sequence', line);
    let covered = 0;
    for (const g of groups) covered += g.end - g.start;
    if (covered > bestCovered) {
      bestCovered = covered;
      best = name;
      bestGroups = groups;
    }
  }
  if (best === null) {
    remember(run, null);
    return;
  }
  const deeper = repairDeeper(assemble(run, bestGroups, 0), line);
  if (deeper.length > 0) {
    repairRun(text, start, end, [best, ...deeper], 'sequence', line, repairs);
    return;
  }
  if (bestGroups.every((g) => g.candidates === null)) remember(run, { page: best, groups: bestGroups });
  for (const g of bestGroups) {
    repairs.push(toRepair(text, { ...g, start: g.start + start, end: g.end + start }, [best], 'sequence'));
  }
}

const sequenceMemo = new Map<string, { page: CodePageName; groups: readonly Group[] } | null>();
const SEQUENCE_MEMO_LIMIT = 20_000;

function remember(run: string, value: { page: CodePageName; groups: readonly Group[] } | null): void {
  if (run.length > 64) return;
  if (sequenceMemo.size >= SEQUENCE_MEMO_LIMIT) sequenceMemo.clear();
  sequenceMemo.set(run, value);
}

/** Further layers that still apply (at sequence level) to an already once-repaired run. */
function repairDeeper(run: string, line: () => string): CodePageName[] {
  const found: CodePageName[] = [];
  let current = run;
  for (let layer = 1; layer < MAX_LAYERS; layer++) {
    let applied = false;
    for (const name of CODE_PAGES) {
      const groups = fixRun(current, 0, current.length, getCodePage(name), 'sequence', line);
      if (groups.length === 0) continue;
      current = assemble(current, groups, 0);
      found.push(name);
      applied = true;
      break;
    }
    if (!applied) break;
  }
  return found;
}

function assemble(run: string, groups: readonly Group[], offset: number): string {
  let out = '';
  let at = 0;
  for (const g of groups) {
    out += run.slice(at, g.start - offset) + g.after;
    at = g.end - offset;
  }
  return out + run.slice(at);
}

function toRepair(
  text: string,
  g: Group,
  encodings: string[],
  level: 'document' | 'sequence',
): MojibakeRepair {
  const repair: MojibakeRepair = {
    start: g.start,
    end: g.end,
    before: text.slice(g.start, g.end),
    after: g.after,
    encodings,
    level,
  };
  if (g.candidates !== null) repair.candidates = g.candidates;
  return repair;
}

/** The line holding text[start, end), capped on both sides: context for ranking lost-byte candidates. */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - LINE_CONTEXT);
  let to = text.indexOf('\n', end);
  if (to === -1 || to > end + LINE_CONTEXT) to = Math.min(text.length, end + LINE_CONTEXT);
  return text.slice(from, to);
}
