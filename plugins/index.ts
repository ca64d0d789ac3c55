import type { Rule } from '../src/rules/define-rule.js';
import { fenceCopyArtifact } from './fence-copy-artifact.js';
import { fenceLanguage } from './fence-language.js';
import { frontmatterSyntax } from './frontmatter-syntax.js';
import { mojibake } from './mojibake.js';
import { hashnodeImageSyntax } from './hashnode-image-syntax.js';
import { imageAlt } from './image-alt.js';

export { fenceCopyArtifact, fenceLanguage, frontmatterSyntax, hashnodeImageSyntax, imageAlt, mojibake };

/**
 * Every rule, in the order they run. Order matters: when two rules' edits overlap, the earlier rule's edit
 * wins and the other waits for the next pass. Text repairs come first, then syntax, then content.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const rules: readonly Rule<any>[] = [
  mojibake,
  frontmatterSyntax,
  fenceCopyArtifact,
  fenceLanguage,
  hashnodeImageSyntax,
  imageAlt,
];
