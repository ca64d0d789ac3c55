import type { VFile } from 'vfile';
import { tidyData } from '../rules/file-data.js';
import type { Span } from '../rules/types.js';
import { lineEnd, lineStart } from './spans.js';

/**
 * Whether a span shares a line with an edit an earlier rule proposed in this pass. Each debris rule proves its fix
 * on the text as it is; two such fixes on one line (a removed escape next to a removed zero-width space) were
 * never proven together, so the later one waits for the next pass, where it is checked again on the new text.
 */
export function pendingEdits(file: VFile, source: string): (span: Span) => boolean {
  const lines: Span[] = [];
  const spans = tidyData(file)
    .edits.map((edit) => ({ start: lineStart(source, edit.start), end: lineEnd(source, edit.end) }))
    .sort((a, b) => a.start - b.start);
  for (const span of spans) {
    const last = lines[lines.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else lines.push(span);
  }
  return (span) => {
    // The last line range starting before the span ends is the only one that can reach into it.
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (lines[middle]!.start <= span.end) low = middle + 1;
      else high = middle;
    }
    const candidate = lines[low - 1];
    return candidate !== undefined && candidate.end >= span.start;
  };
}
