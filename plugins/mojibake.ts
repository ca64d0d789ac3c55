import type { Nodes } from 'mdast';
import { walk } from '../src/rules/tree-index.js';
import { describeEncoding, repairMojibake, type MojibakeRepair } from '../src/encoding/index.js';
import { defineRule } from '../src/rules/define-rule.js';
import { spanOf } from '../src/text/spans.js';

/**
 * Finds text that is UTF-8 read through the wrong code page (`üöÄ` for 🚀, `â€™` for ’) and restores it. The
 * engine decides for the whole document first, so code is repaired too when the whole file went through the
 * wrong code page; otherwise it repairs run by run and leaves code alone, since posts about encodings quote
 * mojibake on purpose.
 */
export const mojibake = defineRule(
  {
    id: 'mojibake',
    description: 'Text must not be UTF-8 decoded through the wrong code page.',
    severity: 'error',
    fixable: true,
    tags: ['encoding'],
  },
  ({ tree, source, report }) => {
    // Pure ASCII cannot hold mojibake: skip even the walk over the tree.
    if (!/[\u0080-\uffff]/.test(source)) return;
    const result = repairMojibake(source, { protectedRanges: codeRanges(tree) });
    if (result.repairs.length === 0) return;
    for (const repair of result.repairs) {
      report({
        at: repair,
        reason: describeRepair(repair),
        expected: [repair.after],
        fix: { start: repair.start, end: repair.end, text: repair.after },
      });
    }
    const count = `${result.repairs.length} sequence${result.repairs.length === 1 ? '' : 's'} repaired`;
    const uncertain =
      result.uncertain.length > 0 ? `, ${result.uncertain.length} with a lost byte restored` : '';
    report({
      at: { start: 0, end: 0 },
      atMost: 'info',
      reason: result.encoding
        ? `Whole document was decoded as ${describeLayers(result.encoding.split('+'))}; ${count}${uncertain}`
        : `${count}${uncertain}; the rest of the document is not damaged`,
    });
  },
);

export default mojibake;

function describeRepair(repair: MojibakeRepair): string {
  const base = `Unexpected mojibake \`${repair.before}\`, expected \`${repair.after}\`: UTF-8 read as ${describeLayers(repair.encodings)}`;
  if (!repair.candidates || repair.candidates.length === 0) return base;
  const [chosen, ...others] = distinguishable(repair.candidates);
  const alternatives = others.length > 0 ? ` (could also be ${others.join(' ')})` : '';
  return `${base} with a byte lost; restored ${chosen}${alternatives}`;
}

/** Characters that show nothing on their own: variation selectors, joiners, controls. */
const INVISIBLE = /[\p{Cf}\p{Cc}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/gu;

/**
 * Candidates that differ only in an invisible character (⚙ with VS16 or with VS1) look the same in a
 * terminal; then every candidate is shown with its invisible characters spelled out as code points.
 */
function distinguishable(candidates: readonly string[]): string[] {
  const looks = new Set(candidates.map((candidate) => candidate.replace(INVISIBLE, '')));
  if (looks.size === candidates.length) return [...candidates];
  return candidates.map((candidate) =>
    candidate.replace(
      INVISIBLE,
      (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
    ),
  );
}

function describeLayers(encodings: readonly string[]): string {
  const names = encodings.map((name) => describeEncoding(name));
  return names.length === 1 ? names[0]! : `${names.join(', then ')}`;
}

/** Code and inline code: sequence-level repair leaves them as written. */
function codeRanges(tree: Nodes): [number, number][] {
  const ranges: [number, number][] = [];
  walk(tree, (node: Nodes) => {
    if (node.type !== 'code' && node.type !== 'inlineCode') return;
    const span = spanOf(node);
    if (span) ranges.push([span.start, span.end]);
  });
  return ranges;
}
