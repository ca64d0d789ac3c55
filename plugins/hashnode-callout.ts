import { eachOfType } from '../src/rules/tree-index.js';
import { defineRule } from '../src/rules/define-rule.js';
import { calloutsOfNode, shorten } from '../src/images/index.js';

/**
 * Lists Hashnode callouts: the editor stores them as a block of `<div data-node-type="callout">` HTML that
 * only Hashnode styles. Elsewhere they show as plain text in a `div`, or not at all where HTML is stripped,
 * so migration turns each into a blockquote or the target's own admonition.
 */
export const hashnodeCallout = defineRule(
  {
    id: 'hashnode-callout',
    description: 'Lists Hashnode callouts (their HTML block, emoji and text), for migration.',
    severity: 'info',
    fixable: false,
    tags: ['hashnode', 'migration'],
  },
  ({ tree, source, report }) => {
    eachOfType(tree, 'html', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      for (const callout of calloutsOfNode(source.slice(start, end), node.value, start).callouts) {
        const emoji = callout.emoji === '' ? '' : ` ${callout.emoji}`;
        report({
          at: callout,
          reason: `Hashnode callout${emoji}: \`${shorten(callout.text) || '(no text)'}\``,
        });
      }
    });
  },
);

export default hashnodeCallout;
