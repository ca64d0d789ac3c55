import { isMap, isScalar, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Root } from 'mdast';
import { frontmatterFromTree, type FrontmatterBlock } from './locate.js';

/** A top-level `key: value` of the frontmatter, with file offsets. */
export interface Entry {
  key: string;
  pair: Pair<Node, Node | null>;
  /** The value node, or null for `key:` with nothing after it. */
  value: Node | null;
  keyStart: number;
  keyEnd: number;
  /** The value's own text (no anchor, tag or trailing comment); at `keyEnd` when there is no value. */
  valueStart: number;
  valueEnd: number;
}

export interface ParsedFrontmatter {
  block: FrontmatterBlock;
  document: Document.Parsed;
  /** Every top-level entry in source order, duplicates included. */
  entries: Entry[];
  /** Offsets into the YAML to offsets into the file. */
  toFile(offset: number): number;
}

/**
 * Parses the block with the `yaml` package, keeping source ranges. Returns undefined when the YAML has
 * errors or is not a mapping: frontmatter-syntax reports those, and no other rule reads such a block.
 */
export function parseFrontmatter(block: FrontmatterBlock): ParsedFrontmatter | undefined {
  const document = parseDocument(block.yaml, {
    keepSourceTokens: true,
    uniqueKeys: false,
    prettyErrors: false,
  });
  if (document.errors.length > 0) return undefined;
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) return undefined;
  const toFile = (offset: number) => block.start + offset;
  const entries: Entry[] = [];
  for (const pair of (contents?.items ?? []) as Pair<Node, Node | null>[]) {
    const key = pair.key;
    if (!isScalar(key) || !key.range) continue;
    const value = pair.value;
    const keyEnd = toFile(key.range[1]);
    entries.push({
      key: String(key.value),
      pair,
      value,
      keyStart: toFile(key.range[0]),
      keyEnd,
      valueStart: value?.range ? toFile(value.range[0]) : keyEnd,
      valueEnd: value?.range ? toFile(value.range[1]) : keyEnd,
    });
  }
  return { block, document, entries, toFile };
}

/** The entries by key; a duplicated key maps to its last entry, as YAML readers that allow duplicates do. */
export function entryMap(entries: readonly Entry[]): Map<string, Entry> {
  return new Map(entries.map((entry) => [entry.key, entry]));
}

const parsedByTree = new WeakMap<Root, { source: string; parsed: ParsedFrontmatter | undefined }>();

/**
 * The tree's frontmatter, parsed once per tree and shared by every frontmatter rule (four rules, one parse).
 * Undefined when there is none, or it is TOML, or it does not parse to a mapping.
 */
export function frontmatterOf(tree: Root, source: string): ParsedFrontmatter | undefined {
  const cached = parsedByTree.get(tree);
  if (cached?.source === source) return cached.parsed;
  const block = frontmatterFromTree(tree, source);
  const parsed = block && parseFrontmatter(block);
  parsedByTree.set(tree, { source, parsed });
  return parsed;
}
