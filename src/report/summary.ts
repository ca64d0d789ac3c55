import type { RunReport } from './file-report.js';
import { levelOf, type Level } from './severity.js';

export interface Summary {
  files: number;
  changed: number;
  errors: number;
  warnings: number;
  infos: number;
  fixed: number;
  fixable: number;
  /** Messages per rule id, remaining and fixed together, most frequent first. */
  byRule: Record<string, number>;
}

export function summarize(report: RunReport): Summary {
  const counts: Record<Level, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  let fixed = 0;
  let fixable = 0;
  for (const file of report.files) {
    fixable += file.fixable;
    for (const message of file.messages) {
      counts[levelOf(message)]++;
      byRule.set(message.ruleId ?? 'unknown', (byRule.get(message.ruleId ?? 'unknown') ?? 0) + 1);
    }
    for (const message of file.fixed) {
      fixed++;
      byRule.set(message.ruleId ?? 'unknown', (byRule.get(message.ruleId ?? 'unknown') ?? 0) + 1);
    }
  }
  return {
    files: report.files.length,
    changed: report.files.filter((file) => file.changed).length,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    fixed,
    fixable,
    byRule: Object.fromEntries([...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
  };
}

/**
 * One line for people: `5 files checked: 1 error, 3 warnings, 1 fixable with \`hashnode-tidy fix\``, or for
 * fix `5 files read, 2 changed: 4 fixed, 0 errors, 1 warning`, then the count per rule.
 */
export function formatSummary(report: RunReport, options: { dryRun?: boolean } = {}): string {
  const summary = summarize(report);
  const head =
    report.command === 'check'
      ? `${plural(summary.files, 'file')} checked`
      : `${plural(summary.files, 'file')} read, ${summary.changed} ${options.dryRun ? 'would change' : 'changed'}`;
  const counts = [
    report.command === 'fix' ? `${summary.fixed} fixed` : undefined,
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    summary.infos > 0 ? `${summary.infos} info` : undefined,
    summary.fixable > 0 ? `${summary.fixable} fixable with \`hashnode-tidy fix\`` : undefined,
  ];
  const rules = Object.entries(summary.byRule).map(([id, count]) => `${id} ${count}`);
  return `${head}: ${counts.filter(Boolean).join(', ')}${rules.length > 0 ? ` (${rules.join(', ')})` : ''}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
