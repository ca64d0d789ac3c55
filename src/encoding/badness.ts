// The heuristic that spots damage in a stretch of text, used where there is no document-wide evidence.
// Mojibake of a multi-byte UTF-8 character mixes a letter (the lead byte) with symbols, punctuation, control
// characters or case changes (the continuation bytes). Words in real languages are runs of letters.

const LETTER = /\p{L}|\p{M}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const GREEK = /\p{Script=Greek}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** True when text[start, end) has something no word would: a non-letter, or a capital right after a small letter. */
export function looksLikeMojibake(text: string, start: number, end: number): boolean {
  let prevLower = false;
  let prevScript = 0;
  for (let i = start; i < end; i++) {
    const kind = classify(text, i);
    if (kind === NOT_LETTER) return true;
    const upper = (kind & UPPER_BIT) !== 0;
    if (prevLower && upper) return true;
    prevLower = (kind & LOWER_BIT) !== 0;
    // Letters of two scripts glued together (`ΓÇÖ`, Greek then Latin) do not make a word.
    const script = kind & SCRIPT_MASK;
    if (script !== 0 && prevScript !== 0 && script !== prevScript) return true;
    prevScript = script;
  }
  return false;
}

/**
 * True when text[start, end) and the characters on either side are letters of one script, whatever their
 * case: the shape of a word (`ПоздравЂаво`, camel case), not of damage that lost a byte.
 */
export function insideWord(text: string, start: number, end: number): boolean {
  let script = -1;
  for (let i = Math.max(0, start - 1); i < Math.min(text.length, end + 1); i++) {
    const kind = classify(text, i);
    if (kind === NOT_LETTER) return false;
    const s = kind & SCRIPT_MASK;
    if (script !== -1 && s !== script) return false;
    script = s;
  }
  return true;
}

/** True when text[start, end) holds a character that is not a letter. */
export function hasNonLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (classify(text, i) === NOT_LETTER) return true;
  return false;
}

// Character classes as bits: letter case, and script (Latin, Greek, Cyrillic, or other).
const NOT_LETTER = 0;
const LETTER_BIT = 1;
const UPPER_BIT = 2;
const LOWER_BIT = 4;
const SCRIPT_MASK = 8 | 16 | 32;
const LATIN_S = 8;
const GREEK_S = 16;
const CYRILLIC_S = 32;

// classify() of each UTF-16 code unit, plus one (0: not yet known); the regexes are too slow for a hot loop.
let classCache: Uint8Array | null = null;

function classify(text: string, i: number): number {
  const c = text.charCodeAt(i);
  classCache ??= new Uint8Array(0x10000);
  const known = classCache[c] ?? 0;
  if (known !== 0) return known - 1;
  const kind = classifyUncached(text, i, c);
  classCache[c] = kind + 1;
  return kind;
}

function classifyUncached(text: string, i: number, c: number): number {
  // Fast paths for the common blocks, regexes for the rest.
  if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) {
    return LETTER_BIT | LATIN_S | (c < 0xdf ? UPPER_BIT : LOWER_BIT);
  }
  if (c >= 0x410 && c <= 0x44f) return LETTER_BIT | CYRILLIC_S | (c < 0x430 ? UPPER_BIT : LOWER_BIT);
  if (c >= 0x3b1 && c <= 0x3c9) return LETTER_BIT | GREEK_S | LOWER_BIT;
  const ch = text[i] ?? '';
  if (!LETTER.test(ch)) return NOT_LETTER;
  let kind = LETTER_BIT;
  if (UPPER.test(ch)) kind |= UPPER_BIT;
  else if (LOWER.test(ch)) kind |= LOWER_BIT;
  if (GREEK.test(ch)) kind |= GREEK_S;
  else if (CYRILLIC.test(ch)) kind |= CYRILLIC_S;
  else if (LATIN.test(ch)) kind |= LATIN_S;
  return kind;
}

const TYPOGRAPHIC_AFTER_LETTER = new Set([
  '\u2019',
  '\u201d',
  '\u201c',
  '\u2018',
  '\u2026',
  '\u2013',
  '\u2014',
]);
const NBSP = '\u00a0';

/** How much a code page is to be believed, from how often real text was mis-decoded with it. */
export function codePageWeight(name: string): number {
  if (name === 'windows-1252' || name === 'iso-8859-1') return 1;
  if (name === 'cp437' || name === 'cp850' || name === 'koi8-r') return 0.5;
  return 0.8;
}

/**
 * Evidence (0..1) that text[start, end), read as one UTF-8 sequence of `bytes` bytes decoding to `cp`, is
 * mojibake rather than real text. Sequences decoding to punctuation, symbols and emoji are strong evidence;
 * a 2-byte pair is strong only with the classic leads `Ã`/`Â`, because pairs like `É®` or `Ä ` are real text.
 */
