import { migrate } from '../migrate/migrate.js';
import { MigrateInputError, type MigrateReport } from '../migrate/types.js';
import type { CliOptions } from './options.js';

interface Streams {
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** `hashnode-tidy migrate`: 0 all posts written, 1 some had problems, 2 the input could not be read. */
export async function runMigrate(options: CliOptions, { cwd, stdout, stderr }: Streams): Promise<number> {
  let report: MigrateReport;
  try {
    report = await migrate({
      input: options.patterns[0]!,
      target: options.to!,
      out: options.out!,
      tags: options.tags,
      includeDeleted: options.includeDeleted,
      dryRun: options.dryRun,
      bundles: options.bundles,
      cwd,
    });
  } catch (error) {
    if (!(error instanceof MigrateInputError)) throw error;
    stderr.write(`hashnode-tidy: ${error.message}\n`);
    return 2;
  }
  if (options.format === 'json') stdout.write(JSON.stringify(report, null, 2) + '\n');
  else stdout.write(formatMigrate(report));
  stderr.write(migrateSummary(report));
  return report.problems.length > 0 ? 1 : 0;
}

/** The written files (or, with --dry-run, those that would be), then each skip, problem and warning. */
export function formatMigrate(report: MigrateReport): string {
  const lines = report.written.map((post) => `${post.path}  <-  ${post.source}`);
  for (const [label, notes] of [
    ['skipped', report.skipped],
    ['problem', report.problems],
    ['warning', report.warnings],
  ] as const) {
    for (const note of notes) lines.push(`${note.source}  ${label}  ${note.message}`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

export function migrateSummary(report: MigrateReport): string {
  const rules = Object.entries(report.byRule)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ');
  const verb = report.dryRun ? 'would be written' : 'written';
  return (
    `${count(report.written.length, 'post')} ${verb} to ${report.out} (${report.target}), ` +
    `${report.skipped.length} skipped, ${count(report.problems.length, 'problem')}, ` +
    `${count(report.warnings.length, 'warning')}` +
    (rules ? `; messages per rule: ${rules}` : '') +
    '\n'
  );
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
