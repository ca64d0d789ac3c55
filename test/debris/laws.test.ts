import { describe, expect, it } from 'vitest';
import { checkDebrisLaws, normalize } from '../../src/text/debris-laws.js';
import { parseMarkdown, treeKey } from '../../src/text/parse-markdown.js';

/** Small deterministic generator (mulberry32): the same posts on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces of real-looking posts, with the debris the rules are about and the look-alikes they must keep. */
const BLOCKS = [
  'Docker\u00A0images are layers.\u200B',
  'Run the con\u00ADtainer and\u2060check the logs.',
  '* Install the CLI\n    \n* Log in   \n    \n* Deploy',
  '1. First\n    \n2. Second\n    ',
  'Use snake\\_case names, step 1\\. of 3, a \\# b and \\*args \\- see \\[notes\\].',
  '\\# not a heading, 1\\. kept, \\*kept emphasis*',
  '## **Getting started**',
  '### 🚀 **Deploy** ✨',
  '## **Step 1**: install',
  'A hard break  \nstays here.',
  'Trailing spaces here.   ',
  '```python\ndef f():\u00A0\n    return "a\\_b"  \n   \n```',
  '    indented code\u200B  ',
  '`a\\_b` and `x\u00A0y` in code',
  '[a link](https://example.com/a\\_b) and <https://example.com/c\\_d> and https://example.com/e\\_f',
  '<div title="a\\_b">\nsnake\\_case\u00A0  \n</div>',
  'من می\u200Cخواهم — क्\u200Dष — Bonjour\u00A0! «\u00A0Oui\u00A0» 10\u00A0km',
  'Team 🧑\u200D💻 and 👨\u200D👩\u200D👧',
  '| a\\_b | c \\| d |\n| --- | --- |\n| 1\u00A0000 | x\u200B |',
  '> quoted\u00A0text  \n> with a break\\_here',
  '%%[links]',
  '%[https://www.youtube.com/watch?v=abc]',
  '![Diagram](https://cdn.hashnode.com/a.png align="center")',
  '\u00A0\u00A0\u00A0\u00A0nbsp indentation',
  '-\u00A0not a list\u200B',
  'a**\u200B"quoted"** and _\u200Bx_',
  'Footnote\\[^1\\] and [^2].\n\n[^2]: Note\u00A0here.',
  'Setext\u00A0title  \n===',
  '   \t',
];

function post(seed: number): string {
  const next = random(seed);
  const parts = ['---', `title: "Post ${seed}"`, `slug: post-${seed}`, '---', ''];
  const count = 4 + Math.floor(next() * 10);
  for (let index = 0; index < count; index++) parts.push(BLOCKS[Math.floor(next() * BLOCKS.length)]!, '');
  return parts.join('\n');
}

/** Tokens for random texts: Markdown syntax, the debris characters and the look-alikes the rules must keep. */
const TOKENS = [
  ...['a', 'b', ' ', '  ', '\t', '\n', '\n\n', '    ', '- ', '## ', '\n> ', '\n* ', '\n1. ', '\n---\n'],
  ...[
    '*',
    '**',
    '_',
    '__',
    '~',
    '`',
    '[',
    ']',
    '(',
    ')',
    '|',
    '<',
    '!',
    '=',
    '+',
    ':',
    '"',
    '.',
    '#',
    '-',
    '1',
    '2',
  ],
  ...['\\', '\\_', '\\*', '\\[', '\\.', '\\#', '\\-', 'x:', 'http://a.b', '\n| a | b |\n| - | - |\n'],
  ...['\u00A0', '\u00A0\u00A0', '\u200B', '\u200D', '\u00AD', '🧑', 'ی', 'क्', '«', '?'],
];

describe('laws of the debris rules on generated posts', () => {
  it('hold on random texts of syntax and debris', () => {
    const next = random(2024);
    const broken: string[] = [];
    for (let count = 0; count < 1500; count++) {
      let text = '';
      const length = 1 + Math.floor(next() * 40);
      for (let index = 0; index < length; index++) text += TOKENS[Math.floor(next() * TOKENS.length)];
      const report = checkDebrisLaws(text);
      if (report.broken.length > 0) broken.push(`${JSON.stringify(text)}: ${report.broken.join('; ')}`);
    }
    expect(broken).toEqual([]);
  });

  it.each(Array.from({ length: 40 }, (_, seed) => [seed]))(
    'post %i: idempotent, settled, same Markdown',
    (seed) => {
      const report = checkDebrisLaws(post(seed));
      expect(report.broken).toEqual([]);
    },
  );

  it('holds on every block alone', () => {
    for (const block of BLOCKS) expect(checkDebrisLaws(block + '\n').broken).toEqual([]);
  });

  it('changes the posts (the laws are not checked on nothing)', () => {
    const changedBy = new Set(
      Array.from({ length: 40 }, (_, seed) => checkDebrisLaws(post(seed)).changedBy).flat(),
    );
    expect([...changedBy].sort()).toEqual([
      'heading-emphasis',
      'invisible-characters',
      'needless-escape',
      'whitespace-lines',
    ]);
  });

  it('normalizes only the named characters: a real change in meaning is still seen', () => {
    const same = (a: string, b: string) =>
      treeKey(normalize(parseMarkdown(a))) === treeKey(normalize(parseMarkdown(b)));
    expect(same('a\u00A0b\u200B\n', 'a b\n')).toBe(true);
    expect(same('## **T**\n', '## T\n')).toBe(true);
    expect(same('text\n\n\u00A0\u00A0\u00A0\u00A0code\n', 'text\n\n    code\n')).toBe(false);
    expect(same('a \\*b*\n', 'a *b*\n')).toBe(false);
    expect(same('a  \nb\n', 'a\nb\n')).toBe(false);
  });
});
