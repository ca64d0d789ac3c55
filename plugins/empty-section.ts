import { defineRule } from '../src/rules/define-rule.js';
import { headingName } from '../src/images/heading.js';
import { isEmpty, readSections } from '../src/images/index.js';

/**
 * Finds headings with nothing under them before the next heading of any level. Often deliberate (a part
 * title directly followed by its first subheading), so the rule is off unless turned on.
 */
export const emptySection = defineRule(
  {
    id: 'empty-section',
    description: 'Headings have content under them before the next heading.',
    severity: 'off',
    fixable: false,
    tags: ['content'],
  },
  ({ tree, source, report }) => {
    for (const section of readSections(tree, source)) {
      if (!section.heading || !isEmpty(section)) continue;
      report({
        at: section.heading,
        reason: `Unexpected empty section \`${headingName(section.heading)}\`, expected text under the heading before the next one`,
      });
    }
  },
);

export default emptySection;
