import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, type MigrateOptions } from '../../src/migrate/index.js';
import type { MigrateProgress } from '../../src/migrate/types.js';
import { useTempDir } from '../helpers.js';
import { exportPost, listFiles, readTree, writeJson } from './helpers.js';
import { image, JPEG, PNG, useImageServer, type Route } from './image-server.js';

const temp = useTempDir();
const serve = useImageServer();

/** Short waits, so failures that retry stay fast. */
const FAST = { retryDelayMs: 5, timeoutMs: 2_000 };

/** The name a copy gets: the URL's SHA-256 (12 hex digits), the cleaned base name, the extension. */
function copyName(url: string, base: string, extension: string): string {
  return `${createHash('sha256').update(url).digest('hex').slice(0, 12)}-${base}.${extension}`;
}

/** Writes an export with these posts and migrates it to `out/` with images in `out/images`. */
async function run(dir: string, posts: unknown[], options: Partial<MigrateOptions> = {}) {
  await writeJson(path.join(dir, 'export.json'), { posts });
  return migrate({
    input: 'export.json',
    target: 'markdown',
    out: 'out',
    cwd: dir,
    downloadImages: 'out/images',
    downloadLimits: FAST,
    ...options,
  });
}

const post = (slug: string, contentMarkdown: string, fields: Record<string, unknown> = {}) =>
  exportPost({ slug, title: slug, contentMarkdown, ...fields });

