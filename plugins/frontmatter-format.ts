import { isScalar, Scalar, visit } from 'yaml';
import { defineRule } from '../src/rules/define-rule.js';
import { hasTomlFrontmatter, type FrontmatterBlock } from '../src/frontmatter/locate.js';
import { lineFinder } from '../src/frontmatter/lines.js';
import { frontmatterOf, type Entry, type ParsedFrontmatter } from '../src/frontmatter/parse.js';
import type { Report, RuleContext, Span } from '../src/rules/types.js';

type Reporter = RuleContext<unknown>['report'];

/** Keys whose value is text to every reader, so a number or `true` there was meant as text. */
const TEXT_KEYS = new Set(['title', 'subtitle', 'seoTitle', 'seoDescription', 'slug', 'cuid', 'seriesSlug']);

/**
 * Finds frontmatter layout that hides or risks data: duplicate keys (a YAML reader keeps one value and drops
 * the other), text values YAML reads as numbers or booleans, comments that cut a title short, trailing
 * whitespace and a blank line before the closing `---`.
 */
export const frontmatterFormat = defineRule(
  {
    id: 'frontmatter-format',
    description: 'Frontmatter is laid out so every YAML reader gets the same keys and values.',
    severity: 'error',
    fixable: true,
    tags: ['frontmatter'],
  },
  ({ tree, source, report: send }) => {
    if (hasTomlFrontmatter(tree)) {
      const first = tree.children[0]!;
      return send({
        at: first.position ? first : { start: 0, end: 3 },
        reason:
          'Unexpected TOML frontmatter (`+++`), expected YAML (`---`) as Hashnode writes and reads it; the frontmatter rules leave it unchecked',
        atMost: 'info',
      });
    }
    const parsed = frontmatterOf(tree, source);
    if (!parsed) return;
    const block = parsed.block;
    // Findings are gathered and reported in source order, so they read top to bottom.
    const found: Report[] = [];
    const report = (finding: Report) => void found.push(finding);
    checkDuplicates(parsed.entries, source, report);
    for (const entry of parsed.entries) if (TEXT_KEYS.has(entry.key)) checkText(entry, source, report);
    const protectedSpans = multilineScalars(parsed);
    const blank = trailingBlankLines(block, protectedSpans);
    checkTrailingWhitespace(block, protectedSpans, blank, report);
    checkFences(block, source, report);
    if (blank) {
      report({
        at: { start: blank.start + 1, end: blank.end },
        reason: 'Unexpected blank line before the closing `---`, expected the last key right above it',
        fix: { start: blank.start, end: blank.end, text: '' },
      });
    }
    for (const finding of found.sort((a, b) => (a.at as Span).start - (b.at as Span).start)) send(finding);
  },
);

export default frontmatterFormat;

function checkDuplicates(entries: readonly Entry[], source: string, report: Reporter) {
  const first = new Map<string, Entry>();
  let lineOf: ((offset: number) => { line: number }) | undefined;
  for (const entry of entries) {
    const earlier = first.get(entry.key);
    if (!earlier) {
      first.set(entry.key, entry);
      continue;
    }
    lineOf ??= lineFinder(source);
    report({
      at: { start: entry.keyStart, end: entry.keyEnd },
      reason: `Unexpected duplicate key \`${entry.key}\` on line ${lineOf(entry.keyStart).line} (first on line ${lineOf(earlier.keyStart).line}), expected each key once`,
      note: 'YAML readers keep one of the two values and drop the other without a word. Keep the right one by hand.',
    });
  }
}

