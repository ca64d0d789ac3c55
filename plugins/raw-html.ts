import type { Html, Nodes } from 'mdast';
import { eachOfType } from '../src/rules/tree-index.js';
import { defineRule } from '../src/rules/define-rule.js';
import { findCallouts, outsideComments, scanHtml, shorten } from '../src/images/index.js';

/** Containers whose `html` children are blocks; HTML inside a paragraph is inline. */
const BLOCK_PARENTS = new Set<Nodes['type']>(['root', 'listItem', 'blockquote', 'footnoteDefinition']);

/**
 * Lists raw HTML blocks other than callouts (hashnode-callout lists those) and comments (which include this
 * tool's disable comments): Hashnode renders them, other platforms may escape or strip them, so migration
 * checks each by hand.
 */
export const rawHtml = defineRule(
  {
    id: 'raw-html',
    description: 'Lists raw HTML blocks (other than callouts and comments), for migration.',
    severity: 'info',
    fixable: false,
    tags: ['hashnode', 'migration', 'html'],
  },
  ({ tree, source, report }) => {
    eachOfType(tree, 'html', (node: Html, _index, parent) => {
      if (!parent || !BLOCK_PARENTS.has(parent.type)) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const first = firstOutsideCallouts(source.slice(start, end), node.value);
      if (first === undefined) return;
      report({ at: node, reason: `Raw HTML block \`${shorten(first.replace(/\s+/g, ' '))}\`` });
    });
  },
);

export default rawHtml;

/**
 * The first tag or text that is neither a callout nor a comment; `undefined` when there is none. In a quote
 * the source has `> ` markers between a callout's tags, so the value (markers removed) is read then.
 */
function firstOutsideCallouts(raw: string, value: string): string | undefined {
  let text = raw;
  let callouts = findCallouts(raw, 0);
  if (callouts.length === 0 && value !== raw && findCallouts(value, 0).length > 0) {
    text = value;
    callouts = findCallouts(value, 0);
  }
  let rest = '';
  let at = 0;
  for (const callout of callouts) {
    rest += text.slice(at, callout.start) + ' ';
    at = callout.end;
  }
  rest += text.slice(at);
  if (outsideComments(rest).every(([from, to]) => rest.slice(from, to).trim() === '')) return undefined;
  return scanHtml(rest, 0).first;
}
