// Reading a run of non-ASCII text as bytes of one code page and cutting it into UTF-8 sequences.
// A run is a maximal stretch of non-ASCII code units: UTF-8 mojibake never contains ASCII, because every
// byte of a multi-byte sequence is >= 0x80 and these code pages decode such bytes to non-ASCII characters.
import type { CodePage } from './codepages.js';
import { decodeSequence, isContinuation, sequenceLength } from './utf8.js';
import {
  betweenSmallLetters,
  codePageWeight,
  GLUED,
  hasNonLetter,
  insideWord,
  sequenceEvidence,
} from './badness.js';
import { MARK_CODE } from './marks.js';
import { isGuessable } from './prior.js';
import { isPlausibleCodePoint, isPrivateOrUnassigned } from './unicode.js';
import { cesuPair, keepsSpaceAfterA, nbspEvidence, selectorFollows, spaceWasNbsp } from './variants.js';

/** Marks a U+FFFD in the input: a byte the decoder could not map, so one of the code page's undefined bytes. */
const UNKNOWN = -2;
/** Marks a `?` read as a lost byte (see marks.ts): any byte at all. */
const ANY = -3;
/** What a sequence completed by a `?` becomes: nothing tells its many readings apart. */
const NO_CANDIDATES: readonly string[] = Object.freeze([]);

/** One UTF-8 sequence recovered from the run, in input offsets. */
export interface Unit {
  start: number;
  end: number;
  /** Decoded text when certain; for uncertain units the candidates are in `candidates`. */
  text: string;
  /** Sequence length in bytes (2..4). */
  bytes: number;
  /** Several code points fit because bytes were lost or replaced; unranked, in code point order. */
  candidates: readonly string[] | null;
  /** How strongly this sequence alone says "mojibake" (see badness.ts), weighted by the code page. */
  evidence: number;
}

export interface RunStats {
  fixedChars: number;
  leftoverChars: number;
  units: number;
  strongUnits: number;
  uncertainUnits: number;
  /** Uncertain units whose candidates nothing tells apart (letters): they become U+FFFD. */
  blindUnits: number;
  /** Units completed with bytes that left no mark in the text (a strict decoder dropped them). */
  droppedUnits: number;
  evidence: number;
}

// Reused scratch buffers: scanning allocates nothing per character.
const sharedStats: RunStats = {
  fixedChars: 0,
  leftoverChars: 0,
  units: 0,
  strongUnits: 0,
  uncertainUnits: 0,
  blindUnits: 0,
  droppedUnits: 0,
  evidence: 0,
};
let scratch = new Int16Array(256);
const seq = [0, 0, 0, 0];

function byteAt(page: CodePage, code: number): number {
  if (code === MARK_CODE) return ANY;
  if (code === 0xfffd && page.undefinedBytes.length > 0) return UNKNOWN;
  return page.encode[code] ?? -1;
}

/**
 * The returned stats object is shared: read it before the next call.
 * Cut text[start, end) into recovered sequences (pushed to `units` when given) and leftovers, and count them.
 * Lost bytes: a 3- or 4-byte sequence that is one or two bytes short is completed with the code page's
 * undefined bytes (those a decoder drops); a U+FFFD is one such byte in place.
 */
