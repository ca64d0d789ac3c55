import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers.js';
import { readTree } from './helpers.js';

const temp = useTempDir();

const FIRST = [
  '---',
  'title: First',
  'slug: first',
  'domain: blog.example.dev',
  'datePublished: 2025-01-02T03:04:05.000Z',
  '---',
  '',
  'See [the second post](https://blog.example.dev/second#setup) and <https://www.blog.example.dev/second/>.',
  '',
  'Not mine: [other](https://other.example.dev/second), [missing](https://blog.example.dev/missing),',
  '[with a query](https://blog.example.dev/second?ref=x).',
  '',
  '[ref]: https://blog.example.dev/second',
  '',
].join('\n');

const SECOND = [
  '---',
  'title: Second',
  'slug: second',
  'datePublished: 2025-02-03T04:05:06.000Z',
  '---',
  '',
  'Back to [the first](https://blog.example.dev/first).',
  '',
].join('\n');

async function migrateBlog(target: string) {
  const dir = await temp();
  await mkdir(path.join(dir, 'posts'));
  await writeFile(path.join(dir, 'posts', 'first.md'), FIRST);
  await writeFile(path.join(dir, 'posts', 'second.md'), SECOND);
  const result = await runCli(['migrate', 'posts', '--to', target, '--out', 'site'], dir);
  expect(result.code).toBe(0);
  return readTree(path.join(dir, 'site'));
}

describe('links between the blog own posts', () => {
  it('point to the Hugo paths', async () => {
    const files = await migrateBlog('hugo');
    expect(files['content/posts/first.md']?.split('---\n\n')[1]).toBe(
      [
        'See [the second post](/posts/second/#setup) and [https://www.blog.example.dev/second/](/posts/second/).',
        '',
        'Not mine: [other](https://other.example.dev/second), [missing](https://blog.example.dev/missing),',
        '[with a query](https://blog.example.dev/second?ref=x).',
        '',
        '[ref]: /posts/second/',
        '',
      ].join('\n'),
    );
    expect(files['content/posts/second.md']?.split('---\n\n')[1]).toBe(
      'Back to [the first](/posts/first/).\n',
    );
  });

  it('use post_url for Jekyll', async () => {
    const files = await migrateBlog('jekyll');
    expect(files['_posts/2025-02-03-second.md']?.split('---\n\n')[1]).toBe(
      'Back to [the first]({% post_url 2025-01-02-first %}).\n',
    );
  });

  it('keep their URL for DEV, which has no path scheme to point to', async () => {
    const files = await migrateBlog('devto');
    expect(files['second.md']?.split('---\n\n')[1]).toBe(
      'Back to [the first](https://blog.example.dev/first).\n',
    );
  });
});
