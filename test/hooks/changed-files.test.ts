import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangedFilesError, changedFiles } from '../../src/cli/changed-files.js';
import { useTempDir } from '../helpers.js';

const tempDir = useTempDir();
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd });

describe('changedFiles', () => {
  it('lists files changed since the merge base with main: committed, modified and new', async () => {
    const dir = await tempDir();
    git(dir, 'init', '-q', '-b', 'main');
    await writeFile(path.join(dir, 'old.md'), 'old\n');
    await writeFile(path.join(dir, 'kept.md'), 'kept\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'topic');
    await writeFile(path.join(dir, 'committed.md'), 'new\n');
    git(dir, 'add', 'committed.md');
    git(dir, 'commit', '-q', '-m', 'topic');
    await writeFile(path.join(dir, 'old.md'), 'edited\n');
    await writeFile(path.join(dir, 'untracked post.md'), 'fresh\n');
    git(dir, 'rm', '-q', 'kept.md');
    const changed = [...changedFiles(dir)].map((file) => path.basename(file)).sort();
    expect(changed).toEqual(['committed.md', 'old.md', 'untracked post.md']);
    expect([...changedFiles(dir, 'HEAD')].map((file) => path.basename(file)).sort()).toEqual([
      'old.md',
      'untracked post.md',
    ]);
  });

  it('explains when there is no repository or no base to compare with', async () => {
    const outside = await tempDir();
    expect(() => changedFiles(outside)).toThrowError(ChangedFilesError);
    const dir = await tempDir();
    git(dir, 'init', '-q', '-b', 'trunk');
    await writeFile(path.join(dir, 'a.md'), 'a\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'a');
    expect(() => changedFiles(dir)).toThrowError(/name one with `--changed=REF`/);
  });
});
