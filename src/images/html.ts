import { decodeEntities, isReadable } from './text.js';

/** An `<img>` tag; offsets are into the source. */
export interface HtmlImage {
  url: string;
  alt: string;
  /** False when the tag has no `alt` at all; `alt=""` is HTML's mark of a decorative image. */
  hasAlt: boolean;
  start: number;
  end: number;
}

export interface HtmlScan {
  images: HtmlImage[];
  /** Readable text outside tags and comments. */
  text: boolean;
  /** Media that is neither text nor an image (a video, an iframe). */
  media: boolean;
  /** The first tag or text that is not a comment, for messages; `undefined` when there is none. */
  first: string | undefined;
}

/**
 * One tag. The alternatives start on different characters and `<` ends an unquoted run, so an attempt that
 * fails stops at the next `<` or quote: no backtracking blow-up on unclosed tags.
 */
const TAG = /<(\/?)([A-Za-z][\w-]*)((?:[^>"'<]|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const MEDIA = new Set(['iframe', 'video', 'audio', 'object', 'embed', 'svg', 'canvas']);
/** Text inside these is not shown. */
const HIDDEN = new Set(['script', 'style', 'template']);

/** Reads raw HTML as the source has it (`raw` starts at source offset `offset`). Linear in its length. */
export function scanHtml(raw: string, offset: number): HtmlScan {
  const scan: HtmlScan = { images: [], text: false, media: false, first: undefined };
  for (const [from, to] of outsideComments(raw)) scanSegment(raw, from, to, offset, scan);
  return scan;
}

function scanSegment(raw: string, from: number, to: number, offset: number, scan: HtmlScan) {
  const segment = raw.slice(from, to);
  let hidden: string | undefined;
  let last = 0;
  const readText = (text: string) => {
    if (hidden !== undefined || text.trim() === '') return;
    scan.first ??= text.trim();
    if (isReadable(text)) scan.text = true;
  };
  for (const match of segment.matchAll(TAG)) {
    readText(segment.slice(last, match.index));
    last = match.index + match[0].length;
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    if (hidden !== undefined) {
      if (closing && name === hidden) hidden = undefined;
      continue;
    }
    scan.first ??= match[0];
    if (closing) continue;
    if (HIDDEN.has(name)) hidden = name;
    else if (MEDIA.has(name)) scan.media = true;
    else if (name === 'img') {
      const start = offset + from + match.index;
      scan.images.push({ ...imageAttributes(match[3]!), start, end: start + match[0].length });
    }
  }
  readText(segment.slice(last));
}

function imageAttributes(text: string): { url: string; alt: string; hasAlt: boolean } {
  let url = '';
  let alt: string | undefined;
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
    if (name === 'src' && url === '') url = value.trim();
    else if (name === 'alt' && alt === undefined) alt = value;
  }
  return { url, alt: alt ?? '', hasAlt: alt !== undefined };
}

/** `[from, to)` ranges of `raw` outside `<!-- … -->`; an unclosed comment runs to the end, as in HTML. */
export function outsideComments(raw: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = 0;
  while (at <= raw.length) {
    const open = raw.indexOf('<!--', at);
    if (open === -1) {
      ranges.push([at, raw.length]);
      break;
    }
    ranges.push([at, open]);
    const close = raw.indexOf('-->', open + 4);
    if (close === -1) break;
    at = close + 3;
  }
  return ranges.filter(([from, to]) => to > from);
}
