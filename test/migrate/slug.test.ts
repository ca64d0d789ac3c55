import { describe, expect, it } from 'vitest';
import { safeSlug, SlugRegistry } from '../../src/migrate/slug.js';

describe('safeSlug', () => {
  it.each([
    ['plain-slug', 'plain-slug'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a\\b', 'a-b'],
    ['what?: "quoted"', 'what-quoted'],
    ['AUX', 'AUX-post'],
    ['lpt9.md', 'lpt9.md-post'],
    ['.hidden', 'hidden'],
    ['', 'fallback'],
    ['...', 'fallback'],
  ])('%j becomes %j', (input, expected) => {
    expect(safeSlug(input, 'fallback').slug).toBe(expected);
  });

  it('says nothing when the slug is kept', () => {
    expect(safeSlug('ok', 'x').reason).toBeUndefined();
  });
});

describe('SlugRegistry', () => {
  it('numbers repeats from 2, ignoring case', () => {
    const registry = new SlugRegistry();
    expect(['a', 'a', 'A', 'a-2'].map((slug) => registry.claim(slug).slug)).toEqual([
      'a',
      'a-2',
      'A-3',
      'a-2-2',
    ]);
  });
});