/** `title: 2025` is the number 2025 to YAML; quoting keeps the same characters and makes them text. */
function checkText(entry: Entry, source: string, report: Reporter) {
  const value = entry.value;
  if (!isScalar(value) || value.type !== Scalar.PLAIN) return;
  const raw = source.slice(entry.valueStart, entry.valueEnd);
  if (typeof value.value !== 'string' && raw !== '' && !raw.includes('\n') && !value.anchor && !value.tag) {
    const quoted = JSON.stringify(raw);
    report({
      at: { start: entry.valueStart, end: entry.valueEnd },
      reason: `Unexpected unquoted \`${raw}\` in \`${entry.key}\` that YAML reads as a ${value.value === null ? 'null' : typeof value.value}, expected text: \`${quoted}\``,
      expected: [quoted],
      fix: { start: entry.valueStart, end: entry.valueEnd, text: quoted },
    });
    return;
  }
  // A ` #` in an unquoted value starts a comment: `title: C# vs F# #dotnet` is the title `C# vs F#`.
  if (typeof value.value === 'string' && value.comment !== undefined && value.range) {
    const lineEnd = source.indexOf('\n', entry.valueEnd);
    const tail = source.slice(entry.valueEnd, lineEnd === -1 ? source.length : lineEnd).trimEnd();
    const rest = tail.trim();
    if (!rest.startsWith('#')) return;
    report({
      at: { start: entry.valueStart, end: entry.valueEnd + tail.length },
      reason: `Unexpected comment \`${rest}\` after the unquoted \`${entry.key}\`, expected the whole value in quotes if \`${rest}\` is part of it`,
      note: `YAML reads \`${entry.key}\` as \`${value.value}\`.`,
      atMost: 'info',
    });
  }
}

/** Scalars over several lines: whitespace at their line ends can be content (`|` blocks), so it stays. */
function multilineScalars(parsed: ParsedFrontmatter): Span[] {
  const spans: Span[] = [];
  visit(parsed.document, {
    Scalar(_key, node) {
      const range = node.range;
      if (!range) return;
      const text = parsed.block.yaml.slice(range[0], range[1]);
      if (!text.includes('\n')) return;
      // Blank lines after a block are content only with `+` (keep) chomping; otherwise they are dropped.
      const keep = /^[|>](?:[1-9]?\+|\+[1-9])/.test(text);
      spans.push({
        start: range[0],
        end: range[0] + (keep ? text : text.replace(/(?:\n[ \t]*)+$/, '')).length,
      });
    },
  });
  return spans;
}

/** The blank lines at the end of the YAML, as a span of it (the line break before them included). */
function trailingBlankLines(block: FrontmatterBlock, protectedSpans: readonly Span[]): Span | undefined {
  const match = /(?:\n[ \t]*)+$/.exec(block.yaml);
  if (!match || match.index === 0 || block.yaml.trim() === '') return undefined;
  // A `|+` block keeps its trailing blank lines as content.
  if (protectedSpans.some((span) => span.end > match.index)) return undefined;
  return { start: block.start + match.index, end: block.start + block.yaml.length };
}

function checkTrailingWhitespace(
  block: FrontmatterBlock,
  protectedSpans: readonly Span[],
  blank: Span | undefined,
  report: Reporter,
) {
  const trailing = /[ \t]+$/gm;
  for (let match = trailing.exec(block.yaml); match; match = trailing.exec(block.yaml)) {
    const start = match.index;
    const end = start + match[0].length;
    if (protectedSpans.some((span) => start >= span.start && start < span.end)) continue;
    if (blank && block.start + start >= blank.start) continue;
    report({
      at: { start: block.start + start, end: block.start + end },
      reason: 'Unexpected trailing whitespace in frontmatter, expected none',
      fix: { start: block.start + start, end: block.start + end, text: '' },
    });
  }
}

/** `---  ` is a fence to remark, but not to every frontmatter reader. */
function checkFences(block: FrontmatterBlock, source: string, report: Reporter) {
  const lineEnd = source.indexOf('\n', block.close);
  for (const [start, end] of [
    [0, block.start - 1],
    [block.close, lineEnd === -1 ? source.length : lineEnd],
  ] as const) {
    const spaces = /^---([ \t]+)$/.exec(source.slice(start, end))?.[1];
    if (!spaces) continue;
    report({
      at: { start: start + 3, end },
      reason: 'Unexpected trailing whitespace after `---`, expected the fence alone on its line',
      fix: { start: start + 3, end, text: '' },
    });
  }
}
