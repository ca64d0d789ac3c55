import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers.js';

const tempDir = useTempDir();
const MULTITOOL = fileURLToPath(new URL('../../node_modules/.bin/sarif-multitool', import.meta.url));
const post = (slug: string, body: string) =>
  `---\ntitle: "${slug}"\ndatePublished: 2025-06-08T13:19:59.000Z\ncuid: cm0${slug.padEnd(22, '0')}\nslug: ${slug}\n---\n\n${body}\n`;
const NO_ALT = 'Intro.\n\n![](https://cdn.hashnode.com/res/a.png align="center")\n\nMore text.';

describe('options for CI', () => {
  it('--max-warnings turns too many warnings into exit 1', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), post('alpha', NO_ALT));
    expect((await runCli(['check', 'a.md'], dir)).code).toBe(0);
    expect((await runCli(['check', '--max-warnings', '1', 'a.md'], dir)).code).toBe(0);
    const strict = await runCli(['check', '--max-warnings', '0', 'a.md'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('hashnode-tidy: 1 warnings, more than --max-warnings 0\n');
    expect((await runCli(['check', '--max-warnings', 'x', 'a.md'], dir)).code).toBe(2);
  });

  it('--format sarif writes SARIF the multitool accepts, also for a file with no message', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), post('alpha', NO_ALT));
    await writeFile(path.join(dir, 'b.md'), post('beta', 'Clean text.'));
    for (const file of ['a.md', 'b.md']) {
      const result = await runCli(['check', '--format', 'sarif', file], dir);
      const log = JSON.parse(result.stdout) as { runs: { results: unknown[] }[] };
      expect(log.runs[0]!.results).toHaveLength(file === 'a.md' ? 1 : 0);
      if (existsSync(MULTITOOL)) {
        const sarif = path.join(dir, `${file}.sarif`);
        await writeFile(sarif, result.stdout);
        expect(execFileSync(MULTITOOL, ['validate', sarif], { encoding: 'utf8' })).toContain(
          'Analysis completed successfully',
        );
      }
    }
  });

  it('--format codequality writes GitLab issues', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), post('alpha', NO_ALT));
    const result = await runCli(['check', '--format', 'codequality', 'a.md'], dir);
    expect(JSON.parse(result.stdout)).toMatchObject([
      { check_name: 'image-alt', severity: 'minor', location: { path: 'a.md', lines: { begin: 10 } } },
    ]);
  });

  it('check --changed only checks posts changed since the base', async () => {
    const dir = await tempDir();
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
    git('init', '-q', '-b', 'main');
    await writeFile(
      path.join(dir, 'old.md'),
      post('old', '![](https://cdn.hashnode.com/res/o.png align=center)'),
    );
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    await writeFile(path.join(dir, 'new.md'), post('new', NO_ALT));
    const all = await runCli(['check', '.'], dir);
    expect(all.code).toBe(1);
    const changed = await runCli(['check', '--changed'], dir);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain('new.md:10:1');
    expect(changed.stdout).not.toContain('old.md');
    expect((await runCli(['check', '--changed=HEAD', '.'], dir)).stderr).toContain('1 file checked');
  });

  it('hook install writes the hook, and says so', async () => {
    const dir = await tempDir();
    execFileSync('git', ['init', '-q', dir]);
    const result = await runCli(['hook', 'install'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Installed the pre-commit hook at .*pre-commit: it checks the Markdown posts each commit changes\.\n$/,
    );
    expect(await readFile(path.join(dir, '.git', 'hooks', 'pre-commit'), 'utf8')).toContain(
      '# hashnode-tidy hook',
    );
    const outside = await tempDir();
    const refused = await runCli(['hook', 'install'], outside);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not inside a git repository');
    expect((await runCli(['hook', 'remove'], dir)).code).toBe(2);
  });
});
