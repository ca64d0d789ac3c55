import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers.js';

const tempDir = useTempDir();

const post = (slug: string, cuid: string) =>
  `---\ntitle: "Post ${cuid}"\ndatePublished: 2025-06-08T13:19:59.000Z\ncuid: ${cuid}\nslug: ${slug}\n---\n\nText of ${cuid}.\n`;

describe('checks across posts', () => {
  it('names both posts that share a slug, at the slug line, and exits 1', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'posts'));
    await writeFile(path.join(dir, 'posts', 'a.md'), post('docker-basics', 'cm0aaaaaaaaaaaaaaaaaaaaaa'));
    await writeFile(path.join(dir, 'posts', 'b.md'), post('docker-basics', 'cm0bbbbbbbbbbbbbbbbbbbbbb'));
    await writeFile(path.join(dir, 'posts', 'c.md'), post('other', 'cm0cccccccccccccccccccccc'));
    const result = await runCli(['check', 'posts'], dir);
    expect(result.code).toBe(1);
    const a = path.join('posts', 'a.md');
    const b = path.join('posts', 'b.md');
    expect(result.stdout).toBe(
      `${a}:5:7  error    Unexpected slug \`docker-basics\` that \`${b}\` also has, expected a slug no other post uses: Hashnode overwrites a post with the next one that has its slug  duplicate-slug\n` +
        `${b}:5:7  error    Unexpected slug \`docker-basics\` that \`${a}\` also has, expected a slug no other post uses: Hashnode overwrites a post with the next one that has its slug  duplicate-slug\n`,
    );
  });

  it('names posts that share a cuid', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), post('one', 'cm0dddddddddddddddddddddd'));
    await writeFile(path.join(dir, 'b.md'), post('two', 'cm0dddddddddddddddddddddd'));
    const result = await runCli(['check', '--format', 'json', '.'], dir);
    const output = JSON.parse(result.stdout) as { files: { path: string; messages: { ruleId: string }[] }[] };
    expect(output.files.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([
      ['a.md', ['duplicate-cuid']],
      ['b.md', ['duplicate-cuid']],
    ]);
    expect(result.code).toBe(1);
  });
});

describe('--profile', () => {
  it('checks frontmatter for publishing from GitHub, naming each missing field with its place', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), post('one', 'cm0eeeeeeeeeeeeeeeeeeeeee'));
    const result = await runCli(['check', '--profile', 'hashnode-publish', 'a.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'a.md:6:1  error    Missing `tags` in frontmatter, expected it for the `hashnode-publish` profile  frontmatter-fields',
    );
    expect(result.stdout).toContain(
      'a.md:6:1  error    Missing `domain` in frontmatter, expected it for the `hashnode-publish` profile  frontmatter-fields',
    );
    const backup = await runCli(['check', 'a.md'], dir);
    expect(backup.code).toBe(0);
  });

  it('rejects an unknown profile with exit 2', async () => {
    const result = await runCli(['check', '--profile', 'ghost', 'a.md'], process.cwd());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Unknown profile `ghost`, expected one of hashnode-backup, hashnode-publish',
    );
  });
});
