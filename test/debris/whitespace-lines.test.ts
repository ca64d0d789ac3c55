import { describe, expect, it } from 'vitest';
import { runRule } from './helpers.js';

const run = (input: string) => runRule('whitespace-lines', input);

describe('whitespace-lines', () => {
  it('empties the line of four spaces Hashnode writes after list items', () => {
    expect(run('* one\n    \n* two\n    \n')).toEqual({
      text: '* one\n\n* two\n\n',
      found: [
        '2:1 Unexpected line of 4 spaces, expected an empty line',
        '4:1 Unexpected line of 4 spaces, expected an empty line',
      ],
    });
  });

  it('removes trailing spaces and tabs but keeps hard breaks', () => {
    expect(run('soft \nhard  \nbreak\t \n\nlast  \n')).toEqual({
      text: 'soft\nhard  \nbreak\n\nlast\n',
      found: [
        '1:5 Unexpected 1 space at the end of the line, expected nothing',
        '3:6 Unexpected 1 space and 1 tab at the end of the line, expected nothing',
        '5:5 Unexpected 2 spaces at the end of the line, expected nothing',
      ],
    });
  });

  it('keeps hard breaks in quotes, lists and setext headings', () => {
    for (const text of ['> a  \n> b\n', '- a  \n  b\n', 'a  \nb\n===\n'])
      expect(run(text)).toEqual({ text, found: [] });
  });

  it('leaves code, HTML, multi-line inline code and frontmatter alone', () => {
    const text = [
      '---',
      'text: |',
      '  keeps  ',
      '---',
      '',
      '```md',
      'a hard break  ',
      '   ',
      '```',
      '',
      '    indented code  ',
      '',
      '<pre>',
      'spaced   ',
      '</pre>',
      '',
      'Call `a  ',
      'b` here.',
      '',
    ].join('\n');
    expect(run(text)).toEqual({ text, found: [] });
  });

  it('handles CRLF read as it is, and a last line with no line ending', () => {
    expect(run('a \r\nb  ').text).toBe('a\r\nb');
  });

  it('handles a line of 100 000 spaces', () => {
    const spaces = ' '.repeat(100_000);
    expect(run(`a\n${spaces}\nb${spaces}x${spaces}\n`).text).toBe(`a\n\nb${spaces}x\n`);
  });
});
