import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fenceLanguage } from '../../plugins/fence-language.js';
import { frontmatterFields, type FrontmatterFieldsOptions } from '../../plugins/frontmatter-fields.js';
import { rules } from '../../plugins/index.js';
import { readSetting, type Rule } from '../rules/define-rule.js';
import { collectImages } from '../images/index.js';
import { crossPostMessages, extractPostKeys, type CrossPost } from '../cross-post/index.js';
import type { RuleSetting } from '../rules/types.js';
import { ConfigError } from '../config/config.js';
import { ConfigFinder, type FoundConfig } from '../config/find-config.js';
import { formatDiff } from '../report/diff.js';
import type { FileReport, RunReport } from '../report/file-report.js';
import { formatGithub } from '../report/github.js';
import { formatJson } from '../report/json.js';
import { formatStylish } from '../report/stylish.js';
import { formatSummary } from '../report/summary.js';
import { findFiles } from './find-files.js';
import { helpText, parseOptions, UsageError, type CliOptions } from './options.js';
import { createProgress } from './progress.js';
import { writeResult } from './write-result.js';
import { ChangedFilesError, changedFiles } from './changed-files.js';
import { formatSarif } from '../report/sarif.js';
import { formatCodeQuality } from '../report/codequality.js';
import { tidyFile } from '../pipeline/tidy-file.js';

export interface CliContext {
  argv: readonly string[];
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Show a progress bar (defaults to: stderr is a terminal and not in CI). */
  interactive?: boolean;
}

export const EXIT = { clean: 0, problems: 1, usage: 2 } as const;

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
  const progress = createProgress(found.files.length, {
    enabled: options.progress && (context.interactive ?? (stderr.isTTY === true && !process.env.CI)),
    stream: stderr,
  });
  const reports: FileReport[] = [];
  const posts = new Map<string, CrossPost & { report: FileReport }>();
  const keep = (message: { fatal?: boolean | null }) => !options.quiet || message.fatal === true;
  for (const file of found.files) {
    const config: FoundConfig = fixedConfig ?? (await finder.forFile(file));
    const result = await tidyFile(file, {
      rules: withCommandLine(config.config.rules ?? {}, options),
      fix: command === 'fix',
      maxFileSize: options.maxFileSize,
    });
    const displayPath = relative(cwd, file);
    let failure;
    if (command === 'fix' && options.dryRun && result.changed) {
      progress.interrupt(() => stdout.write(formatDiff(displayPath, result.original!, result.text!)));
    } else if (command === 'fix' && !options.dryRun) {
      failure = await writeResult(result, { cwd, outDir });
      if (failure) result.messages.push(failure);
    }
    const report: FileReport = {
      path: displayPath,
      messages: result.messages.filter(keep),
      fixed: result.fixed.filter(keep),
      changed: result.changed && !failure,
      fixable: result.fixable.filter(keep).length,
      images:
        options.format === 'json' && result.tree && result.text !== undefined
          ? collectImages(result.tree, result.text)
          : undefined,
    };
    reports.push(report);
    // Slugs and cuids as they will be on disk: after the fixes in `fix`.
    if (result.text !== undefined) {
      posts.set(displayPath, { path: displayPath, frontmatter: extractPostKeys(result.text), report });
    }
    progress.tick(displayPath);
  }
  progress.stop();
  for (const message of crossPostMessages([...posts.values()])) {
    const owner = message.file ? posts.get(message.file) : undefined;
    if (owner && keep(message)) owner.report.messages = [...owner.report.messages, message];
  }

  const report: RunReport = { command, files: reports, notices };
  if (options.format === 'json') stdout.write(formatJson(report));
  else if (options.format === 'github') stdout.write(formatGithub(reports));
  else if (options.format === 'sarif') stdout.write(formatSarif(report, sarifOptions()));
  else if (options.format === 'codequality') stdout.write(formatCodeQuality(reports));
  else stdout.write(formatStylish(reports));
  for (const notice of notices) stderr.write(`hashnode-tidy: ${notice}\n`);
  if (options.format === 'stylish') stderr.write(formatSummary(report, { dryRun: options.dryRun }));

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

/** The package's own package.json, found from this module whether it runs from src/ or dist/src/. */
function packageVersion(): string {
  for (let up = '../'; up.length < 16; up += '../') {
    try {
      const manifest = JSON.parse(readFileSync(new URL(up + 'package.json', import.meta.url), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (manifest.name === 'hashnode-tidy') return manifest.version;
    } catch {
      // not at this level
    }
  }
  return 'unknown';
}
