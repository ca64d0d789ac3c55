import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE } from '../io/read-post.js';
import { TARGET_NAMES } from '../migrate/targets/index.js';

/** One table for every flag: the parser reads it and `--help` prints it. */
export const FLAGS = {
  'dry-run': {
    type: 'boolean',
    commands: ['fix', 'migrate'],
    help: 'Print a unified diff of each change; write nothing.',
    migrateHelp: 'List the files it would write; write nothing.',
  },
  out: {
    type: 'string',
    commands: ['fix', 'migrate'],
    value: 'DIR',
    help: 'Write fixed copies under DIR, keeping paths relative to the current folder; leave originals.',
    migrateHelp: 'Write the migrated posts under DIR (required); nothing is written outside it.',
  },
  to: {
    type: 'string',
    commands: ['migrate'],
    value: 'TARGET',
    help: `Where the posts go: ${TARGET_NAMES.join(', ')}.`,
  },
  tags: {
    type: 'string',
    commands: ['migrate'],
    value: 'FILE',
    help: "Tag names for an export's tag ids: [{ objectID, name, slug }] or { id: slug }.",
  },
  'include-deleted': {
    type: 'boolean',
    commands: ['migrate'],
    help: 'Also migrate posts deleted on Hashnode.',
  },
  bundles: { type: 'boolean', commands: ['migrate'], help: 'Hugo page bundles: <slug>/index.md.' },
  'download-images': {
    type: 'string',
    commands: ['migrate'],
    value: 'DIR',
    help: 'Download every image (the cover too) into DIR and point the posts at the copies.',
  },
  'download-concurrency': {
    type: 'string',
    commands: ['migrate'],
    value: 'N',
    help: 'Images downloaded at the same time (default 4).',
  },
  format: {
    type: 'string',
    commands: ['check', 'fix', 'migrate'],
    value: 'NAME',
    help: 'Report format: stylish (default), json, github (workflow commands), sarif, or codequality (GitLab).',
    migrateHelp: 'Report format: stylish (default) or json.',
  },
  config: {
    type: 'string',
    commands: ['check', 'fix'],
    value: 'FILE',
    help: 'Use this config file instead of looking for hashnode-tidy.config.json or package.json.',
  },
  'fix-mislabeled': {
    type: 'boolean',
    commands: ['fix'],
    help: 'Also relabel code blocks whose label names the wrong language (fence-language).',
  },
  profile: {
    type: 'string',
    commands: ['check', 'fix'],
    value: 'NAME',
    help: 'Frontmatter profile for frontmatter-fields: hashnode-backup (default) or hashnode-publish.',
  },
  'max-file-size': {
    type: 'string',
    commands: ['check', 'fix'],
    value: 'MB',
    help: 'Skip files larger than this, with a message (default 5).',
  },
  'max-warnings': {
    type: 'string',
    commands: ['check', 'fix'],
    value: 'N',
    help: 'Exit 1 when more than N warnings are left, as for an error.',
  },
  changed: {
    type: 'string',
    commands: ['check'],
    value: '[=REF]',
    help: 'Only posts changed since REF (default: the merge base with the default branch), new files included.',
  },
  'pre-push': { type: 'boolean', commands: ['hook'], help: 'Install a pre-push hook instead of pre-commit.' },
  force: { type: 'boolean', commands: ['hook'], help: 'Replace a hook another tool wrote.' },
  workers: {
    type: 'string',
    commands: ['check', 'fix'],
    value: 'N',
    help: 'Worker threads for a batch (default: one per core from 32 files on; 1: no worker).',
  },
  'no-progress': {
    type: 'boolean',
    commands: ['check', 'fix', 'migrate'],
    help: 'Never show the progress bar.',
  },
  quiet: { type: 'boolean', commands: ['check', 'fix'], help: 'Report errors only, not warnings or info.' },
  help: { type: 'boolean', short: 'h', commands: [], help: 'Show this help.' },
  version: { type: 'boolean', short: 'v', commands: [], help: 'Show the version.' },
} as const satisfies Record<string, Flag>;

interface Flag {
  type: 'boolean' | 'string';
  short?: string;
  commands: readonly Command[];
  value?: string;
  help: string;
  /** The flag's meaning for `migrate`, when it differs from `help`. */
  migrateHelp?: string;
}

