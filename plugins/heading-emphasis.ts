import type { Heading, PhrasingContent, Strong } from 'mdast';
import { eachOfType } from '../src/rules/tree-index.js';
import { defineRule } from '../src/rules/define-rule.js';
import { pendingEdits } from '../src/text/pending-edits.js';
import { shorten } from '../src/images/text.js';
import { spanOf } from '../src/text/spans.js';

/** What may stand beside the bold part: emoji and spaces (`## 🚀 **Launch**`). */
const DECORATION =
  /^(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u200D|\u20E3)*$/u;

/**
 * Finds ATX headings whose whole text is bold (`## **Title**`): headings are already bold, so the markers only add
 * noise to the source, the table of contents and the slug some tools build from it.
 */
export const headingEmphasis = defineRule(
  {
    id: 'heading-emphasis',
    description: 'Headings are not wrapped in bold: they are bold already.',
    severity: 'off',
    fixable: true,
    tags: ['headings', 'debris'],
  },
  ({ tree, file, source, report }) => {
    const pending = pendingEdits(file, source);
    eachOfType(tree, 'heading', (heading: Heading) => {
      const strong = wholeBold(heading.children);
      const headingSpan = spanOf(heading);
      const span = strong && spanOf(strong);
      // Setext headings are left: without the markers, `**- item**` over `---` would read as a list.
      if (!span || !headingSpan || source[headingSpan.start] !== '#') return;
      const marker = source.slice(span.start, span.start + 2);
      if ((marker !== '**' && marker !== '__') || source.slice(span.end - 2, span.end) !== marker) return;
      const inner = source.slice(span.start + 2, span.end - 2);
      // `## **Step #**` would end in a closing sequence once unwrapped, and lose its `#`.
      if (inner.endsWith('#') || inner.includes('\n')) return;
      const shown = source.slice(span.start, span.end);
      report({
        at: span,
        reason: `Unexpected bold around the whole heading (\`${shorten(shown)}\`), expected \`${shorten(inner)}\``,
        expected: [inner],
        fix: pending(span)
          ? undefined
          : [
              { start: span.start, end: span.start + 2, text: '' },
              { start: span.end - 2, end: span.end, text: '' },
            ],
      });
    });
  },
);

export default headingEmphasis;

/** The one bold node that holds all the heading's words, when there is one. */
function wholeBold(children: readonly PhrasingContent[]): Strong | undefined {
  const bold = children.filter((child) => child.type === 'strong');
  if (bold.length !== 1) return undefined;
  const others = children.filter((child) => child.type !== 'strong');
  return others.every((child) => child.type === 'text' && DECORATION.test(child.value)) ? bold[0] : undefined;
}
