import { chmod, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers.js';

const tempDir = useTempDir();

/** A fixable problem (a Hashnode image attribute missing its quotes), so `fix` would change the file. */
const FIXABLE_LINE = '![A terminal](https://cdn.hashnode.com/res/t.png align=center)';
const GOOD_FRONTMATTER =
  '---\ntitle: "Ports"\ndatePublished: 2025-06-08T13:19:59.000Z\ncuid: cm0ports00000000000000000\nslug: ports\n---\n';

/** Writes the file, runs the CLI, and returns the result with the file's bytes afterwards. */
async function runOn(name: string, bytes: Buffer | string, args: string[]) {
  const dir = await tempDir();
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  const result = await runCli([...args, name], dir);
  return { ...result, dir, file, after: await readFile(file), before: Buffer.from(bytes) };
}

describe('bad input: each reported clearly, the file left as it was', () => {
  it('a binary file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const result = await runOn('image.md', png, ['fix']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'image.md:1:1  error    Unexpected NUL byte at byte 8: this is a binary file, not a Markdown post; skipped  file-binary\n',
    );
    expect(result.after).toEqual(result.before);
  });

  it('bytes that are not UTF-8: read as a legacy code page, said so, and written back in it', async () => {
    const latin = Buffer.concat([
      Buffer.from(`${GOOD_FRONTMATTER}\nCaf`),
      Buffer.from([0xe9]),
      Buffer.from(` au lait.\n\n${FIXABLE_LINE}\n`),
    ]);
    const result = await runOn('latin.md', latin, ['fix']);
    expect(result.stdout).toContain(
      'latin.md:1:1   warning  Unexpected bytes that are not UTF-8 (first at byte 111); read as windows-1252, expected a UTF-8 file. The file is written back in windows-1252  file-encoding',
    );
    expect(result.code).toBe(0);
    expect(result.after).toEqual(
      Buffer.from(latin.toString('latin1').replace('align=center', 'align="center"'), 'latin1'),
    );
    const check = await runCli(['check', 'latin.md'], result.dir);
    expect(check.stdout).toContain('file-encoding');
  });

  it('an empty file', async () => {
    const result = await runOn('empty.md', '', ['fix']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'empty.md:1:1  error    Unexpected empty file, expected a post: `---` frontmatter, then Markdown  frontmatter-syntax\n',
    );
    expect(result.after).toEqual(Buffer.alloc(0));
  });

  it('no frontmatter (other fixes still apply)', async () => {
    const result = await runOn('bare.md', `# Ports\n\n${FIXABLE_LINE}\n`, ['fix']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'bare.md:1:1  error    Missing frontmatter, expected a `---` block at the top with at least `title` and `slug`  frontmatter-syntax',
    );
    expect(result.after.toString()).toBe(
      `# Ports\n\n${FIXABLE_LINE.replace('align=center', 'align="center"')}\n`,
    );
  });

  it('unterminated frontmatter: nothing is fixed', async () => {
    const result = await runOn('open.md', `---\ntitle: Ports\n\n${FIXABLE_LINE}\n`, ['fix']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'open.md:1:1  error    Unexpected frontmatter with no closing `---`, expected a line holding only `---` after the last key  frontmatter-syntax',
    );
    expect(result.after).toEqual(result.before);
  });

  it('YAML that does not parse: nothing is fixed, the error points into the frontmatter', async () => {
    const result = await runOn('yaml.md', `---\ntitle: [Ports\nslug: ports\n---\n\n${FIXABLE_LINE}\n`, [
      'fix',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^yaml\.md:\d:\d+ +error +Unexpected YAML syntax in frontmatter: .+ frontmatter-syntax\n/m,
    );
    expect(result.stdout).not.toContain('fixed');
    expect(result.after).toEqual(result.before);
  });

  it('frontmatter that is a list, not a mapping', async () => {
    const result = await runOn('list.md', `---\n- a\n- b\n---\n\nText.\n`, ['check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'list.md:2:1  error    Unexpected frontmatter that is a list, expected `key: value` lines  frontmatter-syntax\n',
    );
  });

  it('a 20 MB file: skipped before reading, with the limit named', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 'All work and no play.\n');
    const result = await runOn('big.md', big, ['fix']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'big.md:1:1  error    File is 20 MB, over the 5 MB limit for a post; skipped. Raise the limit with `--max-file-size` if this is really a post  file-too-large\n',
    );
    expect(result.after.equals(result.before)).toBe(true);
  });

  it('a path that does not exist: exit 2, the others still processed', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'real.md'), `${GOOD_FRONTMATTER}\n${FIXABLE_LINE}\n`);
    const result = await runCli(['fix', 'missing.md', 'real.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hashnode-tidy: No such file or folder: `missing.md`\n');
    expect(await readFile(path.join(dir, 'real.md'), 'utf8')).toContain('align="center"');
  });

  it('a read-only file in fix: reported, left alone', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'locked.md');
    const text = `${GOOD_FRONTMATTER}\n${FIXABLE_LINE}\n`;
    await writeFile(file, text);
    await chmod(file, 0o444);
    const result = await runCli(['fix', 'locked.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'locked.md:1:1  error    File is read-only; not fixed. Make it writable or use `--out DIR` to write a fixed copy  file-write',
    );
    expect(await readFile(file, 'utf8')).toBe(text);
    expect((await stat(file)).mode & 0o777).toBe(0o444);
  });

  it('a folder with no Markdown in it: exit 2', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'assets', 'logo.svg'), '<svg/>');
    const result = await runCli(['check', 'assets'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'hashnode-tidy: No Markdown files (*.md, *.markdown, *.mdx) in `assets`\n',
    );
  });

  it('a symlink pointing outside the folder given: not followed', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'posts'));
    await writeFile(path.join(dir, 'outside.md'), `# no frontmatter\n`);
    await writeFile(path.join(dir, 'posts', 'inside.md'), `${GOOD_FRONTMATTER}\nText.\n`);
    await symlink(path.join(dir, 'outside.md'), path.join(dir, 'posts', 'link.md'));
    const result = await runCli(['check', 'posts'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /posts[/\\]link\.md: Symbolic link to `.*outside\.md`, outside `posts`; not followed\n/,
    );
    expect(result.stderr).toContain('1 file checked');
  });

  it('two globs naming the same file: processed once', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'post.md'), `${GOOD_FRONTMATTER}\n${FIXABLE_LINE}\n`);
    const result = await runCli(['check', '*.md', 'post.*', 'post.md', '.'], dir);
    expect(result.stdout.match(/hashnode-image-syntax/g)).toHaveLength(1);
    expect(result.stderr).toContain('1 file checked');
  });

  it('a file that cannot be read does not stop the batch', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), Buffer.from([0, 1, 2]));
    await writeFile(path.join(dir, 'b.md'), `${GOOD_FRONTMATTER}\n${FIXABLE_LINE}\n`);
    const result = await runCli(['fix', '.'], dir);
    expect(result.code).toBe(1);
    expect(await readFile(path.join(dir, 'b.md'), 'utf8')).toContain('align="center"');
    expect((await readdir(dir)).sort()).toEqual(['a.md', 'b.md']);
  });
});
