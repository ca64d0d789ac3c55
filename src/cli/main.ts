import path from 'node:path';
import { fenceLanguage } from '../../plugins/fence-language.js';
import { frontmatterFields, type FrontmatterFieldsOptions } from '../../plugins/frontmatter-fields.js';
import { rules } from '../../plugins/index.js';
import { readSetting, type Rule } from '../rules/define-rule.js';
import { crossPostMessages, type CrossPost } from '../cross-post/index.js';
import { fromPlainMessage } from '../batch/plain-message.js';
import type { FileTask } from '../batch/process-file.js';
import { runBatch } from '../batch/run-batch.js';
import { packageInfo } from '../package-root.js';
import type { RuleSetting } from '../rules/types.js';
import { ConfigError } from '../config/config.js';
import { ConfigFinder, type FoundConfig } from '../config/find-config.js';
import type { FileReport, RunReport } from '../report/file-report.js';
import { formatStylish } from '../report/stylish.js';
import { formatSummary } from '../report/summary.js';
import { findFiles } from './find-files.js';
import { helpText, parseOptions, UsageError, type CliOptions } from './options.js';
import { createProgress } from './progress.js';

export interface CliContext {
  argv: readonly string[];
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Show a progress bar (defaults to: stderr is a terminal and not in CI). */
  interactive?: boolean;
  /** Aborted on Ctrl-C: no new file is started, the files in progress finish, and the run exits 130. */
  signal?: AbortSignal;
}

/** 130 is the shell's code for a run stopped by Ctrl-C (128 + SIGINT). */
export const EXIT = { clean: 0, problems: 1, usage: 2, interrupted: 130 } as const;

