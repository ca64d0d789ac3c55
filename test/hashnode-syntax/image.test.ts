import type { Image, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse, parsePlain, strip } from './parse.js';

function image(data: Partial<Image> & { attributes?: Record<string, string> }): Image {
  const { attributes, ...rest } = data;
  const node: Image = { type: 'image', url: '', alt: '', title: null, ...rest };
  if (attributes) node.data = { hashnode: { attributes } };
  return node;
}

function firstParagraph(value: string): Paragraph {
  const node = parse(value).children[0];
  if (node?.type !== 'paragraph') throw new Error('Expected a paragraph, got ' + node?.type);
  return node;
}

describe('images with attributes', () => {
  it('reads the Hashnode form with exact positions', () => {
    const value = '![](https://cdn.hashnode.com/res/a.png align="center")';
    expect(parse(value).children).toEqual([
      {
        type: 'paragraph',
        children: [
          {
            type: 'image',
            url: 'https://cdn.hashnode.com/res/a.png',
            alt: '',
            title: null,
            data: { hashnode: { attributes: { align: 'center' } } },
            position: {
              start: { line: 1, column: 1, offset: 0 },
              end: { line: 1, column: 55, offset: 54 },
            },
          },
        ],
        position: {
          start: { line: 1, column: 1, offset: 0 },
          end: { line: 1, column: 55, offset: 54 },
        },
      },
    ]);
  });

  it('positions an image in the middle of text', () => {
    const node = firstParagraph('See ![x](u align="left") here').children[1];
    expect(node?.position).toEqual({
      start: { line: 1, column: 5, offset: 4 },
      end: { line: 1, column: 25, offset: 24 },
    });
  });

  it.each([
    ['![](https://a.png align="left")', image({ url: 'https://a.png', attributes: { align: 'left' } })],
    ['![](https://a.png align="right")', image({ url: 'https://a.png', attributes: { align: 'right' } })],
    ['![]( align="center")', image({ attributes: { align: 'center' } })],
    ['![](align="center")', image({ attributes: { align: 'center' } })],
    ['![a [b] c](u align="center")', image({ url: 'u', alt: 'a [b] c', attributes: { align: 'center' } })],
    [
      '![a \\] \\* &amp; *b*](u align="center")',
      image({ url: 'u', alt: 'a ] * & *b*', attributes: { align: 'center' } }),
    ],
    ['![a](<u v> align="center")', image({ url: 'u v', alt: 'a', attributes: { align: 'center' } })],
    ['![a](<> align="center")', image({ alt: 'a', attributes: { align: 'center' } })],
    ['![a](u\\(1\\) align="center")', image({ url: 'u(1)', alt: 'a', attributes: { align: 'center' } })],
    ['![a](u(1) align="center")', image({ url: 'u(1)', alt: 'a', attributes: { align: 'center' } })],
    [
      '![a](u "A \\"title\\"" align="center")',
      image({ url: 'u', alt: 'a', title: 'A "title"', attributes: { align: 'center' } }),
    ],
    [
      "![a](u 't' align='center')",
      image({ url: 'u', alt: 'a', title: 't', attributes: { align: 'center' } }),
    ],
    [
      '![a](u  align="center"\twidth="300"  data-x="" )',
      image({ url: 'u', alt: 'a', attributes: { align: 'center', width: '300', 'data-x': '' } }),
    ],
    ['![a](u align="left" align="right")', image({ url: 'u', alt: 'a', attributes: { align: 'left' } })],
    ['![a](u title=\'say "hi"\')', image({ url: 'u', alt: 'a', attributes: { title: 'say "hi"' } })],
  ])('reads %s', (value, expected) => {
    expect(strip(firstParagraph(value).children)).toEqual([expected]);
  });

  it('keeps a line ending in the alt', () => {
    expect(strip(firstParagraph('![a\nb](u align="center")').children)).toEqual([
      image({ url: 'u', alt: 'a\nb', attributes: { align: 'center' } }),
    ]);
  });

  it.each([
    '![a](b)',
    '![a](b "t")',
    "![*a*](<b c> 't')",
    '![a]()',
    '![]( b )',
    '![a][ref]\n\n[ref]: u',
    '[![a](b)](c)',
    '![a](b "t" )',
  ])('leaves plain CommonMark %s alone', (value) => {
    expect(parse(value)).toEqual(parsePlain(value));
  });

  it('works inside a link', () => {
    const link = firstParagraph('[![](u align="center")](https://x)').children[0];
    expect(strip(link)).toEqual({
      type: 'link',
      url: 'https://x',
      title: null,
      children: [image({ url: 'u', attributes: { align: 'center' } })],
    });
    expect(link?.type === 'link' && link.children[0]?.position?.start.offset).toBe(1);
  });

  it('works in list items, block quotes and table cells', () => {
    const img = image({ url: 'u', alt: 'a', attributes: { align: 'center' } });
    const paragraph = { type: 'paragraph', children: [img] };
    expect(strip(parse('* ![a](u align="center")').children)).toEqual([
      {
        type: 'list',
        ordered: false,
        start: null,
        spread: false,
        children: [{ type: 'listItem', spread: false, checked: null, children: [paragraph] }],
      },
    ]);
    expect(strip(parse('> ![a](u align="center")').children)).toEqual([
      { type: 'blockquote', children: [paragraph] },
    ]);
    const table = parse('| a |\n| - |\n| ![a](u align="center") |').children[0];
    expect(table?.type === 'table' && strip(table.children[1]?.children[0]?.children)).toEqual([img]);
  });

  it('works in headings and emphasis', () => {
    const heading = parse('# *![a](u align="center")*').children[0];
    expect(strip(heading)).toEqual({
      type: 'heading',
      depth: 1,
      children: [
        { type: 'emphasis', children: [image({ url: 'u', alt: 'a', attributes: { align: 'center' } })] },
      ],
    });
  });

  it('works next to frontmatter and other images', () => {
    const tree = parse('---\ntitle: x\n---\n\n![a](b) ![c](d align="center")');
    expect(strip(tree.children[1])).toEqual({
      type: 'paragraph',
      children: [
        image({ url: 'b', alt: 'a' }),
        { type: 'text', value: ' ' },
        image({ url: 'd', alt: 'c', attributes: { align: 'center' } }),
      ],
    });
  });

  it.each([
    '![a](u align="center)',
    '![a](u align=center)',
    '![a](u align="center"',
    '![a](u align="center"x)',
    '![a](u "t" align="center" "t2")',
    '![a](u align="center"\n)',
    '![a](u align="cen\nter")',
    '![a align="center"](u',
    '![a](u align="center")'.replace(')', ''),
  ])('leaves malformed %j as text', (value) => {
    const tree = parse(value);
    const images: Array<unknown> = [];
    JSON.stringify(tree, (_key, field: { type?: string } | null) => {
      if (field?.type === 'image') images.push(field);
      return field;
    });
    expect(images).toEqual([]);
    expect(tree.children[0]?.type).toBe('paragraph');
  });
});
