import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import remarkHashnode from '../../plugins/hashnode-syntax/index.js';

const withHashnode = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkHashnode);
const without = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const stringifier = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkStringify)
  .use(remarkHashnode);

export function parse(value: string): Root {
  return withHashnode.parse(value);
}

export function parsePlain(value: string): Root {
  return without.parse(value);
}

export function roundTrip(value: string): string {
  return stringifier.processSync(value).toString();
}

export function stringify(tree: Root): string {
  return stringifier.stringify(tree);
}

/** Drop positions so trees can be compared by shape. */
export function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, field: unknown) => (key === 'position' ? undefined : field)));
}
