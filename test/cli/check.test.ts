import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers.js';

const tempDir = useTempDir();

const POST = `---
title: "Screenshots"
slug: screenshots
datePublished: 2025-06-08T13:19:59.000Z
cuid: cm0screenshots0000000000
---

## Install

![](https://cdn.hashnode.com/res/install.png align="center")

Run the installer and keep the defaults.
`;

async function project(config?: object) {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'post.md'), POST);
  if (config) await writeFile(path.join(dir, 'hashnode-tidy.config.json'), JSON.stringify(config));
  return dir;
}

describe('check', () => {
  it('exits 0 when only warnings fire, printing file:line:column', async () => {
    const dir = await project({ rules: { 'image-alt': 'warn' } });
    const result = await runCli(['check', 'post.md'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'post.md:10:1  warning  Unexpected image with empty alt text (`https://cdn.hashnode.com/res/install.png`), expected a short description of what it shows  image-alt\n',
    );
    expect(result.stderr).toBe('1 file checked: 0 errors, 1 warning (image-alt 1)\n');
  });

  it('exits 1 when a rule at error level fires', async () => {
    const dir = await project({ rules: { 'image-alt': 'error' } });
    const result = await runCli(['check', 'post.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('post.md:10:1  error    Unexpected image with empty alt text');
  });

  it('reads settings from a `hashnode-tidy` key in package.json, found from a parent folder', async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ 'hashnode-tidy': { rules: { 'image-alt': 'error' } } }),
    );
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(dir, 'posts'));
    await writeFile(path.join(dir, 'posts', 'post.md'), POST);
    expect((await runCli(['check', 'posts'], dir)).code).toBe(1);
  });

  it('turns a rule off', async () => {
    const dir = await project({ rules: { 'image-alt': 'off' } });
    expect(await runCli(['check', 'post.md'], dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: '1 file checked: 0 errors, 0 warnings\n',
    });
  });

  it('honours disable comments in the post', async () => {
    const dir = await project({ rules: { 'image-alt': 'error' } });
    const file = path.join(dir, 'post.md');
    await writeFile(file, POST.replace('\n![', '\n<!-- hashnode-tidy-disable-next-line image-alt -->\n!['));
    expect((await runCli(['check', 'post.md'], dir)).code).toBe(0);
    await writeFile(file, POST.replace('## Install\n', '<!-- hashnode-tidy-disable -->\n\n## Install\n'));
    expect((await runCli(['check', 'post.md'], dir)).code).toBe(0);
    await writeFile(
      file,
      POST.replace('## Install\n', '<!-- hashnode-tidy-disable hashnode-image-syntax -->\n\n## Install\n'),
    );
    expect((await runCli(['check', 'post.md'], dir)).code).toBe(1);
  });

  it('rejects a config that names an unknown rule, with exit 2', async () => {
    const dir = await project({ rules: { 'image-alts': 'error' } });
    const result = await runCli(['check', 'post.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^hashnode-tidy: invalid config: .*hashnode-tidy\.config\.json: unknown rule `image-alts`; known rules: /,
    );
  });

  it('rejects a config with a wrong severity', async () => {
    const dir = await project({ rules: { 'image-alt': 2 } });
    const result = await runCli(['check', 'post.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'rule `image-alt` has severity 2, expected one of "off", "info", "warn", "error"',
    );
  });

  it('prints JSON for tools', async () => {
    const dir = await project();
    const result = await runCli(['check', '--format', 'json', 'post.md'], dir);
    const output = JSON.parse(result.stdout) as { files: { path: string; messages: object[] }[] };
    expect(output.files).toEqual([
      {
        path: 'post.md',
        changed: false,
        fixed: [],
        messages: [
          {
            ruleId: 'image-alt',
            severity: 'warning',
            message:
              'Unexpected image with empty alt text (`https://cdn.hashnode.com/res/install.png`), expected a short description of what it shows',
            line: 10,
            column: 1,
            endLine: 10,
            endColumn: 61,
            expected: null,
            note: null,
            url: 'https://github.com/hashnode-tidy/hashnode-tidy/blob/main/docs/rules/image-alt.md',
          },
        ],
        images: [
          {
            url: 'https://cdn.hashnode.com/res/install.png',
            alt: '',
            line: 10,
            column: 1,
            inImageOnlySection: false,
            kind: 'hashnode',
          },
        ],
      },
    ]);
    expect(result.stderr).toBe('');
  });

  it('prints GitHub workflow commands', async () => {
    const dir = await project({ rules: { 'image-alt': 'error' } });
    const result = await runCli(['check', '--format', 'github', 'post.md'], dir);
    expect(result.stdout).toBe(
      '::error file=post.md,line=10,col=1,endLine=10,endColumn=61,title=image-alt::Unexpected image with empty alt text (`https://cdn.hashnode.com/res/install.png`), expected a short description of what it shows\n',
    );
    expect(result.code).toBe(1);
  });

  it('never writes', async () => {
    const dir = await project();
    const file = path.join(dir, 'post.md');
    await writeFile(file, POST.replace('align="center"', 'align=center'));
    const result = await runCli(['check', 'post.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 fixable with `hashnode-tidy fix`');
    expect(await readFile(file, 'utf8')).toBe(POST.replace('align="center"', 'align=center'));
  });
});

describe('usage', () => {
  it.each([
    [[], 'Missing command, expected `fix` or `check`'],
    [['lint', 'x.md'], 'Unknown command `lint`, expected `fix` or `check`'],
    [['check'], 'Missing files, expected `hashnode-tidy check <paths|globs...>`'],
    [['check', '--frobnicate', 'x.md'], "Unknown option '--frobnicate'"],
    [['check', '--dry-run', 'x.md'], 'Unexpected `--dry-run` with `check`; it goes with `fix`'],
    [['check', '--format', 'xml', 'x.md'], 'Unknown format `xml`, expected one of stylish, json, github'],
    [
      ['fix', '--dry-run', '--out', 'o', 'x.md'],
      '`--dry-run` writes nothing, so `--out` means nothing with it',
    ],
    [
      ['check', '--max-file-size', 'big', 'x.md'],
      'Unexpected `--max-file-size big`, expected a number of megabytes',
    ],
  ])('%j exits 2 with a message', async (args, message) => {
    const result = await runCli(args, process.cwd());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('prints help from the flag table', async () => {
    const result = await runCli(['--help'], process.cwd());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: hashnode-tidy <command> [options] <paths|globs...>');
    expect(result.stdout).toContain(
      '      --dry-run             Print a unified diff of each change; write nothing. (fix only)\n',
    );
    expect(result.stdout).toContain(
      '      --max-file-size MB    Skip files larger than this, with a message (default 5).\n',
    );
  });

  it('prints the version', async () => {
    const result = await runCli(['--version'], process.cwd());
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
