import type { Nodes, Root } from 'mdast';
import { walk } from '../rules/tree-index.js';
import type { Span } from '../rules/types.js';

/** The source offsets a node was parsed from, when it has them. */
export function spanOf(node: {
  position?: { start: { offset?: number }; end: { offset?: number } };
}): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** Spans of every node of the given types, in document order (nested matches are not entered). */
export function spansOfTypes(tree: Root, types: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  walk(tree, (node: Nodes) => {
    if (!types.has(node.type)) return;
    const span = spanOf(node);
    if (span) spans.push(span);
    return 'skip';
  });
  return spans;
}

/** Whether `offset` falls inside one of `spans` (sorted by start, not overlapping). */
export function insideAny(spans: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  const span = spans[low];
  return span !== undefined && span.start <= offset && offset < span.end;
}

/** Offset of the first character of the line holding `offset`. */
export function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the line ending (or the end of the text) after `offset`. */
export function lineEnd(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end === -1 ? source.length : end;
}

/**
 * Line starts and ends for offsets asked in increasing order, each line's ending found once: linear in the text
 * however long its lines are (searching back from every offset would be quadratic on a long line). Offsets asked
 * out of order fall back to a search.
 */
export class LineCursor {
  private start = 0;
  private next: number;
  private last = 0;

  constructor(private readonly source: string) {
    this.next = source.indexOf('\n');
  }

  /** Offset of the first character of the line holding `offset`. */
  lineStart(offset: number): number {
    this.moveTo(offset);
    return offset < this.last ? lineStart(this.source, offset) : this.start;
  }

  /** Offset of the line ending (or the end of the text) after `offset`. */
  lineEnd(offset: number): number {
    this.moveTo(offset);
    if (offset < this.last) return lineEnd(this.source, offset);
    return this.next === -1 ? this.source.length : this.next;
  }

  private moveTo(offset: number): void {
    if (offset < this.last) return;
    while (this.next !== -1 && this.next < offset) {
      this.start = this.next + 1;
      this.next = this.source.indexOf('\n', this.start);
    }
    this.last = offset;
  }
}
