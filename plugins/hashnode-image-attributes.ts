import type { Image } from 'mdast';
import { eachOfType } from '../src/rules/tree-index.js';
import { defineRule } from '../src/rules/define-rule.js';
import { attributeSpan } from '../src/images/attributes.js';

/**
 * For posts leaving Hashnode: removes the attributes Hashnode writes after an image's URL
 * (`![alt](url align="center")`), which no other Markdown reader understands; with them, the image is shown
 * as raw text. Off by default, since Hashnode itself needs them to lay the image out.
 */
export const hashnodeImageAttributes = defineRule(
  {
    id: 'hashnode-image-attributes',
    description: 'Images carry no Hashnode-only attributes (`align="center"`), for posts leaving Hashnode.',
    severity: 'off',
    fixable: true,
    tags: ['images', 'hashnode', 'migration'],
  },
  ({ tree, source, report }) => {
    eachOfType(tree, 'image', (image: Image) => {
      if (!image.data?.hashnode || image.url.trim() === '') return;
      const start = image.position?.start.offset;
      const end = image.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const text = source.slice(start, end);
      const span = attributeSpan(text);
      if (!span) return;
      const attributes = text.slice(span.start, span.end).trim();
      const plain = text.slice(0, span.start) + text.slice(span.end);
      report({
        at: image,
        reason: `Unexpected Hashnode image ${attributes.includes(' ') ? 'attributes' : 'attribute'} \`${attributes}\`, expected a plain Markdown image`,
        expected: [plain],
        fix: { start: start + span.start, end: start + span.end, text: '' },
      });
    });
  },
);

export default hashnodeImageAttributes;
