import type { Nodes, Parents } from 'mdast';

interface Entry {
  node: Nodes;
  index: number | undefined;
  parent: Parents | undefined;
  /** Position in the list just past this node's descendants, to skip them. */
  after: number;
}

interface TreeIndex {
  /** Every node in document (pre-)order. */
  all: Entry[];
  byType: Map<string, Entry[]>;
}

// Rules read the tree and never change it (their edits go to the source), so one index serves all of them.
const indexes = new WeakMap<Nodes, TreeIndex>();

/**
 * Twenty rules each walking the whole tree cost a tenth of a check; this walks it once per tree and lets
 * every rule loop over a list. Like `visit`, the visitor may return `'skip'` to pass over a node's children.
 */
export function walk(
  tree: Nodes,
  visitor: (node: Nodes, index: number | undefined, parent: Parents | undefined) => void | 'skip',
): void {
  const { all } = indexOf(tree);
  for (let at = 0; at < all.length;) {
    const entry = all[at]!;
    at = visitor(entry.node, entry.index, entry.parent) === 'skip' ? entry.after : at + 1;
  }
}

/** Calls `visitor` with every node of one type, in document order, as `visit(tree, type, visitor)` does. */
export function eachOfType<Type extends Nodes['type']>(
  tree: Nodes,
  type: Type,
  visitor: (
    node: Extract<Nodes, { type: Type }>,
    index: number | undefined,
    parent: Parents | undefined,
  ) => void,
): void {
  for (const entry of indexOf(tree).byType.get(type) ?? []) {
    visitor(entry.node as Extract<Nodes, { type: Type }>, entry.index, entry.parent);
  }
}

function indexOf(tree: Nodes): TreeIndex {
  let index = indexes.get(tree);
  if (index) return index;
  index = { all: [], byType: new Map() };
  add(index, tree, undefined, undefined);
  indexes.set(tree, index);
  return index;
}

function add(index: TreeIndex, node: Nodes, position: number | undefined, parent: Parents | undefined): void {
  const entry: Entry = { node, index: position, parent, after: 0 };
  index.all.push(entry);
  const ofType = index.byType.get(node.type);
  if (ofType) ofType.push(entry);
  else index.byType.set(node.type, [entry]);
  if ('children' in node) {
    const children = node.children as Nodes[];
    for (let child = 0; child < children.length; child++) add(index, children[child]!, child, node);
  }
  entry.after = index.all.length;
}