export function scanRun(
  text: string,
  start: number,
  end: number,
  page: CodePage,
  units: Unit[] | null,
): RunStats {
  const len = end - start;
  if (scratch.length < len) scratch = new Int16Array(len * 2);
  for (let i = 0; i < len; i++) scratch[i] = byteAt(page, text.charCodeAt(start + i));
  const stats = sharedStats;
  stats.fixedChars = 0;
  stats.leftoverChars = 0;
  stats.units = 0;
  stats.strongUnits = 0;
  stats.uncertainUnits = 0;
  stats.blindUnits = 0;
  stats.droppedUnits = 0;
  stats.evidence = 0;
  const weight = codePageWeight(page.name);
  const canLose = page.undefinedBytes.length > 0;
  // A chain of recovered Cyrillic or Greek letters shaped like a word, read from symbols (`╨┐╤Ç╨░╨▓`):
  // each pair alone is weak, the word they spell together is not.
  let chainEnd = -1;
  let chainLength = 0;
  let chainSmall = false;
  let chainFromSymbols = false;
  let i = 0;
  while (i < len) {
    const lead = scratch[i] ?? -1;
    if (lead === ANY) {
      // A `?` that completes no sequence is a question mark after all (see marks.ts).
      i++;
      continue;
    }
    const n = lead >= 0 ? sequenceLength(lead) : 0;
    if (n === 0) {
      stats.leftoverChars++;
      i++;
      continue;
    }
    let j = i + 1;
    let present = 0;
    let unknown = 0;
    let marked = 0;
    while (j < len && j - i < n) {
      const b = scratch[j] ?? -1;
      if (b === UNKNOWN) unknown++;
      else if (b === ANY) marked++;
      else if (isContinuation(b)) present++;
      else break;
      j++;
    }
    const missing = n - 1 - present - unknown - marked;
    // The run ends one byte short and a plain space follows: see below. Does a variation selector follow?
    const spaced = missing === 1 && unknown === 0 && j === len && spaceWasNbsp(text, start + len, page);
    const selector = spaced && selectorFollows(text, start + len + 1, page);
    if (marked > 0) {
      // A `?` in the place of a byte (see marks.ts): the sequence is certainly damage, and unknowable.
      // Of 2-byte sequences, only those of the classic leads C2 and C3 (`Â?`, `Ã?`): other leads are
      // letters that a real question mark follows (`JOSÉ?`, `weiß?`).
      if (missing === 0 && (n > 2 || lead === 0xc2 || lead === 0xc3)) {
        const evidence = weight * 0.3;
        record(stats, units, start + i, start + j, n, '', NO_CANDIDATES, evidence, true);
        i = j;
      } else {
        stats.leftoverChars++;
        i++;
      }
      continue;
    }
    if (missing === 0 && unknown === 0) {
      for (let k = 0; k < n; k++) seq[k] = scratch[i + k] ?? 0;
      const cp = decodeSequence(seq, 0, n);
      if (cp >= 0 && isPlausibleCodePoint(cp)) {
        const evidence = weight * sequenceEvidence(text, start + i, start + j, cp, n);
        record(stats, units, start + i, start + j, n, String.fromCodePoint(cp), null, evidence);
        const letter = n === 2 ? wordLetter(cp) : NO_LETTER;
        if (letter !== NO_LETTER && i === chainEnd && !(chainSmall && letter === CAPITAL)) {
          chainLength++;
        } else {
          chainLength = letter === NO_LETTER ? 0 : 1;
          chainSmall = false;
          chainFromSymbols = false;
        }
        chainSmall ||= letter === SMALL;
        chainFromSymbols ||= chainLength > 0 && hasNonLetter(text, start + i, start + j);
        chainEnd = j;
        if (chainLength === WORD_CHAIN && chainFromSymbols) stats.evidence += 2 * weight;
        i = j;
        continue;
      }
      const pair = lead === 0xed ? cesuPair(scratch, i, len) : -1;
      if (pair >= 0) {
        // Scored as the 4-byte sequence it stands for: an emoji is as strong evidence either way.
        const evidence = weight * sequenceEvidence(text, start + i, start + i + 6, pair, 4);
        record(stats, units, start + i, start + i + 6, 4, String.fromCodePoint(pair), null, evidence);
        i += 6;
        continue;
      }
    } else if (
      spaced &&
      (selector ||
        !(canLose && n >= 3 && present >= 1 && isGuessable(lostByteCandidatesAt(scratch, i, j, n, page))))
    ) {
      // The run ends one byte short and a plain space follows: the byte was 0xA0, a no-break space in this
      // code page, which an editor or a copy turned into a space (`Ð ` for `Р`, `Ã ` for `à`). Where a lost
      // byte would give an emoji or frequent punctuation, that reading wins (`ğŸ” ` is 🔍 and a space),
      // unless a variation selector follows the space, which no space takes (`â˜ ï¸` is ☠️, not ☁ and ︁).
      for (let k = 0; k < n - 1; k++) seq[k] = scratch[i + k] ?? 0;
      seq[n - 1] = 0xa0;
      const cp = decodeSequence(seq, 0, n);
      if (cp >= 0 && isPlausibleCodePoint(cp)) {
        // With a selector after it, the character is one half of an emoji sequence: full evidence.
        const evidence =
          weight *
          (selector
            ? sequenceEvidence(text, start + i, start + len + 1, cp, n)
            : nbspEvidence(text, start + i, start + len + 1, cp, n));
        const char =
          String.fromCodePoint(cp) + (cp === 0xe0 && keepsSpaceAfterA(text, start + len + 1) ? ' ' : '');
        record(stats, units, start + i, start + len + 1, n, char, null, evidence);
        i = len;
        continue;
      }
    }
    if (
      (missing > 0 || unknown > 0) &&
      canLose &&
      missing + unknown <= 2 &&
      (missing === 0 || (n >= 3 && present >= 1))
    ) {
      const candidates = lostByteCandidatesAt(scratch, i, j, n, page);
      if (candidates.length > 0) {
        if (missing > 0) stats.droppedUnits++;
        const only = candidates.length === 1 ? (candidates[0] ?? null) : null;
        // Lost bytes weaken the evidence unless what fits is an emoji or frequent punctuation; inside a
        // word of one script (camel case, `ПоздравЂаво`), the missing byte is more likely never there.
        const shape = insideWord(text, start + i, start + j) ? 0.5 : 1;
        const guessable = isGuessable(candidates);
        // A letter's lost byte between two small ASCII letters (`SlovenÄ�ina`) is damage inside a word: it
        // becomes U+FFFD, and counts like any symbol glued into a word.
        const walled = !guessable && betweenSmallLetters(text, start + i, start + j);
        const evidence = weight * (walled ? GLUED : shape * (guessable ? 1 : 0.3));
        record(
          stats,
          units,
          start + i,
          start + j,
          n,
          only ?? '',
          only === null ? candidates : null,
          evidence,
          walled,
        );
        i = j;
        continue;
      }
    }
    stats.leftoverChars++;
    i++;
  }
  return stats;
}

