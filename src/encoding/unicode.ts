// Unicode facts the engine relies on: which code points are plausible text, and emoji sequence shapes.

// Unassigned, private-use, surrogate and control code points are never the intended result of a repair;
// except C1 controls, which are what one layer of double damage decodes to when a byte was undefined, and
// BMP private-use characters: icon fonts (Wingdings bullets from Word, Font Awesome) put them in real posts,
// and the Apple logo U+F8FF is Mac Roman 0xF0 (the lead byte of every emoji) in a Mac Roman inner layer.
function isBmpPrivateUse(cp: number): boolean {
  return cp >= 0xe000 && cp <= 0xf8ff;
}
const IMPLAUSIBLE = /^[\p{Cn}\p{Co}\p{Cs}\p{Cc}]$/u;
// Format characters, spaces other than U+0020 and combining marks are rarely what a lost byte held.
const INVISIBLE = /^[\p{Cf}\p{Zs}\p{Mn}\p{Me}]$/u;
// Built with the constructor: the `v` flag is newer than the compile target, but Node 20 supports it.
const RGI_WHOLE = new RegExp('^\\p{RGI_Emoji}$', 'v');
const RGI_GLOBAL = new RegExp('\\p{RGI_Emoji}', 'gv');

export const ZWJ = '\u200d';
export const VS16 = '\ufe0f';

// 0 = not yet known, 1 = plausible, 2 = implausible; filled lazily, one byte per code point.
let plausibleCache: Uint8Array | null = null;

export function isPlausibleCodePoint(cp: number): boolean {
  plausibleCache ??= new Uint8Array(0x110000);
  let v = plausibleCache[cp] ?? 2;
  if (v === 0) {
    v =
      IMPLAUSIBLE.test(String.fromCodePoint(cp)) && !(cp >= 0x80 && cp <= 0x9f) && !isBmpPrivateUse(cp)
        ? 2
        : 1;
    plausibleCache[cp] = v;
  }
  return v === 1;
}

const PRIVATE_OR_UNASSIGNED = /^[\p{Co}\p{Cn}]$/u;

/**
 * Private-use or unassigned: never a candidate for a lost byte. (A decoded byte may still be private use:
 * Mac Roman 0xF0 is U+F8FF, and icon fonts put BMP private-use characters in real text.)
 */
export function isPrivateOrUnassigned(cp: number): boolean {
  return PRIVATE_OR_UNASSIGNED.test(String.fromCodePoint(cp));
}

export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

// The emoji property regexes are slow; the same short strings come back again and again, so memoize.
const MEMO_LIMIT = 10_000;
const wholeMemo = new Map<string, boolean>();
const matchMemo = new Map<string, Array<readonly [number, number]>>();

export function isRgiEmoji(text: string): boolean {
  let v = wholeMemo.get(text);
  if (v === undefined) {
    v = RGI_WHOLE.test(text);
    if (wholeMemo.size >= MEMO_LIMIT) wholeMemo.clear();
    wholeMemo.set(text, v);
  }
  return v;
}

/** [start, end) of every RGI emoji sequence in text, longest match first as the property defines. */
export function rgiMatches(text: string): ReadonlyArray<readonly [number, number]> {
  let out = matchMemo.get(text);
  if (out === undefined) {
    out = [];
    for (const m of text.matchAll(RGI_GLOBAL)) out.push([m.index, m.index + m[0].length]);
    if (matchMemo.size >= MEMO_LIMIT) matchMemo.clear();
    matchMemo.set(text, out);
  }
  return out;
}

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

/** True for emoji-like code points (Extended_Pictographic); false for undefined. */
export function isPictographic(cp: number | undefined): boolean {
  return cp !== undefined && PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

/** Vertical and small presentation forms (U+FE10..U+FE6F): real text almost never holds them. */
export function isRareForm(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return cp >= 0xfe10 && cp <= 0xfe6f;
}
