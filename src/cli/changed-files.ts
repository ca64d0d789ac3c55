import { execFileSync } from 'node:child_process';
import path from 'node:path';

export class ChangedFilesError extends Error {}

/**
 * Absolute paths of the files changed since `ref` (committed, staged, in the working tree, or new and not
 * ignored), for `check --changed`. Without a ref: since the merge base of HEAD with the default branch
 * (origin's HEAD, else `main`, else `master`).
 */
export function changedFiles(cwd: string, ref?: string): Set<string> {
  const top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  const base = ref && ref !== '' ? ref : defaultBase(cwd);
  const names = [
    ...git(cwd, ['diff', '--name-only', '--diff-filter=ACMR', '-z', base]).split('\0'),
    ...git(cwd, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0'),
  ];
  return new Set(names.filter(Boolean).map((name) => path.join(top, name)));
}

function defaultBase(cwd: string): string {
  const candidates = [
    tryGit(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']),
    'main',
    'master',
  ];
  for (const branch of candidates) {
    if (!branch) continue;
    const base = tryGit(cwd, ['merge-base', 'HEAD', branch]);
    if (base) return base;
  }
  throw new ChangedFilesError(
    'Cannot tell what `--changed` compares with: no default branch (origin/HEAD, main or master) shares history with HEAD; name one with `--changed=REF`',
  );
}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new ChangedFilesError(`\`git ${args.join(' ')}\` failed: ${stderr || (error as Error).message}`);
  }
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return (
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}
