import type { Nodes, Parents, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { walk } from '../src/rules/tree-index.js';
import { defineRule } from '../src/rules/define-rule.js';
import type { Span } from '../src/rules/types.js';
import { parseMarkdown, treeKey } from '../src/text/parse-markdown.js';
import { pendingEdits } from '../src/text/pending-edits.js';
import { LineCursor, spanOf } from '../src/text/spans.js';

/** Blocks whose inline content is parsed as a whole: a table's cells depend on every `|` in it. */
const BLOCKS = new Set(['paragraph', 'heading', 'table']);
/** ASCII punctuation, the only characters a backslash escapes (CommonMark 2.4). */
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Finds backslash escapes that change nothing: `snake\_case`, `step 1\. of 3`, `a \# b`. Hashnode's editor escapes
 * every Markdown character it exports, which makes posts hard to edit and search. An escape is only reported when
 * parsing the block with and without the backslash gives the same tree, so no needed escape is ever removed.
 */
export const needlessEscape = defineRule(
  {
    id: 'needless-escape',
    description: 'Backslash escapes are only used where the character would otherwise be Markdown syntax.',
    severity: 'warn',
    fixable: true,
    tags: ['text', 'debris'],
  },
  ({ tree, file, source, report }) => {
    const pending = pendingEdits(file, source);
    const definitions = definitionsOf(tree);
    const found: { block: Span; offsets: number[] }[] = [];
    walk(tree, (node: Nodes) => {
      if (!BLOCKS.has(node.type)) return;
      const block = spanOf(node);
      if (!block) return 'skip';
      const candidates = escapesIn(node as Parents, source, block);
      if (candidates.length > 0) {
        const offsets = provenNeedless(source, block, candidates, definitions);
        if (offsets.length > 0) found.push({ block, offsets });
      }
      return 'skip';
    });
    for (const { block, offsets } of provenInContext(source, tree, found)) {
      const waits = pending(block);
      for (const offset of offsets) {
        const escaped = source[offset + 1]!;
        report({
          at: { start: offset, end: offset + 2 },
          reason: `Unexpected needless escape \`\\${escaped}\`, expected \`${escaped}\``,
          expected: [escaped],
          fix: waits ? undefined : { start: offset, end: offset + 1, text: '' },
        });
      }
    }
  },
);

export default needlessEscape;

/**
 * Offsets of backslashes that escape punctuation in the block's text (never in code, HTML, URLs or autolinks, which
 * are not text nodes or where a backslash is a literal character), and not at the start of a line's content, where
 * an escape is what keeps `1.` or `#` from starting a list or a heading.
 */
function escapesIn(block: Parents, source: string, span: Span): number[] {
  const offsets: number[] = [];
  const lines = new LineCursor(source);
  visit(block, (node: Nodes, _index, parent) => {
    if (node.type === 'link' && !source.startsWith('[', spanOf(node)?.start ?? 0)) return 'skip';
    if (node.type !== 'text' || !parent) return;
    const text = spanOf(node);
    if (!text) return;
    for (let at = text.start; at < text.end - 1; at++) {
      if (source[at] !== '\\' || !PUNCTUATION.test(source[at + 1]!)) continue;
      // `\\` is kept: it is the one escape whose removal changes what follows it.
      if (source[at + 1] !== '\\' && !atContentStart(source, lines.lineStart(at), at, span.start))
        offsets.push(at);
      at++;
    }
  });
  return offsets;
}

function atContentStart(source: string, lineStart: number, offset: number, blockStart: number): boolean {
  if (offset === blockStart) return true;
  if (lineStart <= blockStart) return false;
  return /^[ \t>]*$/.test(source.slice(lineStart, offset));
}

/**
 * Link reference and footnote definitions, the only thing outside a block that changes how its inline content
 * parses: with them appended, the block parsed alone reads as it does in the post.
 */
function definitionsOf(tree: Root): string {
  const lines: string[] = [];
  walk(tree, (node: Nodes) => {
    if (node.type === 'definition') lines.push(`[${node.label ?? node.identifier}]: x`);
    if (node.type === 'footnoteDefinition') lines.push(`[^${node.label ?? node.identifier}]: x`);
  });
  return lines.length === 0 ? '' : '\n\n' + lines.join('\n\n') + '\n';
}

/** The block's lines with container prefixes (`> `, list indentation) taken off, and where each line came from. */
interface Isolated {
  text: string;
  /** Per line: its offset in the source and in `text`. */
  lines: { source: number; text: number }[];
}

function isolate(source: string, block: Span): Isolated {
  const lines: Isolated['lines'] = [];
  let text = '';
  let at = block.start;
  while (at <= block.end) {
    const newline = source.indexOf('\n', at);
    const end = newline === -1 || newline > block.end ? block.end : newline;
    let from = at;
    if (at !== block.start) while (from < end && /[ \t>]/.test(source[from]!)) from++;
    lines.push({ source: from, text: text.length });
    text += source.slice(from, end) + '\n';
    at = end + 1;
  }
  return { text, lines };
}

/** The isolated text with the backslashes at these source offsets removed. */
function without(isolated: Isolated, offsets: readonly number[]): string {
  const positions = offsets.map((offset) => {
    let line = isolated.lines[0]!;
    for (const candidate of isolated.lines) if (candidate.source <= offset) line = candidate;
    return line.text + offset - line.source;
  });
  positions.sort((a, b) => a - b);
  let text = '';
  let cursor = 0;
  for (const position of positions) {
    text += isolated.text.slice(cursor, position);
    cursor = position + 1;
  }
  return text + isolated.text.slice(cursor);
}

/**
 * The candidates whose removal leaves the block's tree unchanged. All are tried at once (the usual case: one parse);
 * when that changes the tree, halves are tried, each together with what was already accepted, so the accepted set
 * is always proven as a whole.
 */
function provenNeedless(source: string, block: Span, candidates: number[], definitions: string): number[] {
  const isolated = isolate(source, block);
  const expected = treeKey(parseMarkdown(isolated.text + definitions));
  const accepted: number[] = [];
  const attempt = (group: number[]) => {
    const changed = without(isolated, [...accepted, ...group]) + definitions;
    if (treeKey(parseMarkdown(changed)) === expected) {
      accepted.push(...group);
      return;
    }
    if (group.length === 1) return;
    const middle = group.length >>> 1;
    attempt(group.slice(0, middle));
    attempt(group.slice(middle));
  };
  attempt(candidates);
  return accepted.sort((a, b) => a - b);
}

/**
 * The block-by-block proofs, checked once more on the whole post: a block read alone can differ from the block in
 * its list or quote (a lazy continuation line read as a table row, say). When the post's tree changes, blocks are
 * dropped until it does not, halving as in the block proof.
 */
function provenInContext(
  source: string,
  tree: Root,
  found: { block: Span; offsets: number[] }[],
): { block: Span; offsets: number[] }[] {
  if (found.length === 0) return found;
  // The post's own tree: parsed by the same parser, and rules never change it.
  const expected = treeKey(tree);
  const accepted: { block: Span; offsets: number[] }[] = [];
  const removing = (groups: { offsets: number[] }[]) => {
    const offsets = groups.flatMap((group) => group.offsets).sort((a, b) => a - b);
    let text = '';
    let cursor = 0;
    for (const offset of offsets) {
      text += source.slice(cursor, offset);
      cursor = offset + 1;
    }
    return text + source.slice(cursor);
  };
  const attempt = (groups: { block: Span; offsets: number[] }[]) => {
    if (treeKey(parseMarkdown(removing([...accepted, ...groups]))) === expected) {
      accepted.push(...groups);
      return;
    }
    if (groups.length === 1) return;
    const middle = groups.length >>> 1;
    attempt(groups.slice(0, middle));
    attempt(groups.slice(middle));
  };
  attempt(found);
  return accepted;
}