describe('--download-images', () => {
  it('downloads Markdown, Hashnode and reference images and the cover, changing only their URLs', async () => {
    const server = await serve({
      '/img/diagram.png': image(PNG, 'image/png'),
      '/img/Photo%20Of%20Me.JPG': image(JPEG, 'image/jpeg'),
      '/img/logo': image(PNG, 'image/png; charset=binary'),
      '/img/cover.png': image(PNG, 'image/png'),
    });
    const url = (name: string) => `${server.base}/img/${name}`;
    const dir = await temp();
    const report = await run(dir, [
      post(
        'a-post',
        [
          'Intro *text*.',
          '',
          `![Diagram](${url('diagram.png')} align="center")`,
          '',
          `![Me](${url('Photo%20Of%20Me.JPG')} "Taken at ${url('Photo%20Of%20Me.JPG')}")`,
          '',
          '![Logo][logo] and a [link](https://example.com/page).',
          '',
          '```md',
          `![In code](${url('diagram.png')})`,
          '```',
          '',
          `[logo]: ${url('logo')}`,
          '',
        ].join('\n'),
        { coverImage: url('cover.png') },
      ),
    ]);
    const names = {
      cover: copyName(url('cover.png'), 'cover', 'png'),
      diagram: copyName(url('diagram.png'), 'diagram', 'png'),
      photo: copyName(url('Photo%20Of%20Me.JPG'), 'photo-of-me', 'jpg'),
      logo: copyName(url('logo'), 'logo', 'png'),
    };
    expect(await readFile(path.join(dir, 'out/a-post.md'), 'utf8')).toBe(
      [
        '---',
        'title: a-post',
        'date: 2025-01-02T03:04:05.000Z',
        `cover: ./images/${names.cover}`,
        '---',
        '',
        'Intro *text*.',
        '',
        `![Diagram](./images/${names.diagram})`,
        '',
        `![Me](./images/${names.photo} "Taken at ${url('Photo%20Of%20Me.JPG')}")`,
        '',
        '![Logo][logo] and a [link](https://example.com/page).',
        '',
        '```md',
        `![In code](${url('diagram.png')})`,
        '```',
        '',
        `[logo]: ./images/${names.logo}`,
        '',
      ].join('\n'),
    );
    expect(await listFiles(dir)).toEqual(
      ['export.json', 'out/a-post.md', ...Object.values(names).map((name) => `out/images/${name}`)].sort(),
    );
    expect(await readFile(path.join(dir, 'out/images', names.photo))).toEqual(JPEG);
    expect(await readFile(path.join(dir, 'out/images', names.logo))).toEqual(PNG);
    expect(report.images).toEqual({
      dir: 'out/images',
      fetched: [
        {
          url: url('cover.png'),
          file: names.cover,
          bytes: PNG.byteLength,
          sources: ['export.json#posts[0]'],
        },
        {
          url: url('diagram.png'),
          file: names.diagram,
          bytes: PNG.byteLength,
          sources: ['export.json#posts[0]'],
        },
        {
          url: url('Photo%20Of%20Me.JPG'),
          file: names.photo,
          bytes: JPEG.byteLength,
          sources: ['export.json#posts[0]'],
        },
        { url: url('logo'), file: names.logo, bytes: PNG.byteLength, sources: ['export.json#posts[0]'] },
      ],
      reused: [],
      failed: [],
      planned: [],
    });
    expect(report.problems).toEqual([]);
  });

  it('fetches an image shown by two posts once, and a second run fetches nothing and writes the same bytes', async () => {
    const server = await serve({ '/shared.png': image(PNG, 'image/png') });
    const shared = `${server.base}/shared.png`;
    const dir = await temp();
    const posts = [
      post('one', `![One](${shared})\n`),
      post('two', `Text.\n\n![Two](${shared})\n`, { coverImage: shared }),
    ];
    const first = await run(dir, posts);
    expect(server.requests).toEqual(['/shared.png']);
    const name = copyName(shared, 'shared', 'png');
    expect(first.images?.fetched).toEqual([
      {
        url: shared,
        file: name,
        bytes: PNG.byteLength,
        sources: ['export.json#posts[0]', 'export.json#posts[1]'],
      },
    ]);
    const tree = await readTree(path.join(dir, 'out'));
    expect(tree).toEqual({
      [`images/${name}`]: PNG.toString(),
      'one.md': `---\ntitle: one\ndate: 2025-01-02T03:04:05.000Z\n---\n\n![One](./images/${name})\n`,
      'two.md': `---\ntitle: two\ndate: 2025-01-02T03:04:05.000Z\ncover: ./images/${name}\n---\n\nText.\n\n![Two](./images/${name})\n`,
    });

    const second = await run(dir, posts);
    expect(server.requests).toEqual(['/shared.png']);
    expect(second.images).toEqual({
      dir: 'out/images',
      fetched: [],
      reused: [{ url: shared, file: name, sources: ['export.json#posts[0]', 'export.json#posts[1]'] }],
      failed: [],
      planned: [],
    });
    expect(await readTree(path.join(dir, 'out'))).toEqual(tree);
    expect(await readFile(path.join(dir, 'out/images', name))).toEqual(PNG);
  });

  it('keeps the URL of an image that is not found, and lists it as failed without retrying', async () => {
    const server = await serve({});
    const missing = `${server.base}/gone.png`;
    const dir = await temp();
    const report = await run(dir, [post('a-post', `Text.\n\n![Gone](${missing} align="center")\n`)]);
    expect(server.requests).toEqual(['/gone.png']);
    expect(report.images?.failed).toEqual([
      { url: missing, reason: 'HTTP 404 Not Found', sources: ['export.json#posts[0]'] },
    ]);
    expect(await readTree(path.join(dir, 'out'))).toEqual({
      'a-post.md': `---\ntitle: a-post\ndate: 2025-01-02T03:04:05.000Z\n---\n\nText.\n\n![Gone](${missing})\n`,
    });
  });

  it('retries a 500 and gets the image on the second request', async () => {
    const flaky: Route = (response, count) => {
      if (count === 1) {
        response.writeHead(500);
        response.end('oops');
      } else image(PNG, 'image/png')(response, count, undefined as never);
    };
    const server = await serve({ '/flaky.png': flaky });
    const report = await run(await temp(), [post('a-post', `![Flaky](${server.base}/flaky.png)\n`)]);
    expect(server.requests).toEqual(['/flaky.png', '/flaky.png']);
    expect(report.images?.fetched.map((copy) => copy.file)).toEqual([
      copyName(`${server.base}/flaky.png`, 'flaky', 'png'),
    ]);
    expect(report.images?.failed).toEqual([]);
  });

  it('gives up on a 500 after the retries, with exponential waits', async () => {
    const server = await serve({
      '/down.png': (response) => {
        response.writeHead(503);
        response.end();
      },
    });
    const report = await run(await temp(), [post('a-post', `![Down](${server.base}/down.png)\n`)], {
      downloadLimits: { retries: 2, retryDelayMs: 40 },
    });
    expect(report.images?.failed.map((failure) => failure.reason)).toEqual([
      'HTTP 503 Service Unavailable (3 attempts)',
    ]);
    const [first, second, third] = server.times.get('/down.png')!;
    expect(second! - first!).toBeGreaterThanOrEqual(35);
    expect(third! - second!).toBeGreaterThanOrEqual(75);
  });

  it('waits as long as a 429 says in Retry-After', async () => {
    const limited: Route = (response, count) => {
      if (count === 1) {
        response.writeHead(429, { 'retry-after': '1' });
        response.end();
      } else image(PNG, 'image/png')(response, count, undefined as never);
    };
    const server = await serve({ '/limited.png': limited });
    const report = await run(await temp(), [post('a-post', `![Limited](${server.base}/limited.png)\n`)]);
    expect(report.images?.fetched).toHaveLength(1);
    const [first, second] = server.times.get('/limited.png')!;
    expect(second! - first!).toBeGreaterThanOrEqual(950);
  });

  it('fails at once when Retry-After asks for a longer wait than it allows', async () => {
    const server = await serve({
      '/later.png': (response) => {
        response.writeHead(429, { 'retry-after': '3600' });
        response.end();
      },
    });
    const report = await run(await temp(), [post('a-post', `![Later](${server.base}/later.png)\n`)]);
    expect(server.requests).toEqual(['/later.png']);
    expect(report.images?.failed.map((failure) => failure.reason)).toEqual([
      'HTTP 429 Too Many Requests, Retry-After 3600 s is longer than the 30 s it waits',
    ]);
  });

  it('follows a redirect, and stops cleanly at a redirect loop or a redirect off the web', async () => {
    const redirect =
      (location: string): Route =>
      (response) => {
        response.writeHead(302, { location });
        response.end();
      };
    const server = await serve({
      '/old.png': redirect('/new.png'),
      '/new.png': image(PNG, 'image/png'),
      '/loop-a.png': redirect('/loop-b.png'),
      '/loop-b.png': redirect('/loop-a.png'),
      '/to-file.png': redirect('file:///etc/passwd'),
    });
    const report = await run(await temp(), [
      post(
        'a-post',
        ['old', 'loop-a', 'to-file'].map((name) => `![x](${server.base}/${name}.png)`).join('\n\n'),
      ),
    ]);
    expect(report.images?.fetched.map((copy) => copy.file)).toEqual([
      copyName(`${server.base}/old.png`, 'old', 'png'),
    ]);
    expect(report.images?.failed.map(({ url, reason }) => ({ url, reason }))).toEqual([
      { url: `${server.base}/loop-a.png`, reason: `redirect loop back to \`${server.base}/loop-a.png\`` },
      {
        url: `${server.base}/to-file.png`,
        reason: 'redirect to `file:///etc/passwd`; only http and https are followed',
      },
    ]);
    expect(server.requests.filter((request) => request.startsWith('/loop'))).toEqual([
      '/loop-a.png',
      '/loop-b.png',
    ]);
  });

  it('stops after the redirect cap', async () => {
    const hops: Record<string, Route> = {};
    for (let hop = 0; hop < 8; hop++) {
      hops[`/hop${hop}.png`] = (response) => {
        response.writeHead(301, { location: `/hop${hop + 1}.png` });
        response.end();
      };
    }
    const server = await serve(hops);
    const report = await run(await temp(), [post('a-post', `![x](${server.base}/hop0.png)\n`)]);
    expect(report.images?.failed.map((failure) => failure.reason)).toEqual(['more than 5 redirects']);
    expect(server.requests).toHaveLength(6);
  });

  it('times out on a server that does not answer, after its retries', async () => {
    const server = await serve({ '/slow.png': () => undefined });
    const started = Date.now();
    const report = await run(await temp(), [post('a-post', `![Slow](${server.base}/slow.png)\n`)], {
      downloadLimits: { timeoutMs: 150, retries: 1, retryDelayMs: 5 },
    });
    expect(report.images?.failed.map((failure) => failure.reason)).toEqual([
      'no complete answer within 0.15 s (2 attempts)',
    ]);
    expect(server.requests).toEqual(['/slow.png', '/slow.png']);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses an HTML page where an image was expected', async () => {
    const server = await serve({
      '/page.png': (response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><title>Sign in</title>');
      },
    });
    const dir = await temp();
    const report = await run(dir, [post('a-post', `![Page](${server.base}/page.png)\n`)]);
    expect(server.requests).toEqual(['/page.png']);
    expect(report.images?.failed.map((failure) => failure.reason)).toEqual([
      'served as `text/html; charset=utf-8`, not as an image',
    ]);
    expect(await listFiles(path.join(dir, 'out'))).toEqual(['a-post.md']);
  });

  it('refuses a 100 MB image by its Content-Length under the default 20 MB limit, without reading it', async () => {
    const server = await serve({
      '/huge.png': (response) => {
        response.writeHead(200, { 'content-type': 'image/png', 'content-length': 100 * 1024 * 1024 });
        response.write(PNG);
      },
    });
    const dir = await temp();
    const report = await run(dir, [post('a-post', `![Huge](${server.base}/huge.png)\n`)], {
      downloadLimits: {},
    });
    expect(report.images?.failed.map((failure) => failure.reason)).toEqual([
      '100 MB, larger than the 20 MB limit',
    ]);
    expect(server.requests).toEqual(['/huge.png']);
    expect(await listFiles(path.join(dir, 'out'))).toEqual(['a-post.md']);
  });

  it('stops reading an image without Content-Length once it passes the limit, and writes nothing', async () => {
    let sent = 0;
    const server = await serve({
      '/endless.png': (response) => {
        response.writeHead(200, { 'content-type': 'image/png' });
        const chunk = Buffer.alloc(1024, 7);
        const timer = setInterval(() => {
          sent += chunk.byteLength;
          if (!response.write(chunk) || sent >= 1024 * 1024) clearInterval(timer);
        }, 1);
        response.on('close', () => clearInterval(timer));
      },
    });
    const dir = await temp();
    const report = await run(dir, [post('a-post', `![Endless](${server.base}/endless.png)\n`)], {
      downloadLimits: { ...FAST, maxBytes: 8 * 1024 },
    });
    expect(report.images?.failed.map((failure) => failure.reason)).toEqual(['larger than the 8 KB limit']);
    expect(sent).toBeLessThan(1024 * 1024);
    expect(await listFiles(path.join(dir, 'out'))).toEqual(['a-post.md']);
  });

  it('never reads a file: URL or a local path, and warns that they are left as they are', async () => {
    const server = await serve({});
    const dir = await temp();
    await writeFile(path.join(dir, 'secret.png'), 'not to be copied');
    const fileUrl = `file://${path.join(dir, 'secret.png')}`;
    const body = `![File](${fileUrl})\n\n![Local](secret.png)\n\n![Data](data:image/png;base64,iVBORw0KGgo=)\n`;
    const report = await run(dir, [post('a-post', body, { coverImage: '../secret.png' })]);
    expect(server.requests).toEqual([]);
    expect(report.warnings).toEqual([
      {
        source: 'export.json#posts[0]',
        message:
          'Image `../secret.png` left as it is: a local path is not read, only http and https images are downloaded',
      },
      {
        source: 'export.json#posts[0]',
        message: `Image \`${fileUrl}\` left as it is: only http and https images are downloaded`,
      },
      {
        source: 'export.json#posts[0]',
        message:
          'Image `secret.png` left as it is: a local path is not read, only http and https images are downloaded',
      },
      {
        source: 'export.json#posts[0]',
        message:
          'Image `data:image/png;base64,iVBORw0KGgo=` left as it is: only http and https images are downloaded',
      },
    ]);
    expect(await readTree(path.join(dir, 'out'))).toEqual({
      'a-post.md': `---\ntitle: a-post\ndate: 2025-01-02T03:04:05.000Z\ncover: ../secret.png\n---\n\n${body}`,
    });
    expect(report.images).toEqual({ dir: 'out/images', fetched: [], reused: [], failed: [], planned: [] });
  });

  it('downloads nothing and writes nothing with dryRun, and says what it would download', async () => {
    const server = await serve({ '/a.png': image(PNG, 'image/png') });
    const dir = await temp();
    const report = await run(dir, [post('a-post', `![A](${server.base}/a.png)\n`)], {
      dryRun: true,
      downloadImages: 'images',
    });
    expect(server.requests).toEqual([]);
    expect(await listFiles(dir)).toEqual(['export.json']);
    expect(report.images).toEqual({
      dir: 'images',
      fetched: [],
      reused: [],
      failed: [],
      planned: [{ url: `${server.base}/a.png`, sources: ['export.json#posts[0]'] }],
    });
  });

  it('takes no leftover temporary file for a copy', async () => {
    const server = await serve({ '/a.png': image(PNG, 'image/png') });
    const dir = await temp();
    const name = copyName(`${server.base}/a.png`, 'a', 'png');
    await mkdir(path.join(dir, 'out/images'), { recursive: true });
    await writeFile(path.join(dir, 'out/images', `.${name}.0123456789ab.tmp`), 'half');
    const report = await run(dir, [post('a-post', `![A](${server.base}/a.png)\n`)]);
    expect(server.requests).toEqual(['/a.png']);
    expect(report.images?.fetched.map((copy) => copy.file)).toEqual([name]);
    expect(await readFile(path.join(dir, 'out/images', name))).toEqual(PNG);
  });

  it('downloads at most `concurrency` images at a time and reports each as progress', async () => {
    let open = 0;
    let most = 0;
    const slowImage: Route = (response) => {
      open++;
      most = Math.max(most, open);
      setTimeout(() => {
        open--;
        image(PNG, 'image/png')(response, 1, undefined as never);
      }, 30);
    };
    const names = ['a', 'b', 'c', 'd', 'e'];
    const server = await serve(Object.fromEntries(names.map((name) => [`/${name}.png`, slowImage])));
    const events: MigrateProgress[] = [];
    const report = await run(
      await temp(),
      [post('a-post', names.map((name) => `![${name}](${server.base}/${name}.png)`).join('\n\n'))],
      { downloadLimits: { ...FAST, concurrency: 2 }, onProgress: (event) => events.push(event) },
    );
    expect(report.images?.fetched).toHaveLength(5);
    expect(most).toBe(2);
    expect(
      events.filter((event) => event.step === 'download').map(({ done, total }) => `${done}/${total}`),
    ).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(events.map((event) => event.step)).toEqual(['tidy', ...names.map(() => 'download'), 'write']);
  });
});
