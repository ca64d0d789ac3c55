import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HookError, installHook } from '../../src/hooks/install-hook.js';
import { runCli, useTempDir } from '../helpers.js';

const tempDir = useTempDir();

const POST = [
  '---',
  'title: "Networks"',
  'datePublished: 2025-06-08T13:19:59.000Z',
  'cuid: cm0networks000000000000000',
  'slug: networks',
  '---',
  '',
  'Create the network first:',
  '',
  '```plaintext',
  'bashCopyEditdocker network create my_network',
  '```',
  '',
].join('\n');

const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  });

async function repository(config: string[] = []) {
  const dir = await tempDir();
  execFileSync('git', ['init', '-q', dir]);
  for (let index = 0; index < config.length; index += 2)
    git(dir, 'config', config[index]!, config[index + 1]!);
  return dir;
}

describe('hook install', () => {
  it('refuses a commit with copy-button debris, then lets the fixed post through', async () => {
    const dir = await repository();
    await installHook({ cwd: dir });
    await writeFile(path.join(dir, 'networks.md'), POST);
    git(dir, 'add', 'networks.md');
    const refused = git(dir, 'commit', '-q', '-m', 'Add post');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain(
      'networks.md:11:1  error    Unexpected copy-button text `bashCopyEdit` at the start of a code block',
    );
    expect(git(dir, 'log', '--oneline').stdout).toBe('');

    expect((await runCli(['fix', 'networks.md'], dir)).code).toBe(0);
    git(dir, 'add', 'networks.md');
    const accepted = git(dir, 'commit', '-q', '-m', 'Add post');
    expect(accepted.status).toBe(0);
    expect(git(dir, 'log', '--oneline').stdout).toMatch(/Add post\n$/);
  });

  it('checks names with spaces, quotes and newlines, and skips a post staged for deletion', async () => {
    const dir = await repository(['core.autocrlf', 'true']);
    const clean = POST.replace('```plaintext\nbashCopyEdit', '```bash\n');
    await writeFile(path.join(dir, 'gone.md'), POST);
    git(dir, 'add', 'gone.md');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'Old post');
    await installHook({ cwd: dir });
    git(dir, 'rm', '-q', 'gone.md');
    const odd = 'a "quoted" post\nwith a newline.md';
    await writeFile(
      path.join(dir, odd),
      clean.replace('slug: networks', 'slug: odd').replace('cm0networks', 'cm0oddnames'),
    );
    git(dir, 'add', odd);
    expect(git(dir, 'commit', '-q', '-m', 'Rename').status).toBe(0);
    await writeFile(path.join(dir, odd), POST.replace('slug: networks', 'slug: odd'));
    git(dir, 'add', odd);
    const refused = git(dir, 'commit', '-q', '-m', 'Break it');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain(
      'with a newline.md:11:1  error    Unexpected copy-button text',
    );
  });

  it('replaces its own hook but leaves a foreign one unless forced', async () => {
    const dir = await repository();
    const hook = await installHook({ cwd: dir });
    await installHook({ cwd: dir });
    await writeFile(hook, '#!/bin/sh\necho "another tool"\n');
    await expect(installHook({ cwd: dir })).rejects.toThrowError(
      /was not written by hashnode-tidy; left as it is/,
    );
    expect(await readFile(hook, 'utf8')).toBe('#!/bin/sh\necho "another tool"\n');
    await installHook({ cwd: dir, force: true });
    expect(await readFile(hook, 'utf8')).toContain('# hashnode-tidy hook (pre-commit)');
  });

  it('writes a pre-push hook that checks the posts the pushed commits change', async () => {
    const remote = await tempDir();
    execFileSync('git', ['init', '-q', '--bare', remote]);
    const dir = await repository();
    git(dir, 'remote', 'add', 'origin', remote);
    await installHook({ cwd: dir, kind: 'pre-push' });
    await writeFile(path.join(dir, 'networks.md'), POST);
    git(dir, 'add', 'networks.md');
    git(dir, 'commit', '-q', '-m', 'Add post');
    const refused = git(dir, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('fence-copy-artifact');
  });

  it('says clearly when the folder is not in a git repository', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'posts'));
    await expect(installHook({ cwd: path.join(dir, 'posts') })).rejects.toThrowError(HookError);
    await expect(installHook({ cwd: path.join(dir, 'posts') })).rejects.toThrowError(
      /is not inside a git repository; run `git init` first/,
    );
  });
});
