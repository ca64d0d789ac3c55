import type { Code } from 'mdast';
import {
  detectLanguage,
  findCopyArtifact,
  isGenericLabel,
  isKnownLanguageLabel,
  normalizeLanguageLabel,
  type Detection,
} from '../src/fences/index.js';
import { fenceSource } from '../src/fences/fence-source.js';
import { defineRule } from '../src/rules/define-rule.js';
import { eachOfType } from '../src/rules/tree-index.js';
import type { RuleContext } from '../src/rules/types.js';

export interface FenceLanguageOptions {
  /** Label generic blocks when the classifier is at least this sure (0..1); below it, only warn. Default 0.8. */
  minConfidence?: number;
  /** Also relabel blocks whose label names one language and whose code is clearly another. Default false. */
  fixMislabeled?: boolean;
  /** Rewrite aliases (`sh`, `yml`, `js`) to one id per language for this highlighter. Default: off. */
  normalize?: 'prism' | 'shiki' | false;
}

/** Close relatives a label may stand for without being wrong (a JSX block labeled `javascript`, say). */
const COMPATIBLE: readonly (readonly string[])[] = [
  ['javascript', 'jsx', 'typescript', 'tsx', 'json'],
  ['c', 'cpp'],
  ['css', 'scss'],
  ['bash', 'shell-session', 'powershell'],
  ['html', 'xml', 'markdown'],
  ['ini', 'toml'],
];

/** A mislabeled block is only called so when the evidence is this strong. */
const MISLABEL_CONFIDENCE = 0.9;

/**
 * Infers the language of code blocks labeled `plaintext`, `text` or nothing, which Hashnode's editor leaves
 * behind: readers lose highlighting. Labels them when sure, warns when not, and abstains when the code does not
 * say: a wrong label is worse than none.
 */
export const fenceLanguage = defineRule<FenceLanguageOptions>(
  {
    id: 'fence-language',
    description: 'Code blocks must be labeled with the language they hold.',
    severity: 'warn',
    fixable: true,
    tags: ['code'],
  },
  (context) => {
    const { tree, source } = context;
    eachOfType(tree, 'code', (node) => {
      const where = fenceSource(node, source);
      // Indented code has no fence to label; copy-button debris is settled first by its own rule.
      if (!where || (where.firstLine && findCopyArtifact(where.firstLine.text))) return;
      const label = node.lang ?? '';
      if (isGenericLabel(label)) checkUnlabeled(context, node, where.label);
      else checkLabeled(context, node, where.label);
    });
  },
);

export default fenceLanguage;

type Context = RuleContext<FenceLanguageOptions | undefined>;
type Span = { start: number; end: number; text: string };

function checkUnlabeled({ report, options }: Context, node: Code, label: Span) {
  if (node.value.trim() === '') return;
  const detection = detectLanguage(node.value);
  if (!detection) return;
  const sure = detection.confidence >= (options?.minConfidence ?? 0.8);
  const was = label.text === '' ? 'unlabeled code block' : `code block labeled \`${label.text}\``;
  report({
    at: label.text === '' ? node : label,
    reason: `Unexpected ${was}, expected \`${detection.language}\` (${describe(detection)})${sure ? '' : '; not sure enough to label it'}`,
    expected: [detection.language],
    fix: sure ? { start: label.start, end: label.end, text: detection.language } : undefined,
  });
}

function checkLabeled({ report, options }: Context, node: Code, label: Span) {
  const canonical = normalizeLanguageLabel(label.text);
  const target = options?.normalize;
  if (target && isKnownLanguageLabel(label.text)) {
    const wanted = normalizeLanguageLabel(label.text, target);
    if (wanted !== label.text) {
      return report({
        at: label,
        reason: `Unexpected label \`${label.text}\`, expected \`${wanted}\` (the ${target === 'shiki' ? 'Shiki' : 'Prism'} id)`,
        expected: [wanted],
        fix: { start: label.start, end: label.end, text: wanted },
      });
    }
  }
  if (!isKnownLanguageLabel(label.text)) return;
  const detection = detectLanguage(node.value);
  if (!detection || detection.confidence < MISLABEL_CONFIDENCE) return;
  if (detection.language === canonical || compatible(detection.language, canonical)) return;
  report({
    at: label,
    reason: `Unexpected label \`${label.text}\` on a block that looks like \`${detection.language}\` (${describe(detection)})`,
    expected: [detection.language],
    fix: options?.fixMislabeled
      ? { start: label.start, end: label.end, text: detection.language }
      : undefined,
    note: options?.fixMislabeled ? undefined : 'Run `fix --fix-mislabeled` to relabel such blocks.',
  });
}

function compatible(a: string, b: string): boolean {
  return COMPATIBLE.some((family) => family.includes(a) && family.includes(b));
}

function describe(detection: Detection): string {
  const evidence = detection.evidence.slice(0, 2).join('; ');
  return `confidence ${detection.confidence.toFixed(2)}: ${evidence}`;
}
