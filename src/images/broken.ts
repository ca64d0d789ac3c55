/** A Hashnode image whose attributes are malformed, so it parsed as text; offsets are into the source. */
export interface BrokenImage {
  url: string;
  alt: string;
  start: number;
  end: number;
}

/** `![alt](` up to the closing parenthesis or the end of the line. Linear: no nested quantifiers. */
const ATTEMPT = /!\[([^\]\n]*)\]\(([^()\n]*)\)?/g;

/**
 * Finds Hashnode images in `text` (at source offset `offset`) that did not parse because an attribute is
 * malformed (`align="center`, `align=center`). hashnode-image-syntax reports and fixes them; here they only
 * need to count as images, so that a section of such screenshots is not taken for text.
 */
export function findBrokenImages(text: string, offset: number): BrokenImage[] {
  const found: BrokenImage[] = [];
  for (const match of text.matchAll(ATTEMPT)) {
    const [url = '', ...rest] = match[2]!.trim().split(/[ \t]+/);
    const attributes = rest.some((part) => part.includes('=')) || url.includes('="');
    if (!attributes) continue;
    const start = offset + match.index;
    found.push({ url: url.includes('=') ? '' : url, alt: match[1]!, start, end: start + match[0].length });
  }
  return found;
}
