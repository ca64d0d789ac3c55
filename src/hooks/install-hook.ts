import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packageInfo } from '../package-root.js';

/** Marks a hook this tool wrote, so it can be updated later and a foreign one is never overwritten. */
export const HOOK_MARKER = '# hashnode-tidy hook';

export type HookKind = 'pre-commit' | 'pre-push';

export interface InstallHookOptions {
  /** A folder inside the repository. */
  cwd: string;
  kind?: HookKind;
  /** Replace a hook that another tool wrote. */
  force?: boolean;
  /** The command that runs hashnode-tidy; defaults to this installation's own bin, run with this Node. */
  command?: string;
}

export class HookError extends Error {}

/**
 * Writes a git hook that runs `check` on the Markdown files a commit adds or changes (or, for pre-push, that
 * the pushed commits change). A hook this tool wrote before is replaced; any other hook is left alone unless
 * `force` is given. Returns the hook's path.
 */
export async function installHook(options: InstallHookOptions): Promise<string> {
  const kind = options.kind ?? 'pre-commit';
  const hooksDir = gitHooksDir(options.cwd);
  const hookPath = path.join(hooksDir, kind);
  const existing = await readFile(hookPath, 'utf8').catch(() => undefined);
  if (existing !== undefined && !existing.includes(HOOK_MARKER) && !options.force) {
    throw new HookError(
      `\`${hookPath}\` already exists and was not written by hashnode-tidy; left as it is. Use --force to replace it`,
    );
  }
  await mkdir(hooksDir, { recursive: true });
  await writeFile(hookPath, hookScript(kind, options.command ?? defaultCommand()));
  await chmod(hookPath, 0o755);
  return hookPath;
}

function gitHooksDir(cwd: string): string {
  try {
    const dir = execFileSync('git', ['rev-parse', '--git-path', 'hooks'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    return path.resolve(cwd, dir);
  } catch {
    throw new HookError(`\`${cwd}\` is not inside a git repository; run \`git init\` first`);
  }
}

/** This installation's own bin, quoted for the shell. */
function defaultCommand(): string {
  const script = path.join(packageInfo().root, 'bin', 'hashnode-tidy.js');
  return `${shellQuote(process.execPath)} ${shellQuote(script)}`;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The hook: NUL-separated names (spaces, quotes and newlines in names survive), added, copied, modified or
 * renamed files only (a file staged for deletion is not checked), no run at all when no post changed.
 */
function hookScript(kind: HookKind, command: string): string {
  const patterns = `-- '*.md' '*.markdown' '*.mdx'`;
  const body =
    kind === 'pre-commit'
      ? [
          `git diff --cached --name-only --diff-filter=ACMR -z ${patterns} | xargs -0 -r ${command} check --no-progress`,
        ]
      : [
          '# Each pushed ref: the posts its new commits change (all of them for a new branch).',
          'empty_tree=$(git hash-object -t tree /dev/null)',
          'status=0',
          'while read -r local_ref local_sha remote_ref remote_sha; do',
          '  case "$local_sha" in *[!0]*) ;; *) continue ;; esac',
          '  case "$remote_sha" in *[!0]*) base="$remote_sha" ;; *) base="$empty_tree" ;; esac',
          `  git diff --name-only --diff-filter=ACMR -z "$base" "$local_sha" ${patterns} | xargs -0 -r ${command} check --no-progress || status=1`,
          'done',
          'exit $status',
        ];
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} (${kind}): checks the Markdown posts it changes. Reinstall with \`hashnode-tidy hook install\`.`,
    ...body,
    '',
  ].join('\n');
}
