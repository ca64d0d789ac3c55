import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers.js';
import { readTree } from './helpers.js';

const temp = useTempDir();

const BACKUP_POST = [
  '---',
  'title: "Running Postgres next to Flask"',
  'seoTitle: "docker network, flask, postgres"',
  'seoDescription: "Two containers on one network"',
  'datePublished: Tue Aug 12 2025 18:05:41 GMT+0000 (Coordinated Universal Time)',
  'cuid: cme8x1k2p000a02l7backup01',
  'slug: postgres-next-to-flask',
  'cover: https://cdn.hashnode.com/res/hashnode/image/upload/v1/cover.png',
  'tags: docker, flask',
  '',
  '---',
  '',
  'Containers on the default bridge cannot find each other by name.',
  '',
  '%[https://youtu.be/dQw4w9WgXcQ]',
  '',
].join('\n');

describe('backup posts', () => {
  it('migrates a folder, reading the frontmatter and repairing the post', async () => {
    const dir = await temp();
    await mkdir(path.join(dir, 'posts'));
    await writeFile(path.join(dir, 'posts', 'postgres-next-to-flask.md'), BACKUP_POST);
    const result = await runCli(['migrate', 'posts', '--to', 'hugo', '--out', 'site'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'content/posts/postgres-next-to-flask.md  <-  posts/postgres-next-to-flask.md\n',
    );
    expect(await readTree(path.join(dir, 'site'))).toEqual({
      'content/posts/postgres-next-to-flask.md': [
        '---',
        'title: Running Postgres next to Flask',
        'description: Two containers on one network',
        'date: 2025-08-12T18:05:41.000Z',
        'slug: postgres-next-to-flask',
        'tags:',
        '  - docker',
        '  - flask',
        'images:',
        '  - https://cdn.hashnode.com/res/hashnode/image/upload/v1/cover.png',
        '---',
        '',
        'Containers on the default bridge cannot find each other by name.',
        '',
        '{{< youtube dQw4w9WgXcQ >}}',
        '',
      ].join('\n'),
    });
  });

  it('migrates a single post', async () => {
    const dir = await temp();
    await writeFile(path.join(dir, 'post.md'), BACKUP_POST);
    const result = await runCli(['migrate', 'post.md', '--to', 'jekyll', '--out', 'site'], dir);
    expect(result.code).toBe(0);
    expect(Object.keys(await readTree(path.join(dir, 'site')))).toEqual([
      '_posts/2025-08-12-postgres-next-to-flask.md',
    ]);
  });

  it('does not read back posts it wrote when --out is inside the input folder', async () => {
    const dir = await temp();
    await mkdir(path.join(dir, 'posts'));
    await writeFile(path.join(dir, 'posts', 'post.md'), BACKUP_POST);
    const args = ['migrate', 'posts', '--to', 'markdown', '--out', 'posts/site'];
    expect((await runCli(args, dir)).code).toBe(0);
    const again = await runCli(args, dir);
    expect(again.stdout).toBe('postgres-next-to-flask.md  <-  posts/post.md\n');
    expect(Object.keys(await readTree(path.join(dir, 'posts')))).toEqual([
      'post.md',
      'site/postgres-next-to-flask.md',
    ]);
  });

  it('refuses a folder without posts with exit 2', async () => {
    const dir = await temp();
    await mkdir(path.join(dir, 'empty'));
    const result = await runCli(['migrate', 'empty', '--to', 'hugo', '--out', 'site'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('hashnode-tidy: empty: no *.md posts in this folder\n');
  });
});
