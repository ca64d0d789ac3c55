import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, MigrateInputError } from '../../src/migrate/index.js';
import { runCli, useTempDir } from '../helpers.js';
import { exportPost, listFiles, readTree, writeJson } from './helpers.js';

const temp = useTempDir();

/** Writes `export.json` with these posts into a fresh folder and migrates it to `out/`. */
async function migratePosts(posts: unknown[], args: string[] = ['--to', 'markdown']) {
  const dir = await temp();
  await writeJson(path.join(dir, 'export.json'), { posts });
  const result = await runCli(['migrate', 'export.json', '--out', 'out', ...args], dir);
  return { dir, result };
}

describe('input that is not a Hashnode export', () => {
  it('refuses JSON of another shape with exit 2, naming the file', async () => {
    const dir = await temp();
    await writeJson(path.join(dir, 'package.json'), { name: 'x', version: '1.0.0' });
    const result = await runCli(['migrate', 'package.json', '--to', 'hugo', '--out', 'out'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'hashnode-tidy: package.json: no `posts` array at the top; expected a Hashnode export: an object `{ "posts": [...] }` whose posts have `contentMarkdown`\n',
    );
    expect(await listFiles(dir)).toEqual(['package.json']);
  });

  it('refuses truncated JSON with exit 2', async () => {
    const dir = await temp();
    await writeFile(path.join(dir, 'export.json'), '{"posts": [{"title": "Half');
    const result = await runCli(['migrate', 'export.json', '--to', 'hugo', '--out', 'out'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^hashnode-tidy: export\.json: not valid JSON \(.+\); expected a Hashnode export/,
    );
    expect(result.stderr).toContain('Is the file complete?');
    expect(await listFiles(dir)).toEqual(['export.json']);
  });

  it('refuses a post without contentMarkdown with exit 2', async () => {
    const { result } = await migratePosts([{ title: 'No body', slug: 'no-body' }]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('export.json#posts[0]: no `contentMarkdown` text');
  });

  it('reports an input that does not exist with exit 2', async () => {
    const dir = await temp();
    const result = await runCli(['migrate', 'missing.json', '--to', 'hugo', '--out', 'out'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('hashnode-tidy: missing.json: no such file or folder\n');
  });

  it('tolerates missing and extra fields', async () => {
    const { dir, result } = await migratePosts([
      { contentMarkdown: 'Only a body.\n', slug: 'bare', somethingNew: { nested: [1, 2] } },
    ]);
    expect(result.code).toBe(0);
    expect(await readTree(path.join(dir, 'out'))).toEqual({
      'bare.md': '---\ntitle: ""\n---\n\nOnly a body.\n',
    });
  });
});

describe('usage', () => {
  it.each([
    [['migrate', 'x.json', '--out', 'o'], 'Missing `--to`, expected `hashnode-tidy migrate'],
    [['migrate', 'x.json', '--to', 'wordpress', '--out', 'o'], 'Unknown target `wordpress`, expected one of'],
    [['migrate', 'x.json', '--to', 'hugo'], 'Missing `--out`'],
    [['migrate', '--to', 'hugo', '--out', 'o'], 'Missing input for `migrate`'],
    [['migrate', 'a.json', 'b.json', '--to', 'hugo', '--out', 'o'], 'More than one input for `migrate`'],
    [['migrate', 'x.json', '--to', 'astro', '--out', 'o', '--bundles'], 'page bundles are a Hugo feature'],
    [['check', '--to', 'hugo', 'x.md'], 'Unexpected `--to` with `check`; it goes with `migrate`'],
  ])('%j exits 2', async (args, message) => {
    const result = await runCli(args, await temp());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('slugs', () => {
  it('suffixes duplicate slugs with -2, -3 and warns', async () => {
    const { dir, result } = await migratePosts([
      exportPost({ slug: 'same', title: 'One' }),
      exportPost({ slug: 'same', title: 'Two' }),
      exportPost({ slug: 'SAME', title: 'Three' }),
    ]);
    expect(result.code).toBe(0);
    expect(await listFiles(path.join(dir, 'out'))).toEqual(['SAME-3.md', 'same-2.md', 'same.md']);
    expect(result.stdout).toContain(
      'export.json#posts[1]  warning  Duplicate slug `same`; written as `same-2`. Give the post its own slug to keep its URL',
    );
    expect(result.stdout).toContain(
      'export.json#posts[2]  warning  Duplicate slug `SAME`; written as `SAME-3`',
    );
  });

  it('never writes outside --out, whatever the slug', async () => {
    const slugs = [
      '../../escape',
      '/etc/passwd',
      'a/../../b',
      '..\\..\\win',
      'CON',
      'nul.txt',
      'com1',
      '',
      '..',
    ];
    const { dir, result } = await migratePosts(
      slugs.map((slug, index) => exportPost({ slug, cuid: `cuid${index}` })),
      ['--to', 'hugo', '--bundles'],
    );
    expect(result.code).toBe(0);
    expect(await listFiles(dir)).toEqual(
      [
        'export.json',
        'out/content/posts/escape/index.md',
        'out/content/posts/etc-passwd/index.md',
        'out/content/posts/a-b/index.md',
        'out/content/posts/win/index.md',
        'out/content/posts/CON-post/index.md',
        'out/content/posts/nul.txt-post/index.md',
        'out/content/posts/com1-post/index.md',
        'out/content/posts/cuid7/index.md',
        'out/content/posts/cuid8/index.md',
      ].sort(),
    );
    expect(result.stdout).toContain(
      'export.json#posts[0]  warning  Unsafe slug `../../escape` (path separators, `..`, reserved names or characters a file name cannot hold); using `escape`',
    );
    expect(result.stdout).toContain('export.json#posts[7]  warning  Missing slug; using `cuid7`');
  });

  it('refuses to follow a symbolic link out of --out', async () => {
    const dir = await temp();
    const outside = await temp();
    await writeJson(path.join(dir, 'export.json'), { posts: [exportPost({ slug: 'post' })] });
    await mkdir(path.join(dir, 'out'));
    await symlink(outside, path.join(dir, 'out', 'content'));
    const result = await runCli(['migrate', 'export.json', '--to', 'hugo', '--out', 'out'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'export.json#posts[0]  problem  Refused to write `content/posts/post.md`: a symbolic link leads outside --out',
    );
    expect(await listFiles(outside)).toEqual([]);
  });
});

describe('deleted posts and tags', () => {
  const posts = [exportPost({ slug: 'kept' }), exportPost({ slug: 'gone', isActive: false })];

  it('skips a deleted post by default', async () => {
    const { dir, result } = await migratePosts(posts);
    expect(result.code).toBe(0);
    expect(await listFiles(path.join(dir, 'out'))).toEqual(['kept.md']);
    expect(result.stdout).toContain(
      'export.json#posts[1]  skipped  Deleted on Hashnode; pass `--include-deleted` to keep it',
    );
  });

  it('keeps it with --include-deleted', async () => {
    const { dir } = await migratePosts(posts, ['--to', 'markdown', '--include-deleted']);
    expect(await listFiles(path.join(dir, 'out'))).toEqual(['gone.md', 'kept.md']);
  });

  it('keeps unknown tag ids with a warning', async () => {
    const { dir, result } = await migratePosts([exportPost({ tags: ['aaaaaaaaaaaaaaaaaaaaaaaa'] })]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "export.json#posts[0]  warning  Unknown tag id `aaaaaaaaaaaaaaaaaaaaaaaa` kept as written; pass `--tags tags.json` (Hashnode's tag list or a map id -> slug) to name them",
    );
    expect(await readTree(path.join(dir, 'out'))).toEqual({
      'a-post.md':
        '---\ntitle: A post\ndate: 2025-01-02T03:04:05.000Z\ntags:\n  - aaaaaaaaaaaaaaaaaaaaaaaa\n---\n\nSome text.\n',
    });
  });

  it('resolves tag ids through a map of id -> slug', async () => {
    const dir = await temp();
    await writeJson(path.join(dir, 'export.json'), {
      posts: [exportPost({ tags: ['aaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbb'] })],
    });
    await writeJson(path.join(dir, 'tags.json'), {
      aaaaaaaaaaaaaaaaaaaaaaaa: 'javascript',
      bbbbbbbbbbbbbbbbbbbbbbbb: 'web-development',
    });
    const result = await runCli(
      ['migrate', 'export.json', '--to', 'devto', '--out', 'out', '--tags', 'tags.json'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('warning');
    expect(await readTree(path.join(dir, 'out'))).toEqual({
      'a-post.md':
        '---\ntitle: A post\npublished: true\ntags: javascript, webdevelopment\ndate: 2025-01-02T03:04:05.000Z\n---\n\nSome text.\n',
    });
  });

  it('refuses a tags file of another shape with exit 2', async () => {
    const dir = await temp();
    await writeJson(path.join(dir, 'export.json'), { posts: [exportPost({})] });
    await writeJson(path.join(dir, 'tags.json'), [1, 2, 3]);
    const result = await runCli(
      ['migrate', 'export.json', '--to', 'hugo', '--out', 'o', '--tags', 'tags.json'],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tags.json: no tags found; expected an array of');
  });
});

describe('library', () => {
  it('rejects an unknown target with MigrateInputError', async () => {
    const dir = await temp();
    await expect(migrate({ input: 'x.json', target: 'blogger', out: 'o', cwd: dir })).rejects.toThrow(
      new MigrateInputError(
        'Unknown target `blogger`, expected one of markdown, hugo, astro, jekyll, eleventy, docusaurus, devto, hashnode',
      ),
    );
  });

  it('returns the report and writes nothing with dryRun', async () => {
    const dir = await temp();
    await writeJson(path.join(dir, 'export.json'), { posts: [exportPost({})] });
    const report = await migrate({ input: 'export.json', target: 'astro', out: 'o', dryRun: true, cwd: dir });
    expect(report).toEqual({
      version: 1,
      target: 'astro',
      out: 'o',
      dryRun: true,
      written: [{ source: 'export.json#posts[0]', slug: 'a-post', path: 'src/content/blog/a-post.md' }],
      skipped: [],
      problems: [],
      warnings: [],
      byRule: {},
    });
    expect(await listFiles(dir)).toEqual(['export.json']);
  });
});
