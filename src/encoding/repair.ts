// repairMojibake: the document-level decision first, then sequence-level repair of what is left.
import { CODE_PAGES, getCodePage, type CodePageName } from './codepages.js';
import { fixRun, fixRunRelative, runContext, type Group } from './run-fix.js';
import { looksLikeMojibake } from './badness.js';
import { MARK, markQuestionMarks } from './marks.js';
import { scanRun } from './segment.js';
import type { MojibakeRepair, MojibakeResult, RepairOptions } from './types.js';

const MAX_LAYERS = 3;
/** A document-level decision holds when leftovers are at most this fraction of the recovered characters. */
const LEFTOVER_RATIO = 0.5;
const NON_ASCII = /[\u0080-\uffff]/;
const LINE_CONTEXT = 200;

export function repairMojibake(text: string, options: RepairOptions = {}): MojibakeResult {
  if (!NON_ASCII.test(text)) return { text, repairs: [], encoding: null, uncertain: [] };
  const protectedRanges = [...(options.protectedRanges ?? [])].sort((a, b) => a[0] - b[0]);
  const marked = markQuestionMarks(text);
  if (marked !== null) {
    const result = repairMarked(text, marked, protectedRanges);
    if (result !== null) return result;
  }
  return repairText(text, protectedRanges, null);
}

/**
 * The reading where a `?` after a non-ASCII character can stand for a lost byte (see marks.ts), or null when
 * the text does not bear it out. It holds only for a document-level decision in which a `?` completes a
 * sequence and no sequence lost a byte without a mark: an encoder that wrote `?` for what it could not hold
 * wrote it for every such byte, while a strict decoder drops bytes and leaves real question marks after them
 * (`ğŸ”?` is 🔍 and a question mark when other emoji of the post lost a byte unmarked). One `?` after a
 * sequence short of a byte may be a real question mark after a dropped byte: it takes two. A `?` that
 * completes no sequence stays a question mark.
 */
function repairMarked(
  text: string,
  marked: string,
  protectedRanges: ReadonlyArray<readonly [number, number]>,
): MojibakeResult | null {
  const result = repairText(marked, protectedRanges, (layer) => layer.dropped === 0);
  if (result === null || result.encoding === null) return null;
  const unmark = (s: string): string => (s.includes(MARK) ? s.replaceAll(MARK, '?') : s);
  let consumed = 0;
  let out = '';
  let at = 0;
  for (const rep of result.repairs) {
    if (!rep.after.includes(MARK)) for (const c of rep.before) if (c === MARK) consumed++;
    rep.before = text.slice(rep.start, rep.end);
    rep.after = unmark(rep.after);
    if (rep.candidates) rep.candidates = rep.candidates.map(unmark);
    out += text.slice(at, rep.start) + rep.after;
    at = rep.end;
  }
  if (consumed < 2) return null;
  return { ...result, text: out + text.slice(at) };
}

/**
 * The repair of `text`. `accept`, when given, must approve the first layer's tally of a document-level
 * decision, or the result is null.
 */
