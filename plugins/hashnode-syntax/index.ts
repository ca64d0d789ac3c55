/// <reference types="remark-parse" />
/// <reference types="remark-stringify" />
import type { Processor } from 'unified';
import { hashnodeFromMarkdown } from './from-markdown.js';
import { hashnodeSyntax } from './syntax.js';
import { hashnodeToMarkdown } from './to-markdown.js';

export { hashnodeFromMarkdown } from './from-markdown.js';
export { hashnodeSyntax } from './syntax.js';
export { hashnodeToMarkdown } from './to-markdown.js';
export type { HashnodeEmbed, HashnodeImageAttributes, HashnodeImageData, HashnodeWidget } from './types.js';

/**
 * Read and write Hashnode Markdown: images with attributes
 * (`![a](u align="center")`), embeds (`%[url]`) and widgets (`%%[name]`).
 */
export function remarkHashnode(this: Processor): undefined {
  const data = this.data();
  const micromarkExtensions = data.micromarkExtensions ?? (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions ?? (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions ?? (data.toMarkdownExtensions = []);

  micromarkExtensions.push(hashnodeSyntax());
  fromMarkdownExtensions.push(hashnodeFromMarkdown());
  toMarkdownExtensions.push(hashnodeToMarkdown());
}

export default remarkHashnode;
