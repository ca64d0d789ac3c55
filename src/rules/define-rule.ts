import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Edit, Report, RuleContext, RuleMeta, RuleSetting, Severity, Span } from './types.js';
import { pointFinder, tidyData } from './file-data.js';

export const MESSAGE_SOURCE = 'hashnode-tidy';
export const DOCS_BASE = 'https://github.com/hashnode-tidy/hashnode-tidy/blob/main/docs/rules/';

/** A rule is a unified plugin that also carries its metadata. */
export type Rule<Options = undefined> = Plugin<[RuleSetting<Options>?], Root> & { meta: RuleMeta };

/** Reads `'warn'` or `['warn', options]` into its two parts. */
export function readSetting<Options>(
  setting: RuleSetting<Options> | undefined,
  fallback: Severity,
): { severity: Severity; options: Options | undefined } {
  if (setting === undefined) return { severity: fallback, options: undefined };
  if (typeof setting === 'string') return { severity: setting, options: undefined };
  return { severity: setting[0], options: setting[1] };
}

/**
 * Builds a rule plugin from its metadata and a check function, the way remark-lint's `lintRule` does:
 * every message gets `ruleId`, `source`, the doc URL and the configured severity stamped on it, and every
 * proposed edit is recorded for the surgical compiler, so a rule never does either by hand.
 */
export function defineRule<Options = undefined>(
  meta: RuleMeta,
  check: (context: RuleContext<Options | undefined>) => void,
): Rule<Options> {
  const plugin = function (setting?: RuleSetting<Options>) {
    const { severity, options } = readSetting(setting, meta.severity);
    if (severity === 'off') return;
    return (tree: Root, file: VFile) => {
      const data = tidyData(file);
      const order = data.rulesRun++;
      const source = String(file.value);
      const toPoint = pointFinder(file);
      check({
        tree,
        file,
        source,
        options,
        report(report: Report) {
          const span = spanOf(report.at);
          const message = file.message(report.reason, {
            place: span ? { start: toPoint(span.start), end: toPoint(span.end) } : undefined,
            ruleId: meta.id,
            source: MESSAGE_SOURCE,
          });
          const level = lower(severity, report.atMost);
          message.fatal = level === 'error' ? true : level === 'warn' ? false : undefined;
          message.url = DOCS_BASE + meta.id + '.md';
          if (report.expected) message.expected = [...report.expected];
          if (report.note) message.note = report.note;
          if (report.blocksFixes) data.fixesBlocked = true;
          if (report.fix) {
            if (!meta.fixable) throw new Error(`Rule \`${meta.id}\` is not fixable but proposed an edit`);
            const edits: readonly Edit[] = Array.isArray(report.fix) ? report.fix : [report.fix as Edit];
            for (const edit of edits) data.edits.push({ ...edit, ruleId: meta.id, order, message });
          }
        },
      });
    };
  } as Rule<Options>;
  Object.defineProperty(plugin, 'name', { value: meta.id });
  plugin.meta = meta;
  return plugin;
}

function spanOf(at: Report['at']): Span | undefined {
  if ('start' in at && typeof at.start === 'number') return at as Span;
  const position = (at as { position?: { start: { offset?: number }; end: { offset?: number } } }).position;
  const start = position?.start.offset;
  const end = position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

const RANK = { off: 0, info: 1, warn: 2, error: 3 } as const;

/** The rule's severity, lowered to the report's ceiling when it has one. */
function lower(severity: Severity, ceiling: 'warn' | 'info' | undefined): Severity {
  return ceiling !== undefined && RANK[ceiling] < RANK[severity] ? ceiling : severity;
}
