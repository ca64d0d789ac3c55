import type { Root, RootContent } from 'mdast';
import { isMap, isSeq, parseDocument } from 'yaml';
import { defineRule } from '../src/rules/define-rule.js';
import type { RuleContext } from '../src/rules/types.js';

const OPENING = /^---[ \t]*\n/;

/**
 * Finds frontmatter Hashnode cannot read: missing, never closed, not YAML, or not a mapping of keys to
 * values. Without it a post has no title, slug or tags when published.
 */
export const frontmatterSyntax = defineRule(
  {
    id: 'frontmatter-syntax',
    description: 'A post starts with a YAML frontmatter block that parses to a mapping.',
    severity: 'error',
    fixable: false,
    tags: ['frontmatter'],
  },
  ({ tree, source, report }) => {
    const first: RootContent | undefined = tree.children[0];
    if (first?.type === 'yaml') return checkYaml(first.value, first.position?.start.offset ?? 0, report);
    // remark-frontmatter reads `+++` TOML too; mdast's types do not list it. It is not YAML: left alone here.
    if ((first?.type as string | undefined) === 'toml') return;
    if (source.trim() === '') {
      return report({
        at: { start: 0, end: source.length },
        reason: 'Unexpected empty file, expected a post: `---` frontmatter, then Markdown',
      });
    }
    if (OPENING.test(source)) {
      return report({
        at: { start: 0, end: 3 },
        reason:
          'Unexpected frontmatter with no closing `---`, expected a line holding only `---` after the last key',
        blocksFixes: true,
      });
    }
    report({
      at: startOf(tree),
      reason: 'Missing frontmatter, expected a `---` block at the top with at least `title` and `slug`',
    });
  },
);

export default frontmatterSyntax;

type Reporter = RuleContext<unknown>['report'];

function checkYaml(yaml: string, nodeStart: number, report: Reporter) {
  // The value starts after the opening `---` and its line break.
  const valueStart = nodeStart + 4;
  const document = parseDocument(yaml, { uniqueKeys: false, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const [from, to] = error.pos;
    return report({
      at: { start: valueStart + from, end: valueStart + Math.max(to, from) },
      reason: `Unexpected YAML syntax in frontmatter: ${firstLine(error.message)}`,
      note: 'Hashnode and other tools skip a post whose frontmatter does not parse; the post is left as it is.',
      blocksFixes: true,
    });
  }
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    const range = contents.range ?? [0, yaml.length];
    report({
      at: { start: valueStart + range[0], end: valueStart + range[1] },
      reason: `Unexpected frontmatter that is ${isSeq(contents) ? 'a list' : 'a single value'}, expected \`key: value\` lines`,
      blocksFixes: true,
    });
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function startOf(tree: Root) {
  const offset = tree.children[0]?.position?.start.offset ?? 0;
  return { start: offset, end: offset };
}