/** The whole command line as a function, so tests call it directly; returns the exit code. */
export async function main(context: CliContext): Promise<number> {
  const { stdout, stderr } = context;
  let options: CliOptions;
  try {
    options = parseOptions(context.argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`hashnode-tidy: ${error.message}\nRun \`hashnode-tidy --help\` for usage.\n`);
    return EXIT.usage;
  }
  if (options.help) {
    stdout.write(helpText());
    return EXIT.clean;
  }
  if (options.version) {
    stdout.write(`${packageVersion()}\n`);
    return EXIT.clean;
  }
  try {
    // Loaded only when asked for: a check run never pays for migration or hook code.
    if (options.command === 'migrate')
      return await (await import('./migrate-command.js')).runMigrate(options, context);
    if (options.command === 'hook') {
      const { runHookCommand } = await import('./hook-command.js');
      return await runHookCommand(
        { cwd: context.cwd, prePush: options.prePush, force: options.force },
        stdout,
        stderr,
      );
    }
    return await run(options, context);
  } catch (error) {
    if (error instanceof ConfigError) {
      stderr.write(`hashnode-tidy: invalid config: ${error.message}\n`);
      return EXIT.usage;
    }
    stderr.write(`hashnode-tidy: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

async function run(options: CliOptions, context: CliContext): Promise<number> {
  const { cwd, stdout, stderr } = context;
  const command = options.command as 'fix' | 'check';
  const finder = new ConfigFinder(rules.map((rule) => rule.meta.id));
  const fixedConfig = options.config ? await finder.load(path.resolve(cwd, options.config)) : undefined;
  const found = await findFiles(options.patterns, cwd);
  if (options.changed !== undefined) {
    const { ChangedFilesError, changedFiles } = await import('./changed-files.js');
    let changed;
    try {
      changed = changedFiles(cwd, options.changed);
    } catch (error) {
      if (!(error instanceof ChangedFilesError)) throw error;
      stderr.write(`hashnode-tidy: ${error.message}\n`);
      return EXIT.usage;
    }
    found.files = found.files.filter((file) => changed.has(file));
  }
  const notices = [
    ...found.problems,
    ...found.skipped.map((entry) => `${relative(cwd, entry.path)}: ${entry.reason}`),
  ];
  const outDir = options.out === undefined ? undefined : path.resolve(cwd, options.out);
  const tasks: FileTask[] = [];
  for (const file of found.files) {
    const config: FoundConfig = fixedConfig ?? (await finder.forFile(file));
    tasks.push({
      file,
      displayPath: relative(cwd, file),
      rules: withCommandLine(config.config.rules ?? {}, options),
      command,
      dryRun: options.dryRun,
      outDir,
      cwd,
      maxFileSize: options.maxFileSize,
      quiet: options.quiet,
      images: options.format === 'json',
    });
  }
  const progress = createProgress(tasks.length, {
    enabled: options.progress && (context.interactive ?? (stderr.isTTY === true && !process.env.CI)),
    stream: stderr,
  });
  const reports: FileReport[] = [];
  const posts = new Map<string, CrossPost & { report: FileReport }>();
  for await (const outcome of runBatch(tasks, { workers: options.workers, signal: context.signal })) {
    const { diff, keys } = outcome;
    if (diff !== undefined) progress.interrupt(() => stdout.write(diff));
    const report: FileReport = {
      path: outcome.displayPath,
      messages: outcome.messages.map(fromPlainMessage),
      fixed: outcome.fixed.map(fromPlainMessage),
      changed: outcome.changed,
      fixable: outcome.fixable,
      images: outcome.images,
    };
    reports.push(report);
    // Slugs and cuids as they will be on disk: after the fixes in `fix`.
    if (keys) posts.set(report.path, { path: report.path, frontmatter: keys, report });
    progress.tick(report.path);
  }
  progress.stop();
  const interrupted = context.signal?.aborted === true;
  if (!interrupted) {
    for (const message of crossPostMessages([...posts.values()])) {
      const owner = message.file ? posts.get(message.file) : undefined;
      if (owner && (!options.quiet || message.fatal === true))
        owner.report.messages = [...owner.report.messages, message];
    }
  }

  const report: RunReport = { command, files: reports, notices };
  stdout.write(await formatReport(report, options.format));
  for (const notice of notices) stderr.write(`hashnode-tidy: ${notice}\n`);
  if (options.format === 'stylish') stderr.write(formatSummary(report, { dryRun: options.dryRun }));
  if (interrupted) {
    stderr.write(
      `hashnode-tidy: interrupted; ${reports.length} of ${tasks.length} files were processed, the rest were not touched\n`,
    );
    return EXIT.interrupted;
  }

  if (found.problems.length > 0) return EXIT.usage;
  const failing = reports.some((file) => file.messages.some((message) => message.fatal === true));
  const warnings = reports.reduce(
    (sum, file) => sum + file.messages.filter((m) => m.fatal === false).length,
    0,
  );
  if (!failing && options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    stderr.write(`hashnode-tidy: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.problems;
  }
  return failing ? EXIT.problems : EXIT.clean;
}

/** The report in the format asked for; each formatter is loaded only when it is the one asked for. */
async function formatReport(report: RunReport, format: CliOptions['format']): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../report/json.js')).formatJson(report);
    case 'github':
      return (await import('../report/github.js')).formatGithub(report.files);
    case 'sarif':
      return (await import('../report/sarif.js')).formatSarif(report, sarifOptions());
    case 'codequality':
      return (await import('../report/codequality.js')).formatCodeQuality(report.files);
    default:
      return formatStylish(report.files);
  }
}

function sarifOptions() {
  return {
    version: packageVersion(),
    descriptions: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.description])),
  };
}

/** Flags that are rule options in disguise, laid over the config's settings. */
function withCommandLine(settings: Readonly<Record<string, RuleSetting>>, options: CliOptions) {
  let result = settings;
  if (options.fixMislabeled) result = withOptions(result, fenceLanguage, { fixMislabeled: true });
  if (options.profile) {
    result = withOptions(result, frontmatterFields, {
      profile: options.profile as FrontmatterFieldsOptions['profile'],
    });
  }
  return result;
}

function withOptions<Options extends object>(
  settings: Readonly<Record<string, RuleSetting>>,
  rule: Rule<Options>,
  patch: Partial<Options>,
): Readonly<Record<string, RuleSetting>> {
  const { severity, options } = readSetting(settings[rule.meta.id], rule.meta.severity);
  return {
    ...settings,
    [rule.meta.id]: [severity, { ...(options as Options | undefined), ...patch }] as const,
  };
}

function relative(cwd: string, file: string): string {
  const relativePath = path.relative(cwd, file);
  return relativePath.startsWith('..') || path.isAbsolute(relativePath) ? file : relativePath;
}

function packageVersion(): string {
  return packageInfo().manifest.version;
}
