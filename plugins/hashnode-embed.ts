import { eachOfType } from '../src/rules/tree-index.js';
import { defineRule } from '../src/rules/define-rule.js';
import { embedProvider } from '../src/images/embed.js';

/**
 * Lists Hashnode embeds (`%[url]`) with who serves them: only Hashnode turns them into a player or a card, so
 * a post that moves elsewhere needs each one converted (a link, an iframe, a shortcode), and this is the list
 * of what to convert. Widgets (`%%[name]`) are hashnode-widget's.
 */
export const hashnodeEmbed = defineRule(
  {
    id: 'hashnode-embed',
    description: 'Lists Hashnode embeds with their provider, for migration.',
    severity: 'info',
    fixable: false,
    tags: ['hashnode', 'migration'],
  },
  ({ tree, report }) => {
    eachOfType(tree, 'hashnodeEmbed', (node) => {
      report({ at: node, reason: `Embed of \`${node.url}\` (${embedProvider(node.url)})` });
    });
  },
);

export default hashnodeEmbed;