export const COMMANDS = {
  fix: 'Repair posts in place (or under --out, or as a diff with --dry-run).',
  check: 'Report problems without writing; exit 1 when an error-level problem is found.',
  migrate: 'Convert an export .json, a backup folder or a post for another blog: --to TARGET --out DIR.',
  hook: 'hook install [--pre-push]: a git hook that checks the posts each commit (or push) changes.',
} as const;

export type Command = keyof typeof COMMANDS;
export const FORMATS = ['stylish', 'json', 'github', 'sarif', 'codequality'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  command?: Command;
  patterns: string[];
  dryRun: boolean;
  out?: string;
  /** migrate: the target's name. */
  to?: string;
  tags?: string;
  includeDeleted: boolean;
  bundles: boolean;
  /** migrate: the folder images are downloaded into. */
  downloadImages?: string;
  downloadConcurrency?: number;
  format: Format;
  config?: string;
  /** In bytes. */
  maxFileSize: number;
  fixMislabeled: boolean;
  profile?: string;
  /** Exit 1 above this many warnings. */
  maxWarnings?: number;
  /** Threads for the batch; undefined lets the size of the batch decide. */
  workers?: number;
  /** check --changed: the ref to compare with ('' for the default branch's merge base). */
  changed?: string;
  prePush: boolean;
  force: boolean;
  progress: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

/** The frontmatter-fields profiles; kept here so parsing options loads no rule. */
const PROFILE_NAMES: readonly string[] = ['hashnode-backup', 'hashnode-publish'];

export function parseOptions(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      // `--changed` takes an optional ref: a bare `--changed` means the default base.
      args: argv.map((arg) => (arg === '--changed' ? '--changed=' : arg)),
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(FLAGS).map(([name, flag]) => [
          name,
          'short' in flag ? { type: flag.type, short: flag.short } : { type: flag.type },
        ]),
      ),
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const [first, ...patterns] = positionals;
  const options: CliOptions = {
    patterns,
    dryRun: values['dry-run'] === true,
    out: values.out as string | undefined,
    to: values.to as string | undefined,
    tags: values.tags as string | undefined,
    includeDeleted: values['include-deleted'] === true,
    bundles: values.bundles === true,
    downloadImages: values['download-images'] as string | undefined,
    downloadConcurrency: parseConcurrency(values['download-concurrency'] as string | undefined),
    format: (values.format as Format | undefined) ?? 'stylish',
    config: values.config as string | undefined,
    maxFileSize: parseMegabytes(values['max-file-size'] as string | undefined),
    fixMislabeled: values['fix-mislabeled'] === true,
    profile: values.profile as string | undefined,
    maxWarnings: parseCount(values['max-warnings'] as string | undefined),
    changed: values.changed as string | undefined,
    workers: parseWorkers(values.workers as string | undefined),
    prePush: values['pre-push'] === true,
    force: values.force === true,
    progress: values['no-progress'] !== true,
    quiet: values.quiet === true,
    help: values.help === true,
    version: values.version === true,
  };
  if (options.help || options.version) return options;
  const commandList = '`fix` or `check` (to repair posts) or `migrate` (to move them to another blog)';
  if (first === undefined) throw new UsageError(`Missing command, expected ${commandList}`);
  if (!(first in COMMANDS)) throw new UsageError(`Unknown command \`${first}\`, expected ${commandList}`);
  options.command = first as Command;
  for (const [name, flag] of Object.entries(FLAGS)) {
    const commands: readonly string[] = flag.commands;
    if (values[name] !== undefined && commands.length > 0 && !commands.includes(options.command)) {
      throw new UsageError(
        `Unexpected \`--${name}\` with \`${options.command}\`; it goes with \`${commands.join('`, `')}\``,
      );
    }
  }
  if (!FORMATS.includes(options.format)) {
    throw new UsageError(`Unknown format \`${options.format}\`, expected one of ${FORMATS.join(', ')}`);
  }
  if (options.profile !== undefined && !PROFILE_NAMES.includes(options.profile)) {
    throw new UsageError(
      `Unknown profile \`${options.profile}\`, expected one of ${PROFILE_NAMES.join(', ')}`,
    );
  }
  if (options.command === 'migrate') return checkMigrate(options);
  if (options.command === 'hook') {
    if (patterns.length !== 1 || patterns[0] !== 'install') {
      throw new UsageError(
        'Unknown hook command, expected `hashnode-tidy hook install [--pre-push] [--force]`',
      );
    }
    return options;
  }
  if (options.changed !== undefined && patterns.length === 0) patterns.push('.');
  if (options.dryRun && options.out !== undefined) {
    throw new UsageError('`--dry-run` writes nothing, so `--out` means nothing with it; use one of them');
  }
  if (patterns.length === 0)
    throw new UsageError(`Missing files, expected \`hashnode-tidy ${first} <paths|globs...>\``);
  return options;
}

