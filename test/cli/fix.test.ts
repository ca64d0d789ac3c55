import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers.js';

const tempDir = useTempDir();
const BROKEN =
  '---\ntitle: "Ports"\ndatePublished: 2025-06-08T13:19:59.000Z\ncuid: cm0ports00000000000000000\nslug: ports\n---\n\n![Ports](https://cdn.hashnode.com/res/p.png align=center)\n\nThe ports in use.\n';
const FIXED = BROKEN.replace('align=center', 'align="center"');
/** Another post, already clean: its own slug and cuid, so no check across posts fires. */
const CLEAN = FIXED.replace('cm0ports00000000000000000', 'cm0clean00000000000000000').replace(
  'slug: ports',
  'slug: clean',
);

async function tree() {
  const dir = await tempDir();
  await mkdir(path.join(dir, 'posts', '2025'), { recursive: true });
  await writeFile(path.join(dir, 'posts', '2025', 'ports.md'), BROKEN);
  await writeFile(path.join(dir, 'posts', 'clean.md'), CLEAN);
  await mkdir(path.join(dir, 'posts', 'node_modules', 'pkg'), { recursive: true });
  await writeFile(path.join(dir, 'posts', 'node_modules', 'pkg', 'README.md'), '# not a post\n');
  return dir;
}

describe('fix', () => {
  it('fixes in place, lists what it fixed, and exits 0', async () => {
    const dir = await tree();
    const result = await runCli(['fix', 'posts'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${path.join('posts', '2025', 'ports.md')}:8:1  fixed    Unexpected broken attribute \`align=center\` in Hashnode image, expected \`align="center"\`  hashnode-image-syntax\n`,
    );
    expect(result.stderr).toBe(
      '2 files read, 1 changed: 1 fixed, 0 errors, 0 warnings (hashnode-image-syntax 1)\n',
    );
    expect(await readFile(path.join(dir, 'posts', '2025', 'ports.md'), 'utf8')).toBe(FIXED);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const dir = await tree();
    await runCli(['fix', 'posts'], dir);
    const again = await runCli(['fix', 'posts'], dir);
    expect(again).toEqual({
      code: 0,
      stdout: '',
      stderr: '2 files read, 0 changed: 0 fixed, 0 errors, 0 warnings\n',
    });
  });

  it('--dry-run prints a unified diff and writes nothing', async () => {
    const dir = await tree();
    const result = await runCli(['fix', '--dry-run', 'posts'], dir);
    const name = path.join('posts', '2025', 'ports.md').split(path.sep).join('/');
    expect(result.stdout).toContain(
      [
        `--- a/${name}`,
        `+++ b/${name}`,
        '@@ -5,6 +5,6 @@',
        ' slug: ports',
        ' ---',
        ' ',
        '-![Ports](https://cdn.hashnode.com/res/p.png align=center)',
        '+![Ports](https://cdn.hashnode.com/res/p.png align="center")',
        ' ',
        ' The ports in use.',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toContain('1 would change');
    expect(await readFile(path.join(dir, 'posts', '2025', 'ports.md'), 'utf8')).toBe(BROKEN);
  });

  it('--out writes fixed copies of every file under DIR with the same relative paths', async () => {
    const dir = await tree();
    const result = await runCli(['fix', '--out', 'fixed', 'posts'], dir);
    expect(result.code).toBe(0);
    expect(await readFile(path.join(dir, 'fixed', 'posts', '2025', 'ports.md'), 'utf8')).toBe(FIXED);
    expect(await readFile(path.join(dir, 'fixed', 'posts', 'clean.md'), 'utf8')).toBe(CLEAN);
    expect(await readFile(path.join(dir, 'posts', '2025', 'ports.md'), 'utf8')).toBe(BROKEN);
    expect(await readdir(path.join(dir, 'fixed', 'posts'))).toEqual(['2025', 'clean.md']);
  });

  it('--out never writes outside DIR, even for files outside the current folder', async () => {
    const outside = await tempDir();
    await writeFile(path.join(outside, 'far.md'), BROKEN);
    const dir = await tempDir();
    const result = await runCli(['fix', '--out', 'fixed', path.join(outside, 'far.md')], dir);
    expect(result.code).toBe(0);
    expect(await readFile(path.join(dir, 'fixed', 'far.md'), 'utf8')).toBe(FIXED);
    expect(await readFile(path.join(outside, 'far.md'), 'utf8')).toBe(BROKEN);
  });

  it('leaves no temporary files behind', async () => {
    const dir = await tree();
    await runCli(['fix', 'posts'], dir);
    expect((await readdir(path.join(dir, 'posts', '2025'))).sort()).toEqual(['ports.md']);
  });

  it('keeps CRLF line endings and a BOM when it fixes', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'win.md');
    await writeFile(file, '\uFEFF' + BROKEN.replace(/\n/g, '\r\n'));
    await runCli(['fix', 'win.md'], dir);
    expect(await readFile(file, 'utf8')).toBe('\uFEFF' + FIXED.replace(/\n/g, '\r\n'));
  });
});

describe('fix --fix-mislabeled', () => {
  const post =
    '---\ntitle: "Compose"\ndatePublished: 2025-06-08T13:19:59.000Z\ncuid: cm0compose000000000000000\nslug: compose\n---\n\n```bash\nservices:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n```\n';

  it('leaves a wrongly labeled block as it is by default, with a warning', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'post.md'), post);
    const result = await runCli(['fix', 'post.md'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^post\.md:8:4 +warning +Unexpected label `bash` on a block that looks like `yaml`/,
    );
    expect(await readFile(path.join(dir, 'post.md'), 'utf8')).toBe(post);
  });

  it('relabels it when asked', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'post.md'), post);
    const result = await runCli(['fix', '--fix-mislabeled', 'post.md'], dir);
    expect(result.code).toBe(0);
    expect(await readFile(path.join(dir, 'post.md'), 'utf8')).toBe(post.replace('```bash', '```yaml'));
  });
});
