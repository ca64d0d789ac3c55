// Pure repair of one run of non-ASCII text in one code page: cut into sequences, choose what to replace,
// rank the candidates of lost bytes. Returns the groups it would replace; the caller assembles the text.
import type { CodePage } from './codepages.js';
import { looksLikeMojibake } from './badness.js';
import { hasKeywords, isGuessable, keywordHit } from './prior.js';
import { rankSlots } from './rank.js';
import { scanRun, type Unit } from './segment.js';
import { selectorFollows } from './variants.js';

export interface Group {
  start: number;
  end: number;
  after: string;
  /** Chosen text first, then the alternatives; null when certain. */
  candidates: string[] | null;
  /** The damaged text, kept with memoized groups so that each repair does not copy it again. */
  before?: string;
}

const MAX_LETTER_ALTERNATIVES = 8;
/** Evidence a group needs on its own: one strong sequence even in a less common code page (weight 0.8). */
const SEQUENCE_EVIDENCE = 0.75;

/** A run of non-ASCII text to repair: text[start, end), read as bytes of `page`. */
export interface Run {
  text: string;
  start: number;
  end: number;
  page: CodePage;
  /** `document`: every recovered group is kept; `sequence`: only groups that are evidently damaged. */
  mode: 'document' | 'sequence';
  /** The run's line, built only when the keywords of a lost byte's candidates are looked up in it. */
  line: () => string;
  /** The repaired character just before the run, when the previous run's repair reaches it (see runContext). */
  context?: string;
  /** Only the extents are wanted (choosing a code page): the candidates of lost bytes are not ranked. */
  extentsOnly?: boolean;
}

/**
 * Groups of consecutive recovered sequences in the run. In 'sequence' mode only groups that are evidently
 * damaged are kept: a 3- or 4-byte sequence, or two sequences in a row, that look like mojibake.
 */
export function fixRun(run: Run): Group[] {
  return fixRunRelative(run).map((g) => ({ ...g, start: g.start + run.start, end: g.end + run.start }));
}

/**
 * fixRun with offsets relative to `start`. The array may be shared with later calls (memoized): read only.
 * The same damaged runs recur all through a post (`â€™`), so results are memoized per code page, mode and
 * run text, and a hit allocates nothing but the key. Results with candidates depend on the line only
 * through which candidates' keywords it holds: those are memoized per such signature. `context` is the
 * repaired character just before the run when the previous run's repair reaches it (see runContext).
 */
export function fixRunRelative(run: Run): readonly Group[] {
  const { text, start, end, page, mode, line, context = '' } = run;
  if (end - start > MEMO_MAX_RUN) return relative(fixRunUncached(run, null), start);
  // A space right after the run can complete its last sequence (see segment.ts), so it belongs to the key;
  // runs hold no ASCII, so the appended space cannot be confused with the run's own text.
  // The ASCII character before it can be the base of a keycap (see buildGroup): it belongs there too. In
  // sequence mode the evidence, which decides what is kept, looks at both neighbours (see badness.ts).
  // A context character is non-ASCII: the ASCII mark before it keeps it apart from the run's own text.
  // Whether a variation selector follows that space decides how it is read (see segment.ts): a mark too.
  const tail = text.charCodeAt(end) === 0x20 ? 1 : 0;
  const head = context === '' ? '' : '\u0001' + context;
  const selector = tail === 1 && selectorFollows(text, end + 1, page) ? '\u0002' : '';
  const key =
    mode === 'sequence'
      ? head + (text[start - 1] ?? '') + text.slice(start, end) + (text[end] ?? '') + selector
      : head + keycapBase(text, start) + text.slice(start, end + tail) + selector;
  const memo = memoFor(page, mode);
  const known = memo.get(key);
  let signature = '';
  if (known !== undefined) {
    if (!isLineDependent(known)) return known;
    signature = signatureOf(known.keyworded, line);
    const hit = known.bySignature.get(signature);
    if (hit) return hit;
  }
  const slots: Array<readonly string[]> = [];
  const groups = relative(fixRunUncached(run, slots), start);
  // A group that took the space after the run may depend on the word after it (see segment.ts): not memoized.
  if (run.extentsOnly || groups.some((g) => g.end > end - start)) return groups;
  for (const g of groups) g.before = text.slice(start + g.start, start + g.end);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  if (groups.every((g) => g.candidates === null)) {
    memo.set(key, groups);
    return groups;
  }
  let entry = known;
  if (entry === undefined) {
    entry = { keyworded: keywordedOf(slots), bySignature: new Map() };
    signature = signatureOf(entry.keyworded, line);
    memo.set(key, entry);
  }
  if (isLineDependent(entry) && entry.bySignature.size < MAX_SIGNATURES)
    entry.bySignature.set(signature, groups);
  return groups;
}

/** Memoized groups of a run with candidates: by which of the keyworded candidates the line mentions. */
interface LineDependent {
  keyworded: readonly string[];
  bySignature: Map<string, readonly Group[]>;
}
type Memo = Map<string, readonly Group[] | LineDependent>;
const MAX_SIGNATURES = 16;

function isLineDependent(v: readonly Group[] | LineDependent): v is LineDependent {
  return !Array.isArray(v);
}

