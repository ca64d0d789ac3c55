import { isAlias, isScalar, Scalar } from 'yaml';
import { defineRule } from '../src/rules/define-rule.js';
import { EXPECTED_DATE, judgeDate, shorten } from '../src/frontmatter/dates.js';
import { frontmatterOf } from '../src/frontmatter/parse.js';

/** The keys Hashnode's backup, its export and static site generators keep dates in. */
export const DATE_KEYS: ReadonlySet<string> = new Set([
  'datePublished',
  'dateAdded',
  'dateUpdated',
  'date',
  'publishedAt',
]);

const REWRITABLE = new Set<string>([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

/**
 * Finds dates that are not ISO 8601 with an offset. Hashnode's backup writes JavaScript `Date` strings, which
 * YAML reads as plain text and most tools cannot sort or parse; ISO 8601 is read the same way everywhere.
 */
export const frontmatterDate = defineRule(
  {
    id: 'frontmatter-date',
    description: 'Frontmatter dates are ISO 8601 with an offset.',
    severity: 'error',
    fixable: true,
    tags: ['frontmatter'],
  },
  ({ tree, source, report }) => {
    const parsed = frontmatterOf(tree, source);
    if (!parsed) return;
    for (const entry of parsed.entries) {
      if (!DATE_KEYS.has(entry.key)) continue;
      const { value, key } = entry;
      // An alias repeats a date written elsewhere; that one is checked where it is written.
      if (isAlias(value)) continue;
      const at = { start: entry.valueStart, end: entry.valueEnd };
      if (!isScalar(value) || value.value === null || value.value === '') {
        const empty = !value || isScalar(value);
        report({
          at: empty ? { start: entry.keyStart, end: entry.keyEnd } : at,
          reason: `Unexpected ${empty ? 'empty value' : 'list or mapping'} in \`${key}\`, expected ${EXPECTED_DATE}`,
        });
        continue;
      }
      const raw = source.slice(entry.valueStart, entry.valueEnd);
      const text = value.type === Scalar.PLAIN ? raw : String(value.value);
      const verdict = judgeDate(text);
      if (verdict.kind === 'clean') continue;
      if (verdict.kind === 'invalid') {
        report({ at, reason: `Unexpected ${verdict.problem} in \`${key}\`, expected ${verdict.expected}` });
      } else if (verdict.kind === 'no-zone') {
        report({
          at,
          reason: `Unexpected date without a time zone \`${shorten(text)}\` in \`${key}\`, expected ISO 8601 with an offset, such as \`${verdict.suggestion}\` if it is UTC`,
          expected: [verdict.suggestion],
          note: 'Readers place a date with no zone in their own time zone, so the same post sorts differently on each machine. The zone is not guessed.',
        });
      } else {
        const quote =
          value.type === Scalar.QUOTE_DOUBLE ? '"' : value.type === Scalar.QUOTE_SINGLE ? "'" : '';
        report({
          at,
          reason: `Unexpected ${verdict.form} \`${shorten(text)}\` in \`${key}\`, expected ISO 8601 \`${verdict.text}\``,
          expected: [verdict.text],
          fix: REWRITABLE.has(value.type ?? '')
            ? { start: entry.valueStart, end: entry.valueEnd, text: quote + verdict.text + quote }
            : undefined,
        });
      }
    }
  },
);

export default frontmatterDate;