function repairText(
  text: string,
  protectedRanges: ReadonlyArray<readonly [number, number]>,
  accept: null,
): MojibakeResult;
function repairText(
  text: string,
  protectedRanges: ReadonlyArray<readonly [number, number]>,
  accept: (layer: Tally) => boolean,
): MojibakeResult | null;
function repairText(
  text: string,
  protectedRanges: ReadonlyArray<readonly [number, number]>,
  accept: ((layer: Tally) => boolean) | null,
): MojibakeResult | null {
  const runs = findRuns(text);
  const { layers, firstGroups } = decideDocument(text, runs, protectedRanges);
  if (accept !== null) {
    const first = layers[0];
    if (first === undefined || !accept(tally(text, runs, first, Infinity))) return null;
  }
  // One frozen array for all document-level repairs: dense damage has a repair every few characters, and
  // an array each (two objects that all survive) doubled the garbage collector's work.
  const docEncodings = Object.freeze([...layers]) as string[];
  const repairs: MojibakeRepair[] = [];
  let p = 0;
  // One closure for the whole document (runs are many): it reads the run being repaired.
  let lineStart = 0;
  let lineEnd = 0;
  const line = (): string => lineAround(text, lineStart, lineEnd);
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] ?? 0;
    const end = runs[r + 1] ?? 0;
    lineStart = start;
    lineEnd = end;
    const before = repairs.length;
    const known = layers.length === 1 ? firstGroups?.[r / 2] : undefined;
    if (known && known.length > 0) {
      for (const g of known) repairs.push(toRepair(text, g, start, docEncodings, 'document'));
      fixC1Controls(text, start, end, repairs, before, 'document');
      continue;
    }
    // Not repairs[-1]: a negative index is a property lookup, slow on this hot path.
    const prev = before > 0 ? repairs[before - 1] : undefined;
    const context = prev ? runContext(prev.end, prev.after, start) : '';
    if (layers.length > 1 && repairRun(text, start, end, layers, 'document', line, repairs, context)) {
      fixC1Controls(text, start, end, repairs, before, 'document');
      continue;
    }
    while (p < protectedRanges.length && (protectedRanges[p]?.[1] ?? 0) <= start) p++;
    const guard = protectedRanges[p];
    if (guard && guard[0] < end && guard[1] > start) continue;
    repairSequence(text, start, end, line, repairs, context);
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
function decideDocument(
  text: string,
  runs: readonly number[],
  protectedRanges: ReadonlyArray<readonly [number, number]>,
): Decision {
  const layers: CodePageName[] = [];
  let firstGroups: Array<readonly Group[]> | null = null;
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
      if (!qualifies(t)) continue;
      if (score(t) > bestScore) {
        bestScore = score(t);
        best = name;
      }
    }
    if (best === null) break;
    // A post whose damage is all in code (protected ranges) quotes mojibake on purpose: a whole file that
    // went through the wrong code page shows it in its prose too.
    if (layer === 0 && protectedRanges.length > 0 && proseEvidence(text, runs, best, protectedRanges) < 1)
      break;
    layers.push(best);
    const groups = layerGroups(current, currentRuns, best);
    if (layer === 0) firstGroups = groups;
    if (layer + 1 >= MAX_LAYERS) break;
    // Long documents: a further layer is looked for in the repaired sample first, and the whole text is
    // assembled only when the sample holds one (assembling a long text costs more than repairing it).
    if (currentRuns.length > 2 * SAMPLE_RUNS) {
      const sample = assembleLayer(current, currentRuns, groups, SAMPLE_RUNS);
      const sampleRuns = findRuns(sample);
      if (!CODE_PAGES.some((name) => qualifies(tally(sample, sampleRuns, name, Infinity)))) break;
    }
    current = assembleLayer(current, currentRuns, groups, Infinity);
    currentRuns = findRuns(current);
  }
  return { layers, firstGroups };
}

/**
 * Enough evidence, and leftovers (characters this code page cannot explain) a minority; a single piece of
 * evidence must stand alone, or an accident like `DrÃ¥ber` beside a real `–` would count. A reading that
 * would write U+FFFD for most of what it repairs explains nothing (`ã†â€™ãƒâ€ ã¢â‚¬â„¢…`).
 */
function qualifies(t: Tally): boolean {
  if (t.evidence < 1 || t.leftover > t.fixed * LEFTOVER_RATIO || (t.leftover > 0 && t.evidence < 2)) {
    return false;
  }
  return t.blind * 2 <= t.units;
}

interface Decision {
  layers: CodePageName[];
  /** Layer-one groups of each run (index = run number), reused when there is a single layer. */
  firstGroups: ReadonlyArray<readonly Group[]> | null;
}

interface Tally {
  fixed: number;
  leftover: number;
  uncertain: number;
  units: number;
  blind: number;
  dropped: number;
  evidence: number;
}

const SAMPLE_RUNS = 2000;
const FULL_COUNT = 4;

/** Among code pages that qualify, the one that explains the most with the fewest leftovers; on a tie, the
 * more common code page (list order), not the more striking output. */
function score(t: Tally): number {
  return t.fixed - 4 * t.leftover - t.uncertain;
}

/** Evidence for code page `name` in the runs outside the protected ranges (sorted by start). */
function proseEvidence(
  text: string,
  runs: readonly number[],
  name: CodePageName,
  protectedRanges: ReadonlyArray<readonly [number, number]>,
): number {
  const page = getCodePage(name);
  let evidence = 0;
  let p = 0;
  for (let r = 0; r < runs.length && evidence < 1; r += 2) {
    const start = runs[r] ?? 0;
    const end = runs[r + 1] ?? 0;
    while (p < protectedRanges.length && (protectedRanges[p]?.[1] ?? 0) <= start) p++;
    const guard = protectedRanges[p];
    if (guard && guard[0] < end && guard[1] > start) continue;
    evidence += scanRun(text, start, end, page, null).evidence;
  }
  return evidence;
}

