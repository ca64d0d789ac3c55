import type { Nodes } from 'mdast';

/** Text a reader can read has at least one letter or digit; emoji, punctuation and whitespace alone do not say anything. */
export function isReadable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(/&[#\w]+;/g, ' '));
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The few character references HTML written by Hashnode's editor uses; others are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][\da-fA-F]{1,6}|#\d{1,7}|[A-Za-z]{2,8});/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Messages quote text; long text makes them unreadable. */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Whitespace runs as one space, ends trimmed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text a heading shows (images in it say nothing here), one line. mdast-util-to-string is only a
 * development dependency, and it would add alt text.
 */
export function plainText(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text' || current.type === 'inlineCode') parts.push(current.value);
    else if ('children' in current)
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
  return squash(parts.join(''));
}
