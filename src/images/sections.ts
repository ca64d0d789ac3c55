import type { Heading, Nodes, Root } from 'mdast';
import { location } from 'vfile-location';
import { findBrokenImages } from './broken.js';
import { scanHtml } from './html.js';
import { spanOf } from '../text/spans.js';
import { isReadable } from './text.js';

/**
 * How an image is written: `![a](u)`, Hashnode's `![a](u align="center")`, `![a][ref]`, an HTML `<img>`,
 * or a Hashnode image whose attributes are malformed so that it parsed as text.
 */
export type ImageKind = 'markdown' | 'hashnode' | 'reference' | 'html' | 'broken';

export interface FoundImage {
  kind: ImageKind;
  /** The URL, resolved through its definition for a reference image (`''` when there is none). */
  url: string;
  alt: string;
  /** False only for an HTML `<img>` with no `alt` attribute. */
  hasAlt: boolean;
  /** The reference's identifier, for reference images. */
  identifier?: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** A heading and what follows it up to the next heading of any level; the first has none. */
export interface Section {
  heading: Heading | undefined;
  /** Images inside the heading itself: listed, but not the section's content. */
  headingImages: FoundImage[];
  images: FoundImage[];
  /** Text a reader can read: prose, code, table text, link text. */
  text: boolean;
  /** Content that is neither text nor an image: embeds, widgets, videos. */
  other: boolean;
}

interface Span {
  start: number;
  end: number;
}

/** Rules that share a tree share one reading of it. */
const cache = new WeakMap<Root, { source: string; sections: Section[] }>();

/**
 * Splits a post into sections at its top-level headings (headings inside lists and quotes are content) and
 * says what each holds. One walk over the tree: linear in the size of the post.
 */
export function readSections(tree: Root, source: string): Section[] {
  const cached = cache.get(tree);
  if (cached?.source === source) return cached.sections;
  const sections = computeSections(tree, source);
  cache.set(tree, { source, sections });
  return sections;
}

/** `readSections` without the cache, for callers that may change the tree between calls. */
export function computeSections(tree: Root, source: string): Section[] {
  const reader = new Reader(source, definitionsOf(tree));
  const sections: Section[] = [emptySection(undefined)];
  for (const child of tree.children) {
    if (child.type === 'heading') {
      const section = emptySection(child);
      sections.push(section);
      reader.read(child, { images: section.headingImages, text: false, other: false });
    } else {
      reader.read(child, sections[sections.length - 1]!);
    }
  }
  const place = location(source);
  for (const section of sections) {
    for (const list of [section.headingImages, section.images]) {
      list.sort((a, b) => a.start - b.start);
      for (const image of list) {
        const point = place.toPoint(image.start);
        image.line = point?.line ?? 1;
        image.column = point?.column ?? 1;
      }
    }
  }
  return sections;
}

/** Whether a section holds images and nothing a reader could read instead. */
export function isImageOnly(section: Section): boolean {
  return section.images.length > 0 && !section.text && !section.other;
}

/** Whether a section under a heading holds nothing at all. */
export function isEmpty(section: Section): boolean {
  return section.heading !== undefined && section.images.length === 0 && !section.text && !section.other;
}

function emptySection(heading: Heading | undefined): Section {
  return { heading, headingImages: [], images: [], text: false, other: false };
}

interface Content {
  images: FoundImage[];
  text: boolean;
  other: boolean;
}

function definitionsOf(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // CommonMark: the first definition of a label wins.
    if (node.type === 'definition' && !definitions.has(node.identifier))
      definitions.set(node.identifier, node.url);
    else if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return definitions;
}

class Reader {
  /** Malformed Hashnode images in the paragraph (or cell) being read, in order. */
  private broken: Span[] = [];
  /** First entry of `broken` that may still overlap the next text node: text comes in source order. */
  private next = 0;

