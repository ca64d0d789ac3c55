import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkHashnode } from '../../plugins/hashnode-syntax/index.js';
import { remarkEmailLiteralShortcut } from './email-literal-shortcut.js';

/** unified with the parser stack every entry point uses: CommonMark, frontmatter, GFM and Hashnode's syntax. */
export function markdownParser() {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkGfm)
    .use(remarkHashnode)
    .use(remarkEmailLiteralShortcut);
}

let parser: ReturnType<typeof markdownParser> | undefined;

/**
 * Parses Markdown the way the pipeline does, with no rules attached, so a rule can ask what a changed text
 * would mean. Built on first use: most runs never need it.
 */
export function parseMarkdown(text: string): Root {
  parser ??= markdownParser().freeze();
  return parser.parse(text);
}

/** A tree as JSON with positions left out: two texts mean the same Markdown when these are equal. */
export function treeKey(tree: unknown): string {
  return JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));
}