export function sequenceEvidence(
  text: string,
  start: number,
  end: number,
  cp: number,
  bytes: number,
): number {
  if (isLineArt(text, start, end)) return 0.02;
  // A symbol glued to a small ASCII letter (`Ä°stanbul`, `wei√ü`, `Tiß║┐ng`) sits inside a word, where
  // no real text has one, when what it decodes to is a letter of that word's alphabet: stronger than any
  // sequence alone, so that it holds even in a less common code page (the weights are below 1).
  // Typography after a capital is real text (`VOCÊ…`, `NESTLÉ®`), and so are emoticons (`o¬ô`, `Ō¬o`),
  // which decode to controls or other alphabets.
  if (gluedSymbol(text, start, end, bytes) && isGluedResult(cp)) return GLUED;
  const odd = looksLikeMojibake(text, start, end);
  // Three or four non-ASCII letters in a row are unusual in any word, so a letters-only long sequence
  // keeps more of its weight than a letters-only pair.
  if (bytes >= 3 && !odd) return 0.6 * sequenceEvidence3or4(cp, bytes);
  const shape = odd ? 1 : 0.2;
  if (bytes >= 3) return shape * sequenceEvidence3or4(cp, bytes);
  // A C1 control is only a step towards a second layer of repair, never evidence on its own.
  if (cp < 0xa0) return 0;
  const next = text[start + 1] ?? '';
  // Lead byte C2/C3 (`Â`/`Ã` in Windows-1252, `¬`/`√` in Mac Roman): the classic mojibake of Latin-1
  // letters. Whatever follows such a lead is odd in real text, except typography after a capital letter.
  // Typography after a capital ends an all-caps word (`IRMÃ”`); between two letters it cannot (`HÃ”TEL`).
  if (cp <= 0xff)
    return TYPOGRAPHIC_AFTER_LETTER.has(next) && !(next !== '\u2019' && isAsciiLetter(text, end)) ? 0.3 : 1;
  if (next === NBSP) return 0.05;
  // Lead byte C4/C5: Central European letters (`Å¡` for š).
  if (cp <= 0x17f) return shape * 0.7;
  // Combining marks (`Ì¶` for U+0336, the strike-through of fancy text) follow a letter in real text.
  if (cp >= 0x0300 && cp <= 0x036f) return shape * 0.5;
  // Greek, Cyrillic, Hebrew, Arabic: convincing in words, weak alone.
  if ((cp >= 0x0370 && cp <= 0x052f) || (cp >= 0x05d0 && cp <= 0x06ff)) return shape * 0.4;
  return shape * 0.05;
}

/** Evidence by what a 3- or 4-byte sequence decodes to: emoji, punctuation and symbols are the usual damage. */
function sequenceEvidence3or4(cp: number, bytes: number): number {
  // Private use (icon fonts) is repaired along with a decision made on other evidence, never decides alone:
  // any text in any code page is full of 3-byte sequences that land there.
  if (cp >= 0xe000 && cp <= 0xf8ff) return 0;
  if (bytes === 4) return cp >= 0x1f000 && cp <= 0x1faff ? 1 : 0.3;
  // Spaces, separators and format characters are seldom what was written.
  if ((cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) || (cp >= 0x205f && cp <= 0x206f)) {
    return 0.3;
  }
  if ((cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) || cp >= 0xfe00) return 1;
  // Ligatures (`ﬁ`, `ﬂ`): what text copied from a PDF holds.
  if (cp >= 0xfb00 && cp <= 0xfb06) return 1;
  if ((cp >= 0x3040 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af)) return 0.6;
  if ((cp >= 0x0900 && cp <= 0x0e7f) || (cp >= 0x1e00 && cp <= 0x1eff)) return 0.6;
  return 0.3;
}

/** Evidence of damage glued into a word: above 1, so that it holds in a code page weighted 0.8. */
export const GLUED = 1.25;

/** text[start, end) sits between two small ASCII letters: inside a word (`SlovenÄ�ina`). */
export function betweenSmallLetters(text: string, start: number, end: number): boolean {
  return isSmallAsciiLetter(text, start - 1) && isSmallAsciiLetter(text, end);
}

function isAsciiLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

function isSmallAsciiLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x61 && c <= 0x7a;
}

/**
 * text[start, end) holds a symbol that is not typography, and touches a small ASCII letter (on both sides
 * for a 3-byte sequence: a lone one after a word is as likely a symbol of its own, `lá´´`).
 */
function gluedSymbol(text: string, start: number, end: number, bytes: number): boolean {
  const before = isSmallAsciiLetter(text, start - 1);
  const after = isSmallAsciiLetter(text, end);
  if (bytes === 2 ? !before && !after : !before || !after) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xa0 || TYPOGRAPHIC_AFTER_LETTER.has(text[i] ?? '')) return false;
  }
  for (let i = start; i < end; i++) if (classify(text, i) === NOT_LETTER) return true;
  return false;
}

const CASED = /^[\p{Lu}\p{Ll}]$/u;
const LATIN_OR_GREEK = /^[\p{Script=Latin}\p{Script=Greek}]$/u;
// 0 = not yet known, 1 = yes, 2 = no; per BMP code point.
let gluedCache: Uint8Array | null = null;

/** A capital or small Latin or Greek letter (Greek for the symbols of science, `IL2Rγc`). */
function isGluedResult(cp: number): boolean {
  if (cp > 0xffff) return false;
  gluedCache ??= new Uint8Array(0x10000);
  let v = gluedCache[cp] ?? 0;
  if (v === 0) {
    const ch = String.fromCharCode(cp);
    v = CASED.test(ch) && LATIN_OR_GREEK.test(ch) ? 1 : 2;
    gluedCache[cp] = v;
  }
  return v === 1;
}

/** Box drawing and block elements (DOS code pages are full of them): real line art, not damage. */
function isLineArt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2500 || c > 0x25ff) return false;
  }
  return true;
}
