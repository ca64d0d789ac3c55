import type { Root } from 'mdast';

/** A YAML frontmatter block: the text between the fences and where it sits in the file. */
export interface FrontmatterBlock {
  /** The YAML between the fences, without the line break before the closing fence. */
  yaml: string;
  /** Offset of the first character of `yaml` in the file. */
  start: number;
  /** Offset of the closing `---`. */
  close: number;
}

/**
 * The frontmatter remark found at the top of the tree. Offsets are checked against the source, so a rule
 * never edits on a reading that does not match the text.
 */
export function frontmatterFromTree(tree: Root, source: string): FrontmatterBlock | undefined {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return undefined;
  const nodeStart = first.position?.start.offset;
  if (nodeStart === undefined) return undefined;
  const lineBreak = source.indexOf('\n', nodeStart);
  if (lineBreak === -1) return undefined;
  const start = lineBreak + 1;
  const close = first.value === '' ? start : start + first.value.length + 1;
  if (source.slice(start, start + first.value.length) !== first.value) return undefined;
  if (!source.startsWith('---', close)) return undefined;
  return { yaml: first.value, start, close };
}

/** Whether the post opens with TOML frontmatter (`+++`), which remark reads but mdast's types do not list. */
export function hasTomlFrontmatter(tree: Root): boolean {
  return (tree.children[0]?.type as string | undefined) === 'toml';
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*\r?$/gm;

/**
 * The frontmatter of a post's text, found without parsing the Markdown: for callers that only need a few
 * keys from many files.
 */
export function frontmatterFromText(text: string): FrontmatterBlock | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const start = opening[0].length;
  CLOSING.lastIndex = start;
  const closing = CLOSING.exec(text);
  if (!closing) return undefined;
  const close = closing.index;
  return { yaml: close === start ? '' : text.slice(start, close - 1), start, close };
}