const NO_LETTER = 0;
const CAPITAL = 1;
const SMALL = 2;
/** Letters in a row that make a chain a word. */
const WORD_CHAIN = 4;

/** Whether cp is a Cyrillic or Greek capital or small letter (the scripts of 2-byte UTF-8 words). */
function wordLetter(cp: number): number {
  if (cp >= 0x400 && cp <= 0x42f) return CAPITAL;
  if (cp >= 0x430 && cp <= 0x45f) return SMALL;
  if (cp >= 0x391 && cp <= 0x3a9) return CAPITAL;
  if (cp >= 0x3ac && cp <= 0x3ce) return SMALL;
  return NO_LETTER;
}

function record(
  stats: RunStats,
  units: Unit[] | null,
  start: number,
  end: number,
  bytes: number,
  text: string,
  candidates: readonly string[] | null,
  evidence: number,
  // The loss is accounted for (a letter glued inside a word, a `?` in the byte's place): not blind.
  accounted = false,
): void {
  stats.units++;
  stats.evidence += evidence;
  stats.fixedChars += end - start;
  if (bytes >= 3) stats.strongUnits++;
  if (candidates !== null) {
    stats.uncertainUnits++;
    if (!accounted && !isGuessable(candidates)) stats.blindUnits++;
  }
  units?.push({ start, end, text, bytes, candidates, evidence });
}

const candidateCache = new Map<string, readonly string[]>();
const quickCache = new Map<CodePage, Map<number, readonly string[]>>();

/** lostByteCandidates for scratch[from, to), memoized on a numeric key so the hot path allocates nothing. */
function lostByteCandidatesAt(
  bytes: Int16Array,
  from: number,
  to: number,
  n: number,
  page: CodePage,
): readonly string[] {
  let key = n * 8 + (to - from);
  for (let k = from; k < to; k++) key = key * 258 + (bytes[k] ?? 0) + 2;
  let perPage = quickCache.get(page);
  if (!perPage) {
    perPage = new Map();
    quickCache.set(page, perPage);
  }
  let found = perPage.get(key);
  if (!found) {
    found = lostByteCandidates(Array.from(bytes.subarray(from, to)), n, page);
    perPage.set(key, found);
  }
  return found;
}

/**
 * Every plausible code point for a sequence of length n whose known bytes are `pattern` (UNKNOWN where a
 * U+FFFD stands) and which lost n - pattern.length bytes, anywhere after the lead byte.
 */
export function lostByteCandidates(pattern: readonly number[], n: number, page: CodePage): readonly string[] {
  const key = `${page.name}:${n}:${pattern.join(',')}`;
  const cached = candidateCache.get(key);
  if (cached) return cached;
  const found = new Set<number>();
  const fill = page.undefinedBytes;
  const shapes: number[][] = [];
  insertUnknowns(pattern, n - pattern.length, 1, shapes);
  const bytes = [0, 0, 0, 0];
  for (const shape of shapes) {
    const holes: number[] = [];
    shape.forEach((b, k) => {
      if (b === UNKNOWN) holes.push(k);
    });
    const total = fill.length ** holes.length;
    for (let c = 0; c < total; c++) {
      let rest = c;
      for (let k = 0; k < n; k++) bytes[k] = shape[k] ?? 0;
      for (const h of holes) {
        bytes[h] = fill[rest % fill.length] ?? 0;
        rest = Math.floor(rest / fill.length);
      }
      const cp = decodeSequence(bytes, 0, n);
      if (cp >= 0 && isPlausibleCodePoint(cp) && !isPrivateOrUnassigned(cp)) found.add(cp);
    }
  }
  const result = [...found].sort((a, b) => a - b).map((cp) => String.fromCodePoint(cp));
  candidateCache.set(key, result);
  return result;
}

/** All ways to insert `count` UNKNOWN bytes into pattern at positions >= from (never before the lead). */
function insertUnknowns(pattern: readonly number[], count: number, from: number, out: number[][]): void {
  if (count === 0) {
    out.push([...pattern]);
    return;
  }
  for (let pos = from; pos <= pattern.length; pos++) {
    const next = [...pattern.slice(0, pos), UNKNOWN, ...pattern.slice(pos)];
    insertUnknowns(next, count - 1, pos + 1, out);
  }
}
