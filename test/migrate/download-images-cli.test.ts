import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli, useTempDir } from '../helpers.js';
import { exportPost, listFiles, readTree, writeJson } from './helpers.js';
import { image, PNG, useImageServer } from './image-server.js';

const temp = useTempDir();
const serve = useImageServer();

function copyName(url: string, base: string, extension: string): string {
  return `${createHash('sha256').update(url).digest('hex').slice(0, 12)}-${base}.${extension}`;
}

/** An export with one post showing `body`, with a cover when given, in a fresh folder. */
async function exportWith(body: string, coverImage?: string) {
  const dir = await temp();
  await writeJson(path.join(dir, 'export.json'), {
    posts: [exportPost({ slug: 'a-post', title: 'A post', contentMarkdown: body, coverImage })],
  });
  return dir;
}

describe('migrate --download-images', () => {
  it('lists the downloads and the failures, and exits 1 when an image failed', async () => {
    const server = await serve({ '/ok.png': image(PNG, 'image/png') });
    const ok = `${server.base}/ok.png`;
    const gone = `${server.base}/gone.png`;
    const dir = await exportWith(`![Ok](${ok})\n\n![Gone](${gone})\n`);
    const result = await runCli(
      ['migrate', 'export.json', '--to', 'markdown', '--out', 'out', '--download-images', 'out/images'],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'a-post.md  <-  export.json#posts[0]',
        `out/images/${copyName(ok, 'ok', 'png')}  <-  ${ok}`,
        `${gone}  image failed  HTTP 404 Not Found; kept as the URL in export.json#posts[0]`,
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe(
      '1 post written to out (markdown), 0 skipped, 0 problems, 0 warnings; ' +
        'images: 1 downloaded, 0 already there, 1 failed; messages per rule: image-alt 2, image-only-section 1\n',
    );
    expect(await readFile(path.join(dir, 'out/a-post.md'), 'utf8')).toBe(
      `---\ntitle: A post\ndate: 2025-01-02T03:04:05.000Z\n---\n\n![Ok](./images/${copyName(ok, 'ok', 'png')})\n\n![Gone](${gone})\n`,
    );
  });

  it('exits 0 when every image is downloaded, and reuses them on a second run', async () => {
    const server = await serve({ '/ok.png': image(PNG, 'image/png') });
    const dir = await exportWith('Text.\n', `${server.base}/ok.png`);
    const args = [
      'migrate',
      'export.json',
      '--to',
      'hugo',
      '--out',
      'site',
      '--download-images',
      'site/static/img',
    ];
    const first = await runCli([...args, '--download-concurrency', '1'], dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(
      '1 post written to site (hugo), 0 skipped, 0 problems, 0 warnings; images: 1 downloaded, 0 already there, 0 failed\n',
    );
    const tree = await readTree(path.join(dir, 'site'));
    const second = await runCli([...args, '--format', 'json'], dir);
    expect(second.code).toBe(0);
    expect(server.requests).toEqual(['/ok.png']);
    expect(await readTree(path.join(dir, 'site'))).toEqual(tree);
    expect(second.stderr).toContain('; images: 0 downloaded, 1 already there, 0 failed\n');
    expect(JSON.parse(second.stdout).images).toEqual({
      dir: 'site/static/img',
      fetched: [],
      reused: [
        {
          url: `${server.base}/ok.png`,
          file: copyName(`${server.base}/ok.png`, 'ok', 'png'),
          sources: ['export.json#posts[0]'],
        },
      ],
      failed: [],
      planned: [],
    });
  });

  it('says what it would download with --dry-run, and requests and writes nothing', async () => {
    const server = await serve({ '/ok.png': image(PNG, 'image/png') });
    const dir = await exportWith(`![Ok](${server.base}/ok.png)\n`);
    const result = await runCli(
      [
        'migrate',
        'export.json',
        '--to',
        'markdown',
        '--out',
        'out',
        '--download-images',
        'images',
        '--dry-run',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `a-post.md  <-  export.json#posts[0]\n${server.base}/ok.png  image  would be downloaded into images\n`,
    );
    expect(result.stderr).toBe(
      '1 post would be written to out (markdown), 0 skipped, 0 problems, 0 warnings; ' +
        'images: 1 would be downloaded, 0 already there; messages per rule: image-alt 1, image-only-section 1\n',
    );
    expect(server.requests).toEqual([]);
    expect(await listFiles(dir)).toEqual(['export.json']);
  });

  it('shows a progress bar for the downloads on a terminal', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const server = await serve(
      Object.fromEntries(names.map((name) => [`/${name}.png`, image(PNG, 'image/png')])),
    );
    const dir = await exportWith(names.map((name) => `![${name}](${server.base}/${name}.png)`).join('\n\n'));
    const run = async (extra: string[]) => {
      let stderr = '';
      const code = await main({
        argv: [
          'migrate',
          'export.json',
          '--to',
          'markdown',
          '--out',
          'out',
          '--download-images',
          'img',
          ...extra,
        ],
        cwd: dir,
        stdout: new Writable({ write: (_chunk, _encoding, done) => done() }),
        stderr: new Writable({
          write(chunk: Buffer, _encoding, done) {
            stderr += chunk.toString();
            done();
          },
        }),
        interactive: true,
      });
      return { code, stderr };
    };
    const shown = await run([]);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toContain('6/6 downloading http://127.0.0.1:');
    const hidden = await run(['--no-progress']);
    expect(hidden.stderr).toBe(
      '1 post written to out (markdown), 0 skipped, 0 problems, 0 warnings; images: 0 downloaded, 6 already there, 0 failed; messages per rule: image-alt 6, image-only-section 1\n',
    );
  });
});

describe('where a post points at its images', () => {
  const cases: Array<[string, string, string, (name: string, url: string) => string]> = [
    ['markdown', 'img', 'a-post.md', (name) => `../img/${name}`],
    ['hugo', 'site/static/images', 'content/posts/a-post.md', (name) => `/images/${name}`],
    ['hugo', 'site/assets', 'content/posts/a-post.md', (name) => `../../assets/${name}`],
    ['astro', 'site/public/blog', 'src/content/blog/a-post.md', (name) => `/blog/${name}`],
    ['astro', 'site/src/content/blog/images', 'src/content/blog/a-post.md', (name) => `./images/${name}`],
    ['jekyll', 'site/assets/img', '_posts/2025-01-02-a-post.md', (name) => `/assets/img/${name}`],
    ['eleventy', 'site/public/img', 'content/blog/a-post.md', (name) => `/img/${name}`],
    ['docusaurus', 'site/static/img', 'blog/2025-01-02-a-post.md', (name) => `/img/${name}`],
    ['devto', 'site/images', 'a-post.md', (_name, url) => url],
    ['hashnode', 'site/images', 'a-post.md', (_name, url) => url],
  ];
  it.each(cases)('--to %s with images in %s', async (target, folder, file, expected) => {
    const server = await serve({ '/pic.png': image(PNG, 'image/png') });
    const url = `${server.base}/pic.png`;
    const dir = await exportWith(`![Pic](${url})\n`);
    const result = await runCli(
      ['migrate', 'export.json', '--to', target, '--out', 'site', '--download-images', folder],
      dir,
    );
    expect(result.code).toBe(0);
    const name = copyName(url, 'pic', 'png');
    expect(await readFile(path.join(dir, folder, name))).toEqual(PNG);
    const text = await readFile(path.join(dir, 'site', file), 'utf8');
    expect(text.endsWith(`\n![Pic](${expected(name, url)})\n`)).toBe(true);
  });

  it('percent-encodes a folder name a Markdown link cannot hold', async () => {
    const server = await serve({ '/pic.png': image(PNG, 'image/png') });
    const url = `${server.base}/pic.png`;
    const dir = await exportWith(`![Pic](${url})\n`, url);
    const result = await runCli(
      [
        'migrate',
        'export.json',
        '--to',
        'markdown',
        '--out',
        'site',
        '--download-images',
        'site/my (old) images',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    const name = copyName(url, 'pic', 'png');
    expect(await readFile(path.join(dir, 'site/a-post.md'), 'utf8')).toBe(
      `---\ntitle: A post\ndate: 2025-01-02T03:04:05.000Z\ncover: ./my%20%28old%29%20images/${name}\n---\n\n![Pic](./my%20%28old%29%20images/${name})\n`,
    );
  });
});

describe('usage', () => {
  it.each([
    [
      ['--download-concurrency', '0'],
      'Unexpected `--download-concurrency 0`, expected a whole number from 1 to 32',
    ],
    [
      ['--download-concurrency', 'many'],
      'Unexpected `--download-concurrency many`, expected a whole number from 1 to 32',
    ],
    [['--download-images', ''], 'Missing folder for `--download-images`, expected `--download-images DIR`'],
  ])('%j exits 2', async (extra, message) => {
    const result = await runCli(
      ['migrate', 'x.json', '--to', 'hugo', '--out', 'o', '--download-images', 'img', ...extra],
      await temp(),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`hashnode-tidy: ${message}\nRun \`hashnode-tidy --help\` for usage.\n`);
  });

  it('refuses --download-concurrency without --download-images, and --download-images with check', async () => {
    const without = await runCli(
      ['migrate', 'x.json', '--to', 'hugo', '--out', 'o', '--download-concurrency', '2'],
      await temp(),
    );
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('Unexpected `--download-concurrency` without `--download-images DIR`');
    const check = await runCli(['check', '--download-images', 'img', 'x.md'], await temp());
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('Unexpected `--download-images` with `check`; it goes with `migrate`');
  });
});

it('exits 2 when the download folder cannot be made', async () => {
  const server = await serve({ '/ok.png': image(PNG, 'image/png') });
  const dir = await exportWith(`![Ok](${server.base}/ok.png)\n`);
  await writeJson(path.join(dir, 'taken'), 'a file, not a folder');
  const result = await runCli(
    ['migrate', 'export.json', '--to', 'markdown', '--out', 'out', '--download-images', 'taken/images'],
    dir,
  );
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^hashnode-tidy: taken\/images: cannot make the download folder \(ENOTDIR: /);
  expect(server.requests).toEqual([]);
  expect(await listFiles(dir)).toEqual(['export.json', 'taken']);
});
