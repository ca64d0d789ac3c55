import type { Code } from 'mdast';
import { lineEnd } from '../text/spans.js';

/** Where the parts of a fenced code block sit in the source, so rules can edit one part and nothing else. */
export interface FenceSource {
  /** The language word of the info string: its span (empty at the insertion point when there is none). */
  label: { start: number; end: number; text: string };
  /** The first line of the code as it stands in the source (after any list or quote prefix). */
  firstLine?: { start: number; end: number; text: string; lineStart: number; nextLineStart: number };
}

/**
 * Reads a fenced block's opening line and first code line from the source. Returns undefined for indented
 * code (no fence to label) and when the source does not line up with the node, so no rule guesses an offset.
 */
export function fenceSource(node: Code, source: string): FenceSource | undefined {
  const start = node.position?.start.offset;
  if (start === undefined) return undefined;
  const fence = /^[ \t]*(`{3,}|~{3,})[ \t]*/.exec(source.slice(start, start + 64));
  if (!fence) return undefined;
  const labelStart = start + fence[0].length;
  const openEnd = lineEnd(source, start);
  const labelEnd = labelStart + (/^[^\s]*/.exec(source.slice(labelStart, openEnd))?.[0].length ?? 0);
  const label = { start: labelStart, end: labelEnd, text: source.slice(labelStart, labelEnd) };
  if (node.value === '' || openEnd >= source.length) return { label };
  const lineStart = openEnd + 1;
  const end = lineEnd(source, lineStart);
  const text = node.value.split('\n', 1)[0]!;
  const firstStart = end - text.length;
  // The code's first line is the source line minus the container's prefix; check before trusting it.
  if (firstStart < lineStart || source.slice(firstStart, end) !== text) return { label };
  const nextLineStart = Math.min(end + 1, source.length);
  return { label, firstLine: { start: firstStart, end, text, lineStart, nextLineStart } };
}
