/** Names of the invisible and space characters the debris rules talk about, as Unicode names them (lower case). */
const NAMES: Readonly<Record<string, string>> = {
  '\u00A0': 'no-break space',
  '\u00AD': 'soft hyphen',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'byte order mark',
  '\t': 'tab',
  ' ': 'space',
};

/** `U+200B` for a character. */
export function codePoint(character: string): string {
  return 'U+' + (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** `zero-width space (U+200B)`: invisible characters cannot be shown in backticks, so they are named. */
export function describeCharacter(character: string): string {
  return `${NAMES[character] ?? 'character'} (${codePoint(character)})`;
}

/** The code point that ends just before `offset`, or undefined at the start. */
export function codePointBefore(text: string, offset: number): string | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(offset - 2, offset);
  }
  return text[offset - 1];
}

/** The code point that starts at `offset`, or undefined at the end. */
export function codePointAt(text: string, offset: number): string | undefined {
  const value = text.codePointAt(offset);
  return value === undefined ? undefined : String.fromCodePoint(value);
}
