import { eachOfType } from '../src/rules/tree-index.js';
import { defineRule } from '../src/rules/define-rule.js';

/**
 * Lists Hashnode widget markers (`%%[name]`): Hashnode replaces them with a block saved in the blog's dashboard, so
 * everywhere else they show as nothing, or as the raw marker.
 */
export const hashnodeWidget = defineRule(
  {
    id: 'hashnode-widget',
    description: 'Hashnode widget markers render nothing outside Hashnode.',
    severity: 'info',
    fixable: false,
    tags: ['hashnode', 'migration'],
  },
  ({ tree, report }) => {
    eachOfType(tree, 'hashnodeWidget', (widget) => {
      report({
        at: widget,
        reason: `Unexpected Hashnode widget \`%%[${widget.name}]\`, expected its content written out: it renders nothing outside Hashnode`,
      });
    });
  },
);

export default hashnodeWidget;
