import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { destinationRange } from '../../src/migrate/images/locate.js';
import { hashOfFileName, imageFileName } from '../../src/migrate/images/naming.js';
import { retryAfterMs, withRetries } from '../../src/migrate/images/retry.js';
import type { Attempt } from '../../src/migrate/images/fetch-image.js';

const hash = (url: string) => createHash('sha256').update(url).digest('hex').slice(0, 12);

describe('imageFileName', () => {
  it.each([
    ['https://cdn.hashnode.com/res/hashnode/image/upload/v1/Ab_C-1.png', 'image/png', 'ab_c-1.png'],
    // The URL's extension is kept when the server agrees with it, else the served type wins.
    ['https://cdn.example/a/photo.JPEG', 'image/jpeg', 'photo.jpeg'],
    ['https://cdn.example/a/photo.png?format=webp', 'image/webp', 'photo.webp'],
    ['https://cdn.example/a/photo.png', 'image/x-unknown', 'photo.png'],
    ['https://cdn.example/a/photo', 'image/svg+xml; charset=utf-8', 'photo.svg'],
    ['https://cdn.example/a/photo', 'image/x-unknown', 'photo.img'],
    ['https://cdn.example/a/%C3%A9t%C3%A9%20%E2%80%94%20plage.gif', 'image/gif', 'ete-plage.gif'],
    ['https://cdn.example/', 'image/png', 'image.png'],
    ['https://cdn.example/..%2F..%2Fetc%2Fpasswd', 'image/png', 'etc-passwd.png'],
    ['https://cdn.example/a/%E0%A4.png', 'image/png', 'e0-a4.png'],
    [`https://cdn.example/${'x'.repeat(80)}.png`, 'image/png', `${'x'.repeat(48)}.png`],
  ])('%s served as %s is <hash>-%s', (url, type, rest) => {
    expect(imageFileName(url, type)).toBe(`${hash(url)}-${rest}`);
  });

  it('reads the hash back from a copy, and not from other files', () => {
    expect(hashOfFileName('0123456789ab-photo.png')).toBe('0123456789ab');
    expect(hashOfFileName('.0123456789ab-photo.png.a1b2c3.tmp')).toBeUndefined();
    expect(hashOfFileName('photo.png')).toBeUndefined();
  });
});

describe('destinationRange', () => {
  const find = (source: string, url: string, kind: 'image' | 'definition') => {
    const range = destinationRange(source, { start: 0, end: source.length }, url, kind);
    return range && [range.start, source.slice(range.start, range.end), source.slice(range.end)];
  };

  it('finds the destination after the alt text, even when alt and title repeat the URL', () => {
    expect(find('![a.png](a.png "a.png")', 'a.png', 'image')).toEqual([9, 'a.png', ' "a.png")']);
    expect(find('![x](<a b.png> "t")', 'a b.png', 'image')).toEqual([6, 'a b.png', '> "t")']);
    expect(find('![x](a.png align="center")', 'a.png', 'image')).toEqual([5, 'a.png', ' align="center")']);
  });

  it('finds the destination of a definition', () => {
    expect(find('[a.png]: a.png "a.png"', 'a.png', 'definition')).toEqual([9, 'a.png', ' "a.png"']);
  });

  it('leaves a URL the source writes with escapes or character references', () => {
    expect(find('![x](a\\_b.png)', 'a_b.png', 'image')).toBeUndefined();
    expect(find('![x](a&amp;b.png)', 'a&b.png', 'image')).toBeUndefined();
  });
});

describe('retries', () => {
  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(
      5000,
    );
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 08:00:00 GMT'))).toBe(
      0,
    );
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });

  it('waits 1, 2, 4 times the first delay between attempts, and not after a final failure', async () => {
    const waits: number[] = [];
    const answers: Attempt[] = [
      { ok: false, reason: 'HTTP 502 Bad Gateway', retry: true },
      { ok: false, reason: 'network error (ECONNRESET)', retry: true },
      { ok: false, reason: 'HTTP 500', retry: true },
      { ok: false, reason: 'HTTP 500', retry: true },
    ];
    const result = await withRetries(
      async () => answers.shift()!,
      { retries: 3, retryDelayMs: 100, maxRetryAfterMs: 1000 },
      async (ms) => waits.push(ms),
    );
    expect(result).toEqual({ ok: false, reason: 'HTTP 500 (4 attempts)', retry: true });
    expect(waits).toEqual([100, 200, 400]);
    const final = await withRetries(
      async () => ({ ok: false, reason: 'HTTP 404 Not Found', retry: false }),
      { retries: 3, retryDelayMs: 100, maxRetryAfterMs: 1000 },
      async (ms) => waits.push(ms),
    );
    expect(final).toEqual({ ok: false, reason: 'HTTP 404 Not Found', retry: false });
    expect(waits).toEqual([100, 200, 400]);
  });
});
