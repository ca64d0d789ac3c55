import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkHashnode } from '../../plugins/hashnode-syntax/index.js';

type Parser = (text: string) => Root;

let parser: Parser | undefined;

/**
 * Parses Markdown the way the pipeline does (frontmatter, GFM, Hashnode syntax), with no rules attached, so a rule
 * can ask what a changed text would mean. Built on first use: most runs never need it.
 */
export function parseMarkdown(text: string): Root {
  if (!parser) {
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml', 'toml'])
      .use(remarkGfm)
      .use(remarkHashnode);
    parser = (value) => processor.parse(value);
  }
  return parser(text);
}

/** A tree as JSON with positions left out: two texts mean the same Markdown when these are equal. */
export function treeKey(tree: unknown): string {
  return JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));
}
