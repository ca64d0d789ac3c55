import { migrate } from '../migrate/migrate.js';
import {
  MigrateInputError,
  type ImagesReport,
  type MigrateProgress,
  type MigrateReport,
} from '../migrate/types.js';
import type { CliOptions } from './options.js';
import { createProgress, type Progress } from './progress.js';

interface Streams {
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Show progress bars (defaults to: stderr is a terminal and not in CI). */
  interactive?: boolean;
}

const STEP_LABELS: Readonly<Record<MigrateProgress['step'], string>> = {
  tidy: 'repairing',
  download: 'downloading',
  write: 'writing',
};

/**
 * `hashnode-tidy migrate`: 0 all posts written (and every image downloaded), 1 some posts had problems or
 * some images failed, 2 the input could not be read.
 */
export async function runMigrate(options: CliOptions, streams: Streams): Promise<number> {
  const { cwd, stdout, stderr } = streams;
  const bars = progressBars(
    options.progress && (streams.interactive ?? (stderr.isTTY === true && !process.env.CI)),
    stderr,
  );
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
      downloadImages: options.downloadImages,
      downloadLimits:
        options.downloadConcurrency === undefined ? undefined : { concurrency: options.downloadConcurrency },
      onProgress: bars.update,
      cwd,
    });
  } catch (error) {
    if (!(error instanceof MigrateInputError)) throw error;
    stderr.write(`hashnode-tidy: ${error.message}\n`);
    return 2;
  } finally {
    bars.stop();
  }
  if (options.format === 'json') stdout.write(JSON.stringify(report, null, 2) + '\n');
  else stdout.write(formatMigrate(report));
  stderr.write(migrateSummary(report));
  return report.problems.length > 0 || (report.images?.failed.length ?? 0) > 0 ? 1 : 0;
}

/** One bar a step (repairing, downloading, writing), each replacing the last. */
function progressBars(enabled: boolean, stream: NodeJS.WritableStream) {
  let current: { step: string; bar: Progress } | undefined;
  return {
    update(event: MigrateProgress) {
      if (current?.step !== event.step) {
        current?.bar.stop();
        current = { step: event.step, bar: createProgress(event.total, { enabled, stream }) };
      }
      current.bar.tick(`${STEP_LABELS[event.step]} ${event.item}`);
    },
    stop() {
      current?.bar.stop();
      current = undefined;
    },
  };
}

/**
 * The written files (or, with --dry-run, those that would be), the downloaded images, each skip, problem and
 * warning, and last the images that could not be downloaded.
 */
export function formatMigrate(report: MigrateReport): string {
  const lines = report.written.map((post) => `${post.path}  <-  ${post.source}`);
  const images = report.images;
  if (images) {
    for (const image of images.fetched) lines.push(`${inDir(images, image.file)}  <-  ${image.url}`);
    for (const image of images.planned) {
      lines.push(`${image.url}  image  would be downloaded into ${images.dir}`);
    }
  }
  for (const [label, notes] of [
    ['skipped', report.skipped],
    ['problem', report.problems],
    ['warning', report.warnings],
  ] as const) {
    for (const note of notes) lines.push(`${note.source}  ${label}  ${note.message}`);
  }
  for (const image of images?.failed ?? []) {
    lines.push(`${image.url}  image failed  ${image.reason}; kept as the URL in ${image.sources.join(', ')}`);
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
    (report.images ? `; ${imagesSummary(report.images, report.dryRun)}` : '') +
    (rules ? `; messages per rule: ${rules}` : '') +
    '\n'
  );
}

function imagesSummary(images: ImagesReport, dryRun: boolean): string {
  return dryRun
    ? `images: ${images.planned.length} would be downloaded, ${images.reused.length} already there`
    : `images: ${images.fetched.length} downloaded, ${images.reused.length} already there, ` +
        `${images.failed.length} failed`;
}

function inDir(images: ImagesReport, file: string): string {
  return `${images.dir.replace(/[\\/]+$/, '')}/${file}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
