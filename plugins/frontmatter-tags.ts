import { isAlias, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { defineRule } from '../src/rules/define-rule.js';
import { frontmatterOf, type Entry } from '../src/frontmatter/parse.js';
import { slugify, splitTags, TAG_SLUG, yamlItem } from '../src/frontmatter/tags.js';
import type { RuleContext } from '../src/rules/types.js';

const SPLITTABLE = new Set<string>([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

type Reporter = RuleContext<unknown>['report'];

export interface FrontmatterTagsOptions {
  /**
   * `list` (default): a YAML block list, what static site generators and migration tools read. `comma`: one
   * comma-separated string, the form Hashnode's publish-from-GitHub page documents.
   */
  style?: 'list' | 'comma';
}

/**
 * Finds tags written as one comma or space separated string, as Hashnode's backup writes them, and tags that
 * are not Hashnode tag slugs. A YAML list is what static site generators and migration tools read as tags;
 * a string is one tag named `docker, devops` to them.
 */
export const frontmatterTags = defineRule<FrontmatterTagsOptions>(
  {
    id: 'frontmatter-tags',
    description: 'Frontmatter tags are a YAML list of tag slugs.',
    severity: 'error',
    fixable: true,
    tags: ['frontmatter'],
  },
  ({ tree, source, options, report }) => {
    const style = options?.style ?? 'list';
    if (style !== 'list' && style !== 'comma')
      throw new Error(`Unknown frontmatter-tags style \`${String(style)}\``);
    const parsed = frontmatterOf(tree, source);
    if (!parsed) return;
    for (const entry of parsed.entries) {
      if (entry.key !== 'tags' || isAlias(entry.value)) continue;
      if (isSeq(entry.value)) {
        const items = entry.value.items as Node[];
        checkList(items, parsed.toFile, source, report, style === 'list');
        if (style === 'comma') listToComma(entry, items, source, report);
      } else if (
        isScalar(entry.value) &&
        typeof entry.value.value === 'string' &&
        entry.value.value.trim() !== ''
      ) {
        const value = entry.value as Scalar<string>;
        if (style === 'list') checkString(entry, value, source, report);
        else normalizeComma(entry, value, report);
        checkSlugsInString(entry, value, report);
      }
    }
  },
);

export default frontmatterTags;

function checkString(entry: Entry, value: Scalar<string>, source: string, report: Reporter) {
  const tags = splitTags(value.value);
  const list = tags.map((tag) => `\n  - ${yamlItem(tag)}`).join('');
  // The edit runs from the end of the key, so `tags: a, b` loses the space after the colon too.
  const between = source.slice(entry.keyEnd, entry.valueStart);
  const safe =
    /^[ \t]*:[ \t]*$/.test(between) && SPLITTABLE.has(value.type ?? '') && !value.anchor && !value.tag;
  report({
    at: { start: entry.valueStart, end: entry.valueEnd },
    reason: `Unexpected tags as a string \`${value.value}\`, expected a YAML list (\`- ${tags[0] ?? ''}\` lines)`,
    expected: [`tags:${list}`],
    fix: safe ? { start: entry.keyEnd, end: entry.valueEnd, text: `:${list}` } : undefined,
  });
}

/** The slugs are checked in a string too, so one report says everything at once. */
function checkSlugsInString(entry: Entry, value: Scalar<string>, report: Reporter) {
  const offset = entry.valueStart + (value.type === Scalar.PLAIN ? 0 : 1);
  let from = 0;
  for (const tag of splitTags(value.value)) {
    const at = value.value.indexOf(tag, from);
    from = at + tag.length;
    checkSlug(tag, { start: offset + at, end: offset + at + tag.length }, report);
  }
}

/** `comma` style: `docker,devops , docker` is written `docker, devops`. */
function normalizeComma(entry: Entry, value: Scalar<string>, report: Reporter) {
  const joined = splitTags(value.value).join(', ');
  if (joined === value.value) return;
  const safe = SPLITTABLE.has(value.type ?? '') && !value.anchor && !value.tag;
  const text = value.type === Scalar.PLAIN ? yamlItem(joined) : JSON.stringify(joined);
  report({
    at: { start: entry.valueStart, end: entry.valueEnd },
    reason: `Unexpected tags \`${value.value}\`, expected \`${joined}\`: trimmed, each tag once, separated by \`, \``,
    expected: [joined],
    fix: safe ? { start: entry.valueStart, end: entry.valueEnd, text } : undefined,
  });
}

/** `comma` style: a list is written as one string, unless a comment or a tag with a comma would be lost. */
function listToComma(entry: Entry, items: readonly Node[], source: string, report: Reporter) {
  if (items.length === 0) return;
  const tags = items.map((item) => (isScalar(item) ? String(item.value) : undefined));
  const joined = [...new Set(tags)].join(', ');
  const written = source.slice(entry.keyEnd, entry.valueEnd).trimEnd();
  const safe =
    tags.every((tag) => tag !== undefined && tag.trim() !== '' && !tag.includes(',')) &&
    !/(?:^|\s)#/.test(written) &&
    !/[&!]/.test(source.slice(entry.keyEnd, entry.valueStart));
  report({
    at: { start: entry.valueStart, end: entry.valueEnd },
    reason: `Unexpected tags as a list, expected a comma-separated string \`${joined}\``,
    expected: [joined],
    fix: safe
      ? { start: entry.keyEnd, end: entry.keyEnd + written.length, text: `: ${yamlItem(joined)}` }
      : undefined,
  });
}

function checkList(
  items: readonly Node[],
  toFile: (offset: number) => number,
  source: string,
  report: Reporter,
  removeRepeats: boolean,
) {
  const seen = new Set<string>();
  for (const item of items) {
    if (!isScalar(item) || !item.range) continue;
    const tag = String(item.value);
    const at = { start: toFile(item.range[0]), end: toFile(item.range[1]) };
    if (seen.has(tag)) {
      report({
        at,
        reason: `Unexpected repeated tag \`${tag}\`, expected each tag once`,
        fix: removeRepeats ? itemLine(at, source) : undefined,
      });
      continue;
    }
    seen.add(tag);
    checkSlug(tag, at, report);
  }
}

/** The whole `  - tag` line of a block list item, to delete it; undefined for a flow list or a shared line. */
function itemLine(at: { start: number; end: number }, source: string) {
  const lineStart = source.lastIndexOf('\n', at.start - 1) + 1;
  const lineEnd = source.indexOf('\n', at.end);
  if (lineEnd === -1) return undefined;
  if (!/^[ \t]*-[ \t]+$/.test(source.slice(lineStart, at.start))) return undefined;
  if (!/^[ \t]*$/.test(source.slice(at.end, lineEnd))) return undefined;
  return { start: lineStart, end: lineEnd + 1, text: '' };
}

function checkSlug(tag: string, at: { start: number; end: number }, report: Reporter) {
  if (TAG_SLUG.test(tag)) return;
  const slug = slugify(tag);
  report({
    at,
    reason: slug
      ? `Unexpected tag \`${tag}\` that is not a tag slug, expected \`${slug}\` or the slug of the Hashnode tag it names`
      : `Unexpected tag \`${tag}\` that is not a tag slug, expected lowercase letters, digits and hyphens`,
    expected: slug ? [slug] : undefined,
    note: 'Not fixed: a tag slug names an existing Hashnode tag, and the slug made from a name may name another tag or none (`Node.js` is `nodejs` on Hashnode).',
  });
}
