import { defineRule } from '../src/rules/define-rule.js';
import { headingName } from '../src/images/heading.js';
import { isImageOnly, readSections } from '../src/images/index.js';

/**
 * Finds sections (a heading and what follows it up to the next heading) that hold only images: a reader
 * with a screen reader, a search engine, or anyone whose images did not load gets the heading and nothing
 * else, and code shown in a screenshot cannot be copied.
 */
export const imageOnlySection = defineRule(
  {
    id: 'image-only-section',
    description: 'Sections need text, not only screenshots.',
    severity: 'warn',
    fixable: false,
    tags: ['images', 'accessibility', 'content'],
  },
  ({ tree, source, report }) => {
    for (const section of readSections(tree, source)) {
      if (!isImageOnly(section)) continue;
      const count = section.images.length;
      const images = count === 1 ? '1 image' : `${count} images`;
      const expected = `expected a sentence of context, or the code or text the ${count === 1 ? 'screenshot shows' : 'screenshots show'}`;
      if (section.heading) {
        report({
          at: section.heading,
          reason: `Unexpected section \`${headingName(section.heading)}\` with only ${images} and no text, ${expected}`,
        });
      } else {
        const first = section.images[0]!;
        report({
          at: { start: first.start, end: first.end },
          reason: `Unexpected ${images} and no text before the first heading, ${expected}`,
        });
      }
    }
  },
);

export default imageOnlySection;
