import type { RuleEdit } from '../rules/types.js';

export interface AppliedEdits {
  text: string;
  applied: RuleEdit[];
  /** Edits that overlapped one from an earlier rule; the next pass sees them again if still needed. */
  deferred: RuleEdit[];
}

/**
 * The surgical compiler: replaces only the spans rules named, leaving every other byte as it was.
 * Overlaps are settled in rule order (then by position), ESLint-style: the loser waits for the next pass.
 */
export function applyEdits(source: string, edits: readonly RuleEdit[]): AppliedEdits {
  const byPriority = [...edits].sort((a, b) => a.order - b.order || a.start - b.start || a.end - b.end);
  const accepted: RuleEdit[] = [];
  const deferred: RuleEdit[] = [];
  for (const edit of byPriority) {
    if (edit.start < 0 || edit.end > source.length || edit.start > edit.end) {
      throw new RangeError(
        `Rule \`${edit.ruleId}\` proposed an edit outside the text: ${edit.start}-${edit.end}`,
      );
    }
    if (source.slice(edit.start, edit.end) === edit.text) continue;
    const index = insertionPoint(accepted, edit);
    if (conflicts(accepted[index - 1], edit) || conflicts(accepted[index], edit)) deferred.push(edit);
    else accepted.splice(index, 0, edit);
  }
  let text = '';
  let cursor = 0;
  for (const edit of accepted) {
    text += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return { text: text + source.slice(cursor), applied: accepted, deferred };
}

/** First index in `sorted` whose start is after `edit`'s, keeping equal starts in arrival order. */
function insertionPoint(sorted: readonly RuleEdit[], edit: RuleEdit): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.start <= edit.start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Two spans conflict when they share a character, or are insertions at the same point. */
function conflicts(a: RuleEdit | undefined, b: RuleEdit): boolean {
  if (!a) return false;
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}
