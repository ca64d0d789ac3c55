// ASCII question marks standing for lost bytes. An encoder writes `?` for a character its charset cannot
// hold, so text that went through one shows `â€?` for `”` (the 0x9D, kept as U+009D by a lenient decoder,
// could not be encoded) or `â?¬` for `€`. Which characters an encoder cannot hold depends on its charset,
// not on the code page of the mojibake, so a `?` can stand for any byte: the sequence it completes is
// written as U+FFFD, never guessed (for `â€?` some forty punctuation marks fit, `’` the most frequent).

/** Stands for a `?` read as a lost byte: a noncharacter (a text holding one is not marked), not ASCII. */
export const MARK = '\uffff';
export const MARK_CODE = 0xffff;

/**
 * The text with every `?` that can be a byte of a UTF-8 sequence replaced by MARK (same length, so offsets
 * hold), or null when there is none or the text already holds a MARK. Such a `?` follows a non-ASCII
 * character, directly or after one or two other such `?` (`â??` is a `’` that lost two bytes).
 */
export function markQuestionMarks(text: string): string | null {
  let out: string | null = null;
  let at = 0;
  // A plain loop over the `?` of the text: a regex with a look-behind tries every position of a long post.
  for (let i = text.indexOf('?'); i !== -1; i = text.indexOf('?', i + 1)) {
    let k = i - 1;
    while (k >= i - 2 && text.charCodeAt(k) === 0x3f) k--;
    const before = text.charCodeAt(k);
    if (!(before >= 0x80 && before !== MARK_CODE)) continue;
    out = (out ?? '') + text.slice(at, i) + MARK;
    at = i + 1;
  }
  if (out === null || text.includes(MARK)) return null;
  return out + text.slice(at);
}
