import type { Nodes, Root } from 'mdast';
import { rules } from '../../plugins/index.js';
import { tidy } from '../pipeline/tidy.js';
import type { RuleSetting } from '../rules/types.js';
import { parseMarkdown, treeKey } from './parse-markdown.js';

/** The text-debris rules, with the severity they are checked at (heading-emphasis is off by default). */
export const DEBRIS_RULES: Readonly<Record<string, RuleSetting>> = {
  'invisible-characters': 'warn',
  'whitespace-lines': 'warn',
  'needless-escape': 'warn',
  'heading-emphasis': 'warn',
  'hashnode-widget': 'info',
};

/** Settings that run the debris rules and nothing else. */
export function debrisSettings(): Record<string, RuleSetting> {
  return Object.fromEntries(rules.map((rule) => [rule.meta.id, DEBRIS_RULES[rule.meta.id] ?? 'off']));
}

export interface LawReport {
  /** The fixed text. */
  fixed: string;
  /** Rules whose edits changed the post. */
  changedBy: string[];
  /** Laws the fix broke, in words; empty when it kept them all. */
  broken: string[];
}

/**
 * Fixes a post with the debris rules only and checks their laws: fixing the fixed text changes nothing, no fixable
 * message is left, and the fixed post means the same Markdown as the original except for the characters the rules
 * are about (compared as trees without positions, both normalized the same way).
 */
export function checkDebrisLaws(text: string): LawReport {
  const settings = debrisSettings();
  const result = tidy(text, { rules: settings });
  const changedBy = [...new Set(result.edits.map((edit) => edit.ruleId))].sort();
  const broken: string[] = [];
  if (result.messages.some((message) => message.ruleId === 'fix-loop')) broken.push('fixes did not settle');
  const again = tidy(result.text, { rules: settings });
  if (again.text !== result.text)
    broken.push(`not idempotent (${again.edits.map((edit) => edit.ruleId).join(', ')})`);
  const left = tidy(result.text, { rules: settings, fix: false }).fixable;
  if (left.length > 0)
    broken.push(`fixable messages left: ${left.map((message) => message.reason).join('; ')}`);
  if (treeKey(normalize(parseMarkdown(text))) !== treeKey(normalize(parseMarkdown(result.text)))) {
    broken.push('the Markdown changed beyond the named characters');
  }
  return { fixed: result.text, changedBy, broken };
}

const TRIMMED = new Set(['paragraph', 'heading', 'tableCell']);

/** Characters the rules remove (all of them, kept or not: both trees lose them alike). */
const REMOVED = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Maps a tree to what the rules may not change: text with debris characters removed, no-break spaces read as spaces
 * and spaces before line endings dropped; headings without a bold wrapper. Adjacent text nodes are merged.
 */
export function normalize(tree: Root): Root {
  visitParents(tree);
  return tree;
}

function visitParents(node: Nodes): void {
  if (!('children' in node)) return;
  let children = node.children as Nodes[];
  if (node.type === 'heading')
    children = children.flatMap((child): Nodes[] => (child.type === 'strong' ? child.children : [child]));
  const merged: Nodes[] = [];
  for (const child of children) {
    const previous = merged[merged.length - 1];
    if (child.type === 'text') {
      const value = child.value.replace(REMOVED, '').replace(/\u00A0/g, ' ');
      if (previous?.type === 'text') previous.value += value;
      else merged.push({ ...child, value });
    } else merged.push(child);
  }
  merged.forEach((child, index) => {
    if (child.type !== 'text') return visitParents(child);
    child.value = child.value.replace(/[ \t]+\n/g, '\n');
    // A paragraph's last line and a line before a hard break lose their trailing spaces in parsing; debris
    // removed there leaves none either.
    // Cells, paragraphs and headings lose leading spaces too (a no-break space read as one becomes one).
    if (index === 0 && TRIMMED.has(node.type)) child.value = child.value.replace(/^[ \t]+/, '');
    const next = merged[index + 1];
    if (next === undefined || next.type === 'break') child.value = child.value.replace(/[ \t]+$/, '');
  });
  (node as { children: Nodes[] }).children = merged.filter(
    (child) => child.type !== 'text' || child.value !== '',
  );
}