function checkMigrate(options: CliOptions): CliOptions {
  const usage = 'expected `hashnode-tidy migrate <export.json|folder|post.md> --to TARGET --out DIR`';
  if (options.patterns.length !== 1) {
    throw new UsageError(
      `${options.patterns.length === 0 ? 'Missing' : 'More than one'} input for \`migrate\`, ${usage}`,
    );
  }
  if (options.to === undefined) throw new UsageError(`Missing \`--to\`, ${usage}`);
  if (!TARGET_NAMES.includes(options.to)) {
    throw new UsageError(`Unknown target \`${options.to}\`, expected one of ${TARGET_NAMES.join(', ')}`);
  }
  if (options.out === undefined) throw new UsageError(`Missing \`--out\`, ${usage}`);
  if (options.format !== 'stylish' && options.format !== 'json') {
    throw new UsageError(`Unexpected \`--format ${options.format}\` with \`migrate\`; use stylish or json`);
  }
  if (options.bundles && options.to !== 'hugo') {
    throw new UsageError(
      'Unexpected `--bundles` with `--to ' + options.to + '`; page bundles are a Hugo feature',
    );
  }
  return checkDownloads(options);
}

const MAX_DOWNLOAD_CONCURRENCY = 32;

function checkDownloads(options: CliOptions): CliOptions {
  if (options.downloadImages === '') {
    throw new UsageError('Missing folder for `--download-images`, expected `--download-images DIR`');
  }
  if (options.downloadConcurrency !== undefined && options.downloadImages === undefined) {
    throw new UsageError('Unexpected `--download-concurrency` without `--download-images DIR`');
  }
  return options;
}

function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > MAX_DOWNLOAD_CONCURRENCY) {
    throw new UsageError(
      `Unexpected \`--download-concurrency ${value}\`, expected a whole number from 1 to ${MAX_DOWNLOAD_CONCURRENCY}`,
    );
  }
  return count;
}

function flagName(name: string, flag: Flag): string {
  const short = flag.short ? `-${flag.short}, ` : '    ';
  // An optional value (`[=REF]`) is written against the flag, as it must be typed.
  const value = flag.value ? (flag.value.startsWith('[') ? flag.value : ` ${flag.value}`) : '';
  return `${short}--${name}${value}`;
}

function parseCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) {
    throw new UsageError(`Unexpected \`--max-warnings ${value}\`, expected a whole number such as 0 or 10`);
  }
  return count;
}

function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new UsageError(`Unexpected \`--workers ${value}\`, expected a whole number from 1 to 64`);
  }
  return count;
}

function parseMegabytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new UsageError(
      `Unexpected \`--max-file-size ${value}\`, expected a number of megabytes such as 5 or 0.5`,
    );
  }
  return Math.round(megabytes * 1024 * 1024);
}

export function helpText(): string {
  const lines = [
    'Usage: hashnode-tidy <command> [options] <paths|globs...>',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, text]) => `  ${name.padEnd(26)}${text}`),
    '',
    'Options:',
  ];
  // `fix` and `check` share one list; `migrate`, which reads other input, has its own.
  const flags: [string, Flag][] = Object.entries(FLAGS);
  for (const [name, flag] of flags) {
    const commands = flag.commands.filter((command) => command !== 'migrate');
    if (flag.commands.length > 0 && commands.length === 0) continue;
    const only = commands.length === 1 ? ` (${commands[0]} only)` : '';
    lines.push(`  ${flagName(name, flag).padEnd(26)}${flag.help}${only}`);
  }
  lines.push('', 'Options for migrate <export.json|folder|post.md>:');
  // Wider than the list above: `--download-concurrency N` needs it.
  for (const [name, flag] of flags) {
    if (flag.commands.includes('migrate'))
      lines.push(`  ${flagName(name, flag).padEnd(32)}${flag.migrateHelp ?? flag.help}`);
  }
  lines.push(
    '',
    'Folders are searched for *.md, *.markdown and *.mdx; node_modules and .git are skipped.',
    'Exit codes: 0 clean or fixed, 1 error-level problems remain, 2 usage or internal error, 130 stopped by Ctrl-C.',
    'migrate: 0 every post written, 1 some posts had problems or images failed, 2 usage error or unreadable input.',
  );
  return lines.join('\n') + '\n';
}
