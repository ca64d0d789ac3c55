import type { Rule } from '../src/rules/define-rule.js';
import { fenceCopyArtifact } from './fence-copy-artifact.js';
import { fenceLanguage } from './fence-language.js';
import { frontmatterSyntax } from './frontmatter-syntax.js';
import { frontmatterDate } from './frontmatter-date.js';
import { frontmatterFields } from './frontmatter-fields.js';
import { frontmatterFormat } from './frontmatter-format.js';
import { frontmatterTags } from './frontmatter-tags.js';
import { mojibake } from './mojibake.js';
import { invisibleCharacters } from './invisible-characters.js';
import { whitespaceLines } from './whitespace-lines.js';
import { needlessEscape } from './needless-escape.js';
import { headingEmphasis } from './heading-emphasis.js';
import { hashnodeWidget } from './hashnode-widget.js';
import { hashnodeImageSyntax } from './hashnode-image-syntax.js';
import { imageAlt } from './image-alt.js';
import { imageOnlySection } from './image-only-section.js';
import { emptySection } from './empty-section.js';
import { hashnodeEmbed } from './hashnode-embed.js';
import { hashnodeCallout } from './hashnode-callout.js';
import { hashnodeImageAttributes } from './hashnode-image-attributes.js';
import { rawHtml } from './raw-html.js';

export { fenceCopyArtifact, fenceLanguage, frontmatterSyntax, hashnodeImageSyntax, imageAlt, mojibake };
export { frontmatterDate, frontmatterFields, frontmatterFormat, frontmatterTags };
export { invisibleCharacters, whitespaceLines, needlessEscape, headingEmphasis, hashnodeWidget };
export { emptySection, hashnodeCallout, hashnodeEmbed, hashnodeImageAttributes, imageOnlySection, rawHtml };

/**
 * Every rule, in the order they run. Order matters: when two rules' edits overlap, the earlier rule's edit
 * wins and the other waits for the next pass. Text repairs come first, then syntax, then content.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const rules: readonly Rule<any>[] = [
  mojibake,
  frontmatterSyntax,
  frontmatterFormat,
  frontmatterDate,
  frontmatterTags,
  frontmatterFields,
  invisibleCharacters,
  whitespaceLines,
  needlessEscape,
  headingEmphasis,
  fenceCopyArtifact,
  fenceLanguage,
  hashnodeImageSyntax,
  imageAlt,
  imageOnlySection,
  emptySection,
  hashnodeEmbed,
  hashnodeCallout,
  hashnodeImageAttributes,
  rawHtml,
  hashnodeWidget,
];
