import { defineRule } from '../src/rules/define-rule.js';
import { pendingEdits } from '../src/text/pending-edits.js';
import { insideAny, spansOfTypes } from '../src/text/spans.js';

/** Code means its whitespace; HTML (`<pre>`) and frontmatter (YAML block scalars) may too. */
const KEPT = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml']);

/**
 * Finds lines holding only spaces or tabs, and spaces or tabs at the end of a line. Hashnode's editor writes a line
 * of four spaces after every list item; both show up in every diff and in no rendering.
 */
export const whitespaceLines = defineRule(
  {
    id: 'whitespace-lines',
    description: 'Blank lines are empty and lines do not end in spaces, except Markdown hard breaks.',
    severity: 'warn',
    fixable: true,
    tags: ['text', 'debris'],
  },
  ({ tree, file, source, report }) => {
    const pending = pendingEdits(file, source);
    const kept = spansOfTypes(tree, KEPT);
    const breaks = spansOfTypes(tree, new Set(['break']));
    // One pass over the text, each line looked at from its end: linear whatever the line lengths.
    for (let start = 0; start <= source.length;) {
      const newline = source.indexOf('\n', start);
      const next = newline === -1 ? source.length + 1 : newline + 1;
      let end = newline === -1 ? source.length : newline;
      if (end > start && source[end - 1] === '\r') end--;
      let from = end;
      while (from > start && (source[from - 1] === ' ' || source[from - 1] === '\t')) from--;
      // After a backslash, the spaces are what keeps `\\` from being a hard break.
      if (
        from < end &&
        source[from - 1] !== '\\' &&
        !insideAny(kept, from) &&
        !insideAny(kept, end - 1) &&
        !insideAny(breaks, from)
      ) {
        const blank = from === start;
        const what = describeRun(source.slice(from, end));
        report({
          at: { start: from, end },
          reason: blank
            ? `Unexpected line of ${what}, expected an empty line`
            : `Unexpected ${what} at the end of the line, expected nothing`,
          expected: [''],
          fix: pending({ start: from, end }) ? undefined : { start: from, end, text: '' },
        });
      }
      start = next;
    }
  },
);

export default whitespaceLines;

/** `4 spaces`, `1 tab`, `2 spaces and 1 tab`. */
function describeRun(run: string): string {
  let tabs = 0;
  for (const character of run) if (character === '\t') tabs++;
  const spaces = run.length - tabs;
  const parts: string[] = [];
  if (spaces > 0) parts.push(`${spaces} space${spaces === 1 ? '' : 's'}`);
  if (tabs > 0) parts.push(`${tabs} tab${tabs === 1 ? '' : 's'}`);
  return parts.join(' and ');
}
