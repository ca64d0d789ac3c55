import { describe, expect, it } from 'vitest';
import { collectImages, scanHtml } from '../../src/images/index.js';
import { createProcessor } from '../../src/pipeline/processor.js';

const collect = (text: string) => collectImages(createProcessor().parse(text), text);

describe('collectImages', () => {
  it('lists every kind of image in source order, with its place and section', () => {
    const text = [
      '---', // 1
      'title: x', // 2
      '---', // 3
      '', // 4
      '## Shots', // 5
      '', // 6
      '![Plain](https://x.dev/plain.png)', // 7
      '', // 8
      '[![](https://x.dev/hashnode.png align="center")](https://x.dev)', // 9
      '', // 10
      '## Explained', // 11
      '', // 12
      'The chart ![Chart][chart] and <img src="https://x.dev/html.png?a=1&amp;b=2" alt="HTML &amp; more">.', // 13
      '', // 14
      '![](https://x.dev/broken.png align=center)', // 15
      '', // 16
      '[chart]: https://x.dev/chart.png', // 17
      '', // 18
    ].join('\n');
    expect(collect(text)).toEqual([
      {
        url: 'https://x.dev/plain.png',
        alt: 'Plain',
        line: 7,
        column: 1,
        inImageOnlySection: true,
        kind: 'markdown',
      },
      {
        url: 'https://x.dev/hashnode.png',
        alt: '',
        line: 9,
        column: 2,
        inImageOnlySection: true,
        kind: 'hashnode',
      },
      {
        url: 'https://x.dev/chart.png',
        alt: 'Chart',
        line: 13,
        column: 11,
        inImageOnlySection: false,
        kind: 'reference',
      },
      {
        url: 'https://x.dev/html.png?a=1&b=2',
        alt: 'HTML & more',
        line: 13,
        column: 31,
        inImageOnlySection: false,
        kind: 'html',
      },
      {
        url: 'https://x.dev/broken.png',
        alt: '',
        line: 15,
        column: 1,
        inImageOnlySection: false,
        kind: 'broken',
      },
    ]);
  });

  it('lists images in a heading, which are not the section content', () => {
    expect(collect('## ![logo](https://x.dev/l.png) Intro\n\n![](https://x.dev/a.png)\n')).toMatchObject([
      { url: 'https://x.dev/l.png', inImageOnlySection: false },
      { url: 'https://x.dev/a.png', inImageOnlySection: true },
    ]);
  });

  it('does not change the tree or need a file', () => {
    const text = '# A\n\n![a](https://x.dev/a.png)\n';
    const tree = createProcessor().parse(text);
    const before = JSON.stringify(tree);
    expect(collectImages(tree, text)).toHaveLength(1);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('returns nothing for a post with no images', () => {
    expect(collect('# Title\n\nJust text.\n')).toEqual([]);
  });

  it('finishes on 10 000 images', () => {
    const text = '![](https://x.dev/a.png align="center")\n\n'.repeat(10_000);
    expect(collect(text)).toHaveLength(10_000);
  });
});

describe('scanHtml', () => {
  it('reads images, text and media, skipping comments and scripts', () => {
    const html =
      '<!-- <img src="hidden.png"> --><p><img alt=\'A\' src=a.png><script>var x = 1;</script></p><video></video>';
    expect(scanHtml(html, 100)).toEqual({
      images: [{ url: 'a.png', alt: 'A', hasAlt: true, start: 134, end: 157 }],
      text: false,
      media: true,
      first: '<p>',
    });
  });

  it.each([
    ['unclosed quotes', '<img src="'.repeat(20_000)],
    ['unclosed tags', '<a '.repeat(50_000)],
    ['unclosed comments', '<!--'.repeat(50_000)],
  ])('finishes on %s', (_name, html) => {
    expect(scanHtml(html, 0).images).toEqual([]);
  });
});
