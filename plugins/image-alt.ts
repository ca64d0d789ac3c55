import type { Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { defineRule } from '../src/rules/define-rule.js';

/**
 * Finds images whose alt text is empty: screen readers announce nothing (or the file name), and search
 * engines index nothing for them.
 */
export const imageAlt = defineRule(
  {
    id: 'image-alt',
    description: 'Images need alt text that says what they show.',
    severity: 'warn',
    fixable: false,
    tags: ['images', 'accessibility'],
  },
  ({ tree, report }) => {
    visit(tree, (node) => {
      if (node.type !== 'image' && node.type !== 'imageReference') return;
      const image = node as Image | ImageReference;
      if ((image.alt ?? '').trim() !== '') return;
      const target = image.type === 'image' ? image.url : `[${image.identifier}]`;
      report({
        at: image,
        reason: `Unexpected image with empty alt text (\`${shorten(target)}\`), expected a short description of what it shows`,
      });
    });
  },
);

export default imageAlt;

/** Long CDN URLs make messages unreadable; the file name is what identifies the image. */
function shorten(url: string): string {
  if (url.length <= 60) return url;
  const name = url.slice(url.lastIndexOf('/') + 1);
  return name.length > 0 && name.length <= 57 ? `…/${name}` : `${url.slice(0, 57)}…`;
}