function keywordedOf(slots: ReadonlyArray<readonly string[]>): string[] {
  const out = new Set<string>();
  for (const slot of slots) for (const c of slot) if (hasKeywords(c)) out.add(c);
  return [...out];
}

function signatureOf(keyworded: readonly string[], line: () => string): string {
  if (keyworded.length === 0) return '';
  const text = line();
  let sig = '';
  for (const c of keyworded) sig += keywordHit(c, text) ? '1' : '0';
  return sig;
}

function relative(groups: Group[], start: number): Group[] {
  for (const g of groups) {
    g.start -= start;
    g.end -= start;
  }
  return groups;
}

const MEMO_LIMIT = 20_000;
const MEMO_MAX_RUN = 64;
const documentMemos = new Map<CodePage, Memo>();
const sequenceMemos = new Map<CodePage, Memo>();

function memoFor(page: CodePage, mode: 'document' | 'sequence'): Memo {
  const memos = mode === 'document' ? documentMemos : sequenceMemos;
  let memo = memos.get(page);
  if (!memo) {
    memo = new Map();
    memos.set(page, memo);
  }
  return memo;
}

/** The groups of `run`, not memoized; the candidates of every lost byte are added to `slots` when given. */
function fixRunUncached(run: Run, slots: Array<readonly string[]> | null): Group[] {
  const { text, start, end, page, mode, line, context = '' } = run;
  const units: Unit[] = [];
  scanRun(text, start, end, page, units);
  if (slots) for (const u of units) if (u.candidates !== null) slots.push(u.candidates);
  const groups: Group[] = [];
  let g = 0;
  while (g < units.length) {
    let h = g + 1;
    while (h < units.length && units[h]?.start === units[h - 1]?.end) h++;
    const members = units.slice(g, h);
    g = h;
    const first = members[0];
    const last = members[members.length - 1];
    if (!first || !last) continue;
    if (mode === 'sequence') {
      // Alone, a run must be evidently damaged: a 3- or 4-byte sequence or two in a row, looking like mojibake.
      const strong = members.length >= 2 || first.bytes >= 3;
      let evidence = 0;
      let blind = 0;
      for (const u of members) {
        evidence += u.evidence;
        if (u.candidates !== null && !isGuessable(u.candidates)) blind++;
      }
      // U+FFFD for half the group or more: no reading of it is convincing.
      if (blind * 2 >= members.length && blind > 0) continue;
      if (!strong || evidence < SEQUENCE_EVIDENCE || !looksLikeMojibake(text, first.start, last.end))
        continue;
    }
    if (run.extentsOnly && members.some((u) => u.candidates !== null)) {
      // Ranking the candidates would be wasted work.
      groups.push({ start: first.start, end: last.end, after: '', candidates: [] });
      continue;
    }
    const base = first.start === start && context !== '' ? context : keycapBase(text, first.start);
    groups.push(buildGroup(members, first.start, last.end, line, base));
  }
  return groups;
}

/**
 * The repaired character a run follows, when the previous run's last repair ends where this run starts: it
 * took the space between them as a no-break space (`âš ï¸` is ⚠ and a lost VS16), so a lost byte at the
 * start of this run is ranked with it (⚠ + VS16 is an emoji, ⚠ + VS1 is not). '' otherwise.
 */
export function runContext(prevEnd: number, prevAfter: string, start: number): string {
  if (prevEnd !== start || prevAfter === '') return '';
  const last = prevAfter.codePointAt(prevAfter.length - 1) ?? 0;
  return last >= 0xdc00 && last <= 0xdfff ? prevAfter.slice(-2) : prevAfter.slice(-1);
}

/** The ASCII character before a group when it can start a keycap emoji (`1` + VS16 + U+20E3), else ''. */
function keycapBase(text: string, start: number): string {
  const prev = start > 0 ? text.charCodeAt(start - 1) : 0;
  return (prev >= 0x30 && prev <= 0x39) || prev === 0x23 || prev === 0x2a ? String.fromCharCode(prev) : '';
}

function buildGroup(
  members: readonly Unit[],
  start: number,
  end: number,
  line: () => string,
  base: string,
): Group {
  if (members.every((u) => u.candidates === null)) {
    return { start, end, after: members.map((u) => u.text).join(''), candidates: null };
  }
  const parts: Array<string | readonly string[]> = members.map((u) =>
    u.candidates === null ? u.text : isGuessable(u.candidates) ? u.candidates : '\ufffd',
  );
  // A keycap's digit is ASCII, outside the run: rank with it so that `1` + VS16 + U+20E3 counts as emoji.
  // The same for the emoji a previous run ends with (see runContext).
  const ranked = rankSlots(base === '' ? parts : [base, ...parts], line()).texts.map((t) =>
    t.slice(base.length),
  );
  const after = ranked[0] ?? '';
  const candidates = [...ranked];
  let offset = 0;
  for (const u of members) {
    const piece = u.candidates === null ? u.text : isGuessable(u.candidates) ? null : '\ufffd';
    // Positions after a ranked slot are not fixed, so letter alternatives are listed only before it.
    if (piece === null) break;
    if (u.candidates !== null) {
      for (const c of u.candidates) {
        if (candidates.length > MAX_LETTER_ALTERNATIVES) break;
        candidates.push(after.slice(0, offset) + c + after.slice(offset + 1));
      }
    }
    offset += piece.length;
  }
  return { start, end, after, candidates };
}