function tally(text: string, runs: readonly number[], name: CodePageName, maxRuns: number): Tally {
  const page = getCodePage(name);
  const t: Tally = { fixed: 0, leftover: 0, uncertain: 0, units: 0, blind: 0, dropped: 0, evidence: 0 };
  const limit = Math.min(runs.length, maxRuns * 2);
  for (let r = 0; r < limit; r += 2) {
    const s = scanRun(text, runs[r] ?? 0, runs[r + 1] ?? 0, page, null);
    t.fixed += s.fixedChars;
    t.leftover += s.leftoverChars;
    t.uncertain += s.uncertainUnits;
    t.units += s.units;
    t.blind += s.blindUnits;
    t.dropped += s.droppedUnits;
    t.evidence += s.evidence;
    // Give up on a code page as soon as its leftovers can no longer be a minority.
    if (t.leftover > 16 && t.leftover > t.fixed) break;
  }
  return t;
}

/** The groups of each run repaired in one code page, offsets relative to the run. */
function layerGroups(text: string, runs: readonly number[], name: CodePageName): Array<readonly Group[]> {
  const page = getCodePage(name);
  const out: Array<readonly Group[]> = [];
  let lineStart = 0;
  let lineEnd = 0;
  const line = (): string => lineAround(text, lineStart, lineEnd);
  let prevEnd = -1;
  let prevAfter = '';
  for (let r = 0; r < runs.length; r += 2) {
    lineStart = runs[r] ?? 0;
    lineEnd = runs[r + 1] ?? 0;
    const context = runContext(prevEnd, prevAfter, lineStart);
    const groups = fixRunRelative({
      text,
      start: lineStart,
      end: lineEnd,
      page,
      mode: 'document',
      line,
      context,
    });
    const last = groups[groups.length - 1];
    prevEnd = last ? lineStart + last.end : -1;
    prevAfter = last?.after ?? '';
    out.push(groups);
  }
  return out;
}

/** The text with the groups of its first `maxRuns` runs applied (and cut after the last of them). */
function assembleLayer(
  text: string,
  runs: readonly number[],
  groups: ReadonlyArray<readonly Group[]>,
  maxRuns: number,
): string {
  let out = '';
  let at = 0;
  const limit = Math.min(groups.length, maxRuns);
  for (let r = 0; r < limit; r++) {
    const start = runs[2 * r] ?? 0;
    for (const g of groups[r] ?? []) {
      out += text.slice(at, start + g.start) + g.after;
      at = start + g.end;
    }
  }
  const stop = limit < groups.length ? Math.max(at, runs[2 * limit - 1] ?? 0) : text.length;
  return out + text.slice(at, stop);
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
  context = '',
): boolean {
  const first = layers[0];
  if (first === undefined) return false;
  const groups = fixRun({ text, start, end, page: getCodePage(first), mode: level, line, context });
  if (groups.length === 0) return false;
  if (layers.length === 1) {
    for (const g of groups) repairs.push(toRepair(text, g, 0, [first], level));
    return true;
  }
  // The last group may take the space after the run (a no-break space that became a space).
  const stop = Math.max(end, groups[groups.length - 1]?.end ?? end);
  let current = assemble(text.slice(start, stop), groups, start);
  const used: CodePageName[] = [first];
  let uncertain = groups.some((g) => g.candidates !== null);
  for (const name of layers.slice(1)) {
    const inner = fixRun({
      text: current,
      start: 0,
      end: current.length,
      page: getCodePage(name),
      mode: level,
      line,
    });
    if (inner.length === 0) continue;
    uncertain ||= inner.some((g) => g.candidates !== null);
    current = assemble(current, inner, 0);
    used.push(name);
  }
  const before = text.slice(start, stop);
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
    end: stop - tail,
    after: current.slice(head, current.length - tail),
    candidates: null,
  };
  if (uncertain) g.candidates = [g.after];
  repairs.push(toRepair(text, g, 0, used.reverse(), level));
  return true;
}

/**
 * Sequence level: the code page (and further layers) that repair most of this run on its own evidence.
 * `context`: the repaired character just before the run (see runContext), for ranking its lost bytes.
 */
