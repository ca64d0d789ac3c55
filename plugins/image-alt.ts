import { defineRule } from '../src/rules/define-rule.js';
import { readSections, type FoundImage } from '../src/images/index.js';
import { altProblem, altKey } from '../src/images/alt.js';

/**
 * Finds images whose alt text says nothing: empty, the file name, a generic word (`image`, `Screenshot
 * 2024-01-01 at 10.00.00`), or the same text as another image's. Screen readers announce nothing useful
 * for them, and search engines index nothing.
 */
export const imageAlt = defineRule(
  {
    id: 'image-alt',
    description: 'Images need alt text that says what they show.',
    severity: 'warn',
    fixable: false,
    tags: ['images', 'accessibility'],
  },
  ({ tree, source, report }) => {
    // Alt text seen so far: the first image that used it.
    const seen = new Map<string, FoundImage>();
    for (const section of readSections(tree, source)) {
      for (const image of [...section.headingImages, ...section.images]) {
        // hashnode-image-syntax reports those; once fixed they are images and come back here.
        if (image.kind === 'broken') continue;
        const at = { start: image.start, end: image.end };
        const problem = altProblem(image);
        if (problem) {
          report({ at, reason: problem });
          continue;
        }
        const key = altKey(image.alt);
        const first = seen.get(key);
        if (!first) seen.set(key, image);
        else if (first.url !== image.url) {
          report({
            at,
            reason: `Unexpected alt text \`${image.alt.trim()}\` repeated from line ${first.line}, expected a description that tells this image apart`,
          });
        }
      }
    }
  },
);

export default imageAlt;
