// Damage beyond reading bytes through a code page: a no-break space (byte 0xA0) that became a plain space,
// and CESU-8, which writes a character past U+FFFF as two 3-byte sequences.
import type { CodePage } from './codepages.js';
import { sequenceEvidence } from './badness.js';
import { isPlausibleCodePoint } from './unicode.js';
import { isContinuation } from './utf8.js';

/** A plain space at `at` may stand for byte 0xA0 when this code page decodes 0xA0 to a no-break space. */
export function spaceWasNbsp(text: string, at: number, page: CodePage): boolean {
  return text.charCodeAt(at) === 0x20 && page.encode[0xa0] === 0xa0;
}

/**
 * text[at] starts the bytes of a variation selector (U+FE00..U+FE0F are EF B8 80..8F) in this code page:
 * what follows a character that takes one, never a space.
 */
export function selectorFollows(text: string, at: number, page: CodePage): boolean {
  return page.encode[text.charCodeAt(at)] === 0xef && page.encode[text.charCodeAt(at + 1)] === 0xb8;
}

/**
 * Evidence of a sequence completed by a space read as 0xA0. `Ã ` (à) and `Â ` (no-break space) count in
 * full right after a small letter (`voilÃ  le`, `namedÂ `), where real text has no capital; elsewhere they
 * are a capital ending an all-caps word or the letter named alone (`IRMÃ E`, `Ã and`). Other leads count
 * half: a space after a letter is ordinary, what makes it damage is the rest of the text.
 */
export function nbspEvidence(text: string, start: number, end: number, cp: number, n: number): number {
  if (cp <= 0xff) {
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    return before >= 0x61 && before <= 0x7a ? 1 : 0.2;
  }
  return 0.5 * sequenceEvidence(text, start, end, cp, n);
}

// The words that start with `à` (Portuguese contractions), where no space followed the no-break space.
const GLUED_TO_A_GRAVE = /^(?:s|quel[ae]s?|quilo)(?![\p{L}'’])/u;

/**
 * `à` is a word of its own in French, Italian and Portuguese, so its 0xA0 was usually followed by a real
 * space, which an editor merged with it: `Ã perturber` is `à perturber`. Not so before a second space (the
 * real one, `voilÃ  le`) or before the rest of a contraction (`Ã s` for `às`, `Ã quele` for `àquele`).
 */
export function keepsSpaceAfterA(text: string, at: number): boolean {
  const next = text.charCodeAt(at);
  if (next === 0x20 || next === 0x0a || next === 0x09 || Number.isNaN(next)) return false;
  return !GLUED_TO_A_GRAVE.test(text.slice(at, at + 8));
}

/**
 * CESU-8 (Java's and MySQL's `utf8` of old): a character past U+FFFF written as two 3-byte sequences, one
 * per UTF-16 surrogate (ED A0..AF xx, ED B0..BF xx). Returns the code point, or -1.
 */
export function cesuPair(bytes: Int16Array, i: number, len: number): number {
  if (i + 6 > len) return -1;
  const b1 = bytes[i + 1] ?? 0;
  const b2 = bytes[i + 2] ?? 0;
  const b4 = bytes[i + 4] ?? 0;
  const b5 = bytes[i + 5] ?? 0;
  if (b1 < 0xa0 || b1 > 0xaf || !isContinuation(b2) || bytes[i + 3] !== 0xed) return -1;
  if (b4 < 0xb0 || b4 > 0xbf || !isContinuation(b5)) return -1;
  const high = 0xd800 + ((b1 & 0x0f) << 6) + (b2 & 0x3f);
  const low = 0xdc00 + ((b4 & 0x0f) << 6) + (b5 & 0x3f);
  const cp = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  return isPlausibleCodePoint(cp) ? cp : -1;
}
