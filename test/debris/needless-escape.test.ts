import { describe, expect, it } from 'vitest';
import { runRule } from './helpers.js';

const run = (input: string) => runRule('needless-escape', input);

describe('needless-escape', () => {
  it('removes escapes that change nothing', () => {
    expect(run('snake\\_case, step 1\\. of 3, a \\# b, \\*args, x \\- y, \\[draft\\], \\(a\\)\n')).toEqual({
      text: 'snake_case, step 1. of 3, a # b, *args, x - y, [draft], (a)\n',
      found: [
        '1:6 Unexpected needless escape `\\_`, expected `_`',
        '1:20 Unexpected needless escape `\\.`, expected `.`',
        '1:31 Unexpected needless escape `\\#`, expected `#`',
        '1:37 Unexpected needless escape `\\*`, expected `*`',
        '1:47 Unexpected needless escape `\\-`, expected `-`',
        '1:53 Unexpected needless escape `\\[`, expected `[`',
        '1:60 Unexpected needless escape `\\]`, expected `]`',
        '1:64 Unexpected needless escape `\\(`, expected `(`',
        '1:67 Unexpected needless escape `\\)`, expected `)`',
      ],
    });
  });

  it('works in headings, lists, quotes and tables', () => {
    expect(run('## snake\\_case\n\n- a\\_b\n\n> c\\_d\n> e\\_f\n\n| a\\_b | c |\n| - | - |\n').text).toBe(
      '## snake_case\n\n- a_b\n\n> c_d\n> e_f\n\n| a_b | c |\n| - | - |\n',
    );
  });

  it.each([
    [
      'at the start of a line',
      '\\# not a heading\n\n1\\. not a list\n\n\\- not a list\n\n\\+ no\n\ntext\n\\- no\n',
    ],
    ['pairing emphasis', 'a \\*not emphasis*, __init\\_\\_ and \\~~no strike~~\n'],
    ['forming a link', 'see [text\\](https://example.com) and [ref\\]\n\n[ref]: https://example.com\n'],
    ['in a table cell', '| a \\| b |\n| - |\n'],
    ['in inline code', 'use `a\\_b` and ``c\\*d``\n'],
    ['in fenced code', '```\nsnake\\_case 1\\. \\#\n```\n'],
    ['in link destinations', '[a](https://example.com/a\\_b "t\\_t") ![i](https://x.dev/a\\_b.png)\n'],
    [
      'in autolinks and URLs',
      '<https://example.com/a\\_b> and https://example.com/a\\_b and www.x.com/a\\_b\n',
    ],
    ['in HTML', '<span title="a\\_b">x</span>\n\n<div>\nsnake\\_case\n</div>\n'],
    ['a backslash before a backslash', 'C:\\\\Users\\\\me\n'],
    ['entities', 'AT\\&amp;T\n'],
    ['a hard break', 'a\\\nb\n'],
  ])('keeps escapes %s', (_name, text) => {
    expect(run(text)).toEqual({ text, found: [] });
  });

  it('removes only one of a pair that is needless one at a time', () => {
    expect(run('b \\*a\\* c\n').text).toBe('b *a\\* c\n');
  });

  it('removes what is needless next to what is needed', () => {
    expect(run('\\# title with snake\\_case\n').text).toBe('\\# title with snake_case\n');
  });
});