  constructor(
    private readonly source: string,
    private readonly definitions: ReadonlyMap<string, string>,
  ) {}

  read(node: Nodes, into: Content): void {
    const span = spanOf(node);
    switch (node.type) {
      case 'image':
        into.images.push({
          kind: node.data?.hashnode ? 'hashnode' : 'markdown',
          url: node.url,
          alt: node.alt ?? '',
          hasAlt: true,
          ...this.place(span),
        });
        return;
      case 'imageReference':
        into.images.push({
          kind: 'reference',
          url: this.definitions.get(node.identifier) ?? '',
          alt: node.alt ?? '',
          hasAlt: true,
          identifier: node.identifier,
          ...this.place(span),
        });
        return;
      case 'text':
        if (!into.text && this.readable(node.value, span)) into.text = true;
        return;
      case 'inlineCode':
      case 'code':
        if (node.value.trim() !== '') into.text = true;
        return;
      case 'html':
        return this.readHtml(span, into);
      case 'hashnodeEmbed':
      case 'hashnodeWidget':
        into.other = true;
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        return this.readPhrasing(node, span, into);
      default:
        if ('children' in node) for (const child of node.children) this.read(child, into);
    }
  }

  private place(span: Span | undefined) {
    return { start: span?.start ?? 0, end: span?.end ?? 0, line: 1, column: 1 };
  }

  private readHtml(span: Span | undefined, into: Content) {
    if (!span) return;
    const scan = scanHtml(this.source.slice(span.start, span.end), span.start);
    for (const image of scan.images) into.images.push({ kind: 'html', ...image, line: 1, column: 1 });
    if (scan.text) into.text = true;
    if (scan.media) into.other = true;
  }

  private readPhrasing(node: Nodes & { children: Nodes[] }, span: Span | undefined, into: Content) {
    const broken = span ? findBrokenImages(this.source.slice(span.start, span.end), span.start) : [];
    const parsed = parsedSpans(node);
    const kept = withoutOverlaps(broken, parsed);
    for (const image of kept)
      into.images.push({ kind: 'broken', ...image, hasAlt: true, line: 1, column: 1 });
    const [outerBroken, outerNext] = [this.broken, this.next];
    [this.broken, this.next] = [kept, 0];
    for (const child of node.children) this.read(child, into);
    [this.broken, this.next] = [outerBroken, outerNext];
  }

  /** Text outside malformed images: their URL and `align=center` are not something to read. */
  private readable(value: string, span: Span | undefined): boolean {
    if (!span || this.broken.length === 0) return isReadable(value);
    while (this.next < this.broken.length && this.broken[this.next]!.end <= span.start) this.next++;
    let at = span.start;
    let outside = '';
    for (let i = this.next; i < this.broken.length && this.broken[i]!.start < span.end; i++) {
      const image = this.broken[i]!;
      outside += this.source.slice(at, Math.max(at, image.start)) + ' ';
      at = Math.max(at, image.end);
    }
    if (at === span.start) return isReadable(value);
    return isReadable(outside + this.source.slice(Math.min(at, span.end), span.end));
  }
}

/** Code, HTML and images that parsed: a malformed image cannot start inside them. Sorted by start. */
function parsedSpans(node: Nodes): Span[] {
  const spans: Span[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'inlineCode' || current.type === 'html' || current.type === 'image') {
      const span = spanOf(current);
      if (span) spans.push(span);
    } else if ('children' in current) for (const child of current.children) stack.push(child);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The entries of `spans` that overlap none of `taken`; both are sorted, so one linear merge does it. */
function withoutOverlaps<T extends Span>(spans: readonly T[], taken: readonly Span[]): T[] {
  const kept: T[] = [];
  let next = 0;
  for (const span of spans) {
    while (next < taken.length && taken[next]!.end <= span.start) next++;
    const other = taken[next];
    if (!other || other.start >= span.end) kept.push(span);
  }
  return kept;
}
