import { describe, expect, it } from 'vitest';
import { parse, strip } from './parse.js';

describe('embeds and widgets', () => {
  it('reads an embed at the root with its position', () => {
    expect(parse('%[https://www.youtube.com/watch?v=x]').children).toEqual([
      {
        type: 'hashnodeEmbed',
        url: 'https://www.youtube.com/watch?v=x',
        position: {
          start: { line: 1, column: 1, offset: 0 },
          end: { line: 1, column: 37, offset: 36 },
        },
      },
    ]);
  });

  it('reads a widget', () => {
    expect(strip(parse('%%[links]').children)).toEqual([{ type: 'hashnodeWidget', name: 'links' }]);
  });

  it('reads embeds between paragraphs', () => {
    expect(strip(parse('a\n\n%[https://x]\n\n  %%[w]  \n\nb').children)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'a' }] },
      { type: 'hashnodeEmbed', url: 'https://x' },
      { type: 'hashnodeWidget', name: 'w' },
      { type: 'paragraph', children: [{ type: 'text', value: 'b' }] },
    ]);
  });

  it('reads an embed in a block quote, with trailing spaces', () => {
    const tree = parse('> %[https://x] ');
    expect(strip(tree.children)).toEqual([
      { type: 'blockquote', children: [{ type: 'hashnodeEmbed', url: 'https://x' }] },
    ]);
    const quote = tree.children[0];
    expect(quote?.type === 'blockquote' && quote.children[0]?.position).toEqual({
      start: { line: 1, column: 3, offset: 2 },
      end: { line: 1, column: 15, offset: 14 },
    });
  });

  it('reads an embed in a list item', () => {
    expect(strip(parse('* %[https://x]\n* %%[w]').children)).toEqual([
      {
        type: 'list',
        ordered: false,
        start: null,
        spread: false,
        children: [
          {
            type: 'listItem',
            spread: false,
            checked: null,
            children: [{ type: 'hashnodeEmbed', url: 'https://x' }],
          },
          {
            type: 'listItem',
            spread: false,
            checked: null,
            children: [{ type: 'hashnodeWidget', name: 'w' }],
          },
        ],
      },
    ]);
  });

  it('accepts CRLF line endings', () => {
    expect(strip(parse('%[https://x]\r\n%%[w] \r\n').children)).toEqual([
      { type: 'hashnodeEmbed', url: 'https://x' },
      { type: 'hashnodeWidget', name: 'w' },
    ]);
  });

  it('keeps `]` inside the value when it is not last', () => {
    expect(strip(parse('%[https://x/a[1]]').children)).toEqual([
      { type: 'hashnodeEmbed', url: 'https://x/a[1]' },
    ]);
  });

  it('ends a paragraph when alone on the next line', () => {
    expect(strip(parse('a\n%[https://x]').children)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'a' }] },
      { type: 'hashnodeEmbed', url: 'https://x' },
    ]);
  });

  it.each([
    'a %[https://x] b',
    'a %[https://x]',
    '%[https://x] b',
    '%[https://x',
    '%[',
    '%[]',
    '%[a b]',
    '%%%[w]',
    '% [x]',
    '%[x]] y',
  ])('leaves %j as text', (value) => {
    expect(strip(parse(value).children)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value }] },
    ]);
  });

  it('treats an indented embed as code', () => {
    expect(strip(parse('    %[https://x]').children)).toEqual([
      { type: 'code', lang: null, meta: null, value: '%[https://x]' },
    ]);
  });
});
