import type { Image, Nodes, Parents } from 'mdast';
import { visit } from 'unist-util-visit';
import { walk } from '../src/rules/tree-index.js';
import { defineRule } from '../src/rules/define-rule.js';
import type { RuleContext, Span } from '../src/rules/types.js';
import { spanOf } from '../src/text/spans.js';

/**
 * Candidates for a Hashnode image that did not parse: `![alt](` up to the closing parenthesis or the end of
 * the line. Linear: no nested quantifiers.
 */
const IMAGE_ATTEMPT = /!\[([^\]\n]*)\]\(([^()\n]*)(\)?)/g;
/** One `name="value"` attribute as Hashnode writes it. */
const ATTRIBUTE = /^[A-Za-z][\w-]*=(?:"[^"]*"|'[^']*')$/;

/**
 * Finds Hashnode images (`![alt](url align="center")`) that are written wrong, so that no Markdown reader
 * sees an image: an attribute with a missing quote, an unquoted value, no closing parenthesis, no URL.
 * Hashnode shows them; every other platform shows the raw text.
 */
export const hashnodeImageSyntax = defineRule(
  {
    id: 'hashnode-image-syntax',
    description: 'Hashnode image attributes must be well-formed so the image is an image everywhere.',
    severity: 'error',
    fixable: true,
    tags: ['images', 'hashnode'],
  },
  ({ tree, source, report }) => {
    walk(tree, (node: Nodes) => {
      if (node.type === 'image') return checkImage(node, report);
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
      const span = spanOf(node);
      if (span) checkText(source, span, skippedSpans(node), report);
    });
  },
);

export default hashnodeImageSyntax;

type Reporter = RuleContext<unknown>['report'];

function checkImage(image: Image, report: Reporter) {
  if (image.url.trim() !== '') return;
  report({
    at: image,
    reason: 'Unexpected image with no URL, expected `![alt](https://…)`; the upload probably failed',
  });
}

function checkText(source: string, block: Span, skipped: readonly Span[], report: Reporter) {
  const text = source.slice(block.start, block.end);
  for (const match of text.matchAll(IMAGE_ATTEMPT)) {
    const start = block.start + match.index;
    const end = start + match[0].length;
    if (skipped.some((span) => span.start < end && start < span.end)) continue;
    const problem = diagnose(match[1]!, match[2]!, match[3] === ')');
    if (!problem) continue;
    report({
      at: { start, end },
      reason: problem.reason,
      expected: problem.repaired ? [problem.repaired] : undefined,
      fix: problem.repaired ? { start, end, text: problem.repaired } : undefined,
    });
  }
}

interface Problem {
  reason: string;
  /** The whole image written right, when there is exactly one sensible repair. */
  repaired?: string;
}

/** Says what is wrong with `![alt](inside)`, or nothing when it is not an attempt at a Hashnode image. */
function diagnose(alt: string, inside: string, closed: boolean): Problem | undefined {
  const [url = '', ...rest] = inside.trim().split(/[ \t]+/);
  if (!rest.some((part) => part.includes('=')) && !url.includes('="')) return undefined;
  if (url === '' || url.includes('="')) {
    return {
      reason: 'Unexpected image with no URL, expected `![alt](https://…)`; the upload probably failed',
    };
  }
  const repaired = rest.map(repairAttribute);
  const unreadable = rest.find((_part, index) => repaired[index] === undefined);
  if (unreadable) {
    return { reason: `Unexpected attribute \`${unreadable}\` in Hashnode image, expected \`name="value"\`` };
  }
  const image = `![${alt}](${url} ${repaired.join(' ')})`;
  const broken = rest.findIndex((part) => !ATTRIBUTE.test(part));
  if (broken !== -1) {
    return {
      reason: `Unexpected broken attribute \`${rest[broken]}\` in Hashnode image, expected \`${repaired[broken]}\``,
      repaired: image,
    };
  }
  if (closed) return undefined;
  return {
    reason: 'Unexpected Hashnode image with no closing `)`, expected `)` after the attributes',
    repaired: image,
  };
}

/** `align=center`, `align="center`, `align=center"` all mean `align="center"`. */
function repairAttribute(part: string): string | undefined {
  const match = /^([A-Za-z][\w-]*)=["']?([^"'\s]*)["']?$/.exec(part);
  return match ? `${match[1]}="${match[2]}"` : undefined;
}

/** Inline code and HTML may show broken syntax on purpose; images that parsed are fine. */
function skippedSpans(block: Parents): Span[] {
  const spans: Span[] = [];
  visit(block, (node: Nodes) => {
    if (node.type !== 'inlineCode' && node.type !== 'html' && node.type !== 'image') return;
    const span = spanOf(node);
    if (span) spans.push(span);
  });
  return spans;
}