function repairSequence(
  text: string,
  start: number,
  end: number,
  line: () => string,
  repairs: MojibakeRepair[],
  context: string,
): void {
  // Cheap refusals first: a lone character is never a sequence, and a run that reads as a word (letters of
  // one script, no capital after a small letter) holds no part that looks like mojibake.
  if (end - start < 2 || !looksLikeMojibake(text, start, end)) return;
  // With the space after it, which may be part of the last sequence, and the two characters after that
  // space, which say whether a variation selector follows it (see segment.ts).
  const tail = text.charCodeAt(end) === 0x20 ? 1 : 0;
  const run = text.slice(start, end + 3 * tail);
  const scanEnd = end - start;
  // The code page chosen for a run depends only on the run (runs recur in a post): it is memoized, and so
  // are the repairs themselves when they have no candidates (those depend on the line).
  const known = sequenceMemo.get(run);
  if (known === null) return;
  if (known?.groups) {
    for (const g of known.groups) repairs.push(toRepair(text, g, start, [known.page], 'sequence'));
    return;
  }
  let best: CodePageName | null = known?.page ?? null;
  let bestGroups: readonly Group[] = [];
  if (best === null) {
    let bestCovered = 0;
    // The reading that explains most of the run (fewest leftovers) says what the run is. When it would
    // write U+FFFD for half of it or more, the run is hopeless garble (`ã¢â‚¬â„¢ãƒæ’…`, lowercased after
    // the damage): another code page that explains only a part of it would be explaining an accident.
    let fewest = Infinity;
    let readable = false;
    for (const name of CODE_PAGES) {
      const page = getCodePage(name);
      const stats = scanRun(run, 0, scanEnd, page, null);
      if (stats.units === 0) continue;
      const clear = stats.blindUnits === 0 || stats.blindUnits * 2 < stats.units;
      if (stats.leftoverChars < fewest) readable = clear;
      else if (stats.leftoverChars === fewest) readable ||= clear;
      fewest = Math.min(fewest, stats.leftoverChars);
      // Extents only: the candidates of lost bytes are ranked for the chosen code page alone.
      const groups = fixRunRelative({
        text: run,
        start: 0,
        end: scanEnd,
        page,
        mode: 'sequence',
        line,
        extentsOnly: true,
      });
      let covered = 0;
      for (const g of groups) covered += g.end - g.start;
      if (covered > bestCovered) {
        bestCovered = covered;
        best = name;
        bestGroups = groups;
      }
    }
    if (!readable) best = null;
  }
  if (best === null) {
    remember(run, null);
    return;
  }
  if (known !== undefined || bestGroups.some((g) => g.candidates !== null)) {
    bestGroups = fixRunRelative({
      text: run,
      start: 0,
      end: scanEnd,
      page: getCodePage(best),
      mode: 'sequence',
      line,
      context,
    });
  }
  const deeper = repairDeeper(assemble(run.slice(0, scanEnd + tail), bestGroups, 0), line);
  const certain = deeper.length === 0 && bestGroups.every((g) => g.candidates === null && g.end <= scanEnd);
  remember(run, { page: best, groups: certain ? bestGroups : null });
  if (deeper.length > 0) {
    repairRun(text, start, end, [best, ...deeper], 'sequence', line, repairs, context);
    return;
  }
  for (const g of bestGroups) repairs.push(toRepair(text, g, start, [best], 'sequence'));
}

/** Per run: null when nothing is repaired; the code page, and the groups when they hold no candidates. */
const sequenceMemo = new Map<string, SequenceChoice | null>();

interface SequenceChoice {
  page: CodePageName;
  groups: readonly Group[] | null;
}
const SEQUENCE_MEMO_LIMIT = 20_000;

function remember(run: string, value: SequenceChoice | null): void {
  if (run.length > 64) return;
  if (sequenceMemo.size >= SEQUENCE_MEMO_LIMIT) sequenceMemo.clear();
  sequenceMemo.set(run, value);
}

/** Further layers that still apply (at sequence level) to an already once-repaired run. */
function repairDeeper(run: string, line: () => string): readonly CodePageName[] {
  const known = deeperMemo.get(run);
  if (known) return known;
  const found = findDeeper(run, line);
  if (deeperMemo.size >= SEQUENCE_MEMO_LIMIT) deeperMemo.clear();
  deeperMemo.set(run, found);
  return found;
}

const deeperMemo = new Map<string, readonly CodePageName[]>();

function findDeeper(run: string, line: () => string): CodePageName[] {
  const found: CodePageName[] = [];
  let current = run;
  for (let layer = 1; layer < MAX_LAYERS; layer++) {
    let applied = false;
    for (const name of CODE_PAGES) {
      const groups = fixRun({
        text: current,
        start: 0,
        end: current.length,
        page: getCodePage(name),
        mode: 'sequence',
        line,
      });
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

/** The repair for group g, whose offsets are relative to `offset`. */
function toRepair(
  text: string,
  g: Group,
  offset: number,
  encodings: string[],
  level: 'document' | 'sequence',
): MojibakeRepair {
  const repair: MojibakeRepair = {
    start: g.start + offset,
    end: g.end + offset,
    before: g.before ?? text.slice(g.start + offset, g.end + offset),
    after: g.after,
    encodings,
    level,
  };
  // Groups are memoized and shared: each repair gets its own list.
  if (g.candidates !== null) repair.candidates = [...g.candidates];
  return repair;
}

/** The line holding text[start, end), capped on both sides: context for ranking lost-byte candidates. */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - LINE_CONTEXT);
  let to = text.indexOf('\n', end);
  if (to === -1 || to > end + LINE_CONTEXT) to = Math.min(text.length, end + LINE_CONTEXT);
  return text.slice(from, to);
}
