import type { Rule } from '../src/rules/define-rule.js';
import { frontmatterSyntax } from './frontmatter-syntax.js';
import { hashnodeImageSyntax } from './hashnode-image-syntax.js';
import { imageAlt } from './image-alt.js';

export { frontmatterSyntax, hashnodeImageSyntax, imageAlt };

/**
 * Every rule, in the order they run. Order matters: when two rules' edits overlap, the earlier rule's edit
 * wins and the other waits for the next pass. Text repairs come first, then syntax, then content.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const rules: readonly Rule<any>[] = [frontmatterSyntax, hashnodeImageSyntax, imageAlt];
