import type { Code, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One `### Bad` or `### Good` section of a rule's doc. */
export interface DocExample {
  kind: 'bad' | 'good';
  /** Its ```markdown blocks, each with the block's meta (a file path, for examples of several posts). */
  inputs: { meta: string; text: string }[];
  /** The ```messages block: `line:column  level  reason`, one a line. */
  messages?: string;
  /** The ```fixed block: the text after `fix`. */
  fixed?: string;
}

/** Reads the examples of a rule doc: `### Bad`, `### Good`, or `### Bad: …` headings and the blocks under them. */
export function docExamples(markdown: string): DocExample[] {
  const found: DocExample[] = [];
  let current: DocExample | undefined;
  for (const node of unified().use(remarkParse).parse(markdown).children) {
    if (node.type === 'heading') {
      const kind = /^(bad|good)(?::|$)/i.exec(toString(node as Heading).trim())?.[1]?.toLowerCase();
      current = node.depth === 3 && kind ? { kind: kind as DocExample['kind'], inputs: [] } : undefined;
      if (current) found.push(current);
    } else if (node.type === 'code' && current) {
      const code = node as Code;
      if (code.lang === 'markdown') current.inputs.push({ meta: code.meta ?? '', text: code.value + '\n' });
      else if (code.lang === 'messages') current.messages = code.value;
      else if (code.lang === 'fixed') current.fixed = code.value + '\n';
    }
  }
  return found;
}
