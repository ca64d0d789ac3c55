/** Where a URL is written: offsets into the source. */
export interface Range {
  start: number;
  end: number;
}

const BEFORE = { image: /\]\(\s*<?$/, definition: /\]:\s*<?$/ } as const;

/**
 * The offsets of `url` as the destination of the image or definition whose source is `source[place]`, or
 * undefined when the source writes it otherwise (with escapes or character references), so it is left alone.
 * The destination follows `](` (an image) or `]:` (a definition); the alt text or title may repeat the URL.
 */
export function destinationRange(
  source: string,
  place: Range,
  url: string,
  kind: 'image' | 'definition',
): Range | undefined {
  if (url === '') return undefined;
  const raw = source.slice(place.start, place.end);
  let found: number | undefined;
  for (let at = raw.indexOf(url); at !== -1; at = raw.indexOf(url, at + 1)) {
    const after = raw[at + url.length];
    if (BEFORE[kind].test(raw.slice(0, at)) && (after === undefined || /[\s)>]/.test(after))) {
      found = at;
      // A definition's destination comes first; an image's comes after its alt text.
      if (kind === 'definition') break;
    }
  }
  return found === undefined
    ? undefined
    : { start: place.start + found, end: place.start + found + url.length };
}
