import { describe, expect, it } from 'vitest';
import { runRule } from './helpers.js';

const run = (input: string, setting?: Parameters<typeof runRule>[2]) =>
  runRule('invisible-characters', input, setting);

describe('invisible-characters', () => {
  it('removes zero-width spaces, word joiners, soft hyphens and a BOM inside the text', () => {
    const result = run('con\u00ADtainer\u200B word\u2060joiner mid\uFEFFtext\n');
    expect(result.text).toBe('container wordjoiner midtext\n');
    expect(result.found).toEqual([
      '1:4 Unexpected soft hyphen (U+00AD), expected nothing',
      '1:11 Unexpected zero-width space (U+200B), expected nothing',
      '1:17 Unexpected word joiner (U+2060), expected nothing',
      '1:28 Unexpected byte order mark (U+FEFF), expected nothing',
    ]);
  });

  it('turns a no-break space between words into a space', () => {
    expect(run('Run\u00A0it now.\n')).toEqual({
      text: 'Run it now.\n',
      found: ['1:4 Unexpected no-break space (U+00A0), expected a space'],
    });
  });

  it('removes debris at the end of a line without making a hard break', () => {
    expect(run('end.\u200B\nnext\n').text).toBe('end.\nnext\n');
    expect(run('word  \u200B\nnext\n').text).toBe('word\nnext\n');
    expect(run('word\u00A0\nnext\n').text).toBe('word\nnext\n');
    expect(run('word  \u200D\nnext\n').text).toBe('word\nnext\n');
    expect(run('dev 🧑\u200D\nnext\n').text).toBe('dev 🧑\u200D\nnext\n');
    // Spaces after the debris were a hard break already and stay one.
    expect(run('word\u200B  \nnext\n').text).toBe('word  \nnext\n');
  });

  it.each([
    ['Persian', 'من می\u200Cخواهم بروم و نمی\u200Cدانم.\n'],
    ['Hindi', 'क्\u200Dष और क्\u200Cष, हिन्दी\u200C में।\n'],
    ['Arabic', 'لا\u200Dم و السلام\u200C عليكم\n'],
    ['Sinhala', 'ශ්\u200Dරී ලංකා\n'],
    [
      'French',
      'Bonjour\u00A0! Vraiment\u00A0? «\u00A0Oui\u00A0» ; note\u00A0: 10\u00A0km, 5\u00A0%, 1\u00A0000\u00A0000.\n',
    ],
    [
      'emoji ZWJ sequences',
      'Dev 🧑\u200D💻, family 👨\u200D👩\u200D👧, flag 🏳\uFE0F\u200D🌈, 👩🏽\u200D🚀 ok.\n',
    ],
    ['Thai with break hints', 'ภาษา\u200Bไทย\n'],
    ['no-break space runs', 'a\u00A0\u00A0\u00A0b\n'],
  ])('leaves %s unchanged', (_name, text) => {
    expect(run(text)).toEqual({ text, found: [] });
  });

  it('leaves what starts a line: indentation, list and heading markers', () => {
    for (const text of [
      '\u00A0\u00A0\u00A0\u00A0indented\n',
      'text\n\n\u00A0\n\nmore\n',
      '-\u00A0item\n',
      '##\u00A0Title\n',
      '\u200B\n',
      '\u200B    code?\n',
      '1.\u200B) x\n',
    ]) {
      expect(run(text)).toEqual({ text, found: [] });
    }
    expect(run('\u200BWord\n').text).toBe('Word\n');
    expect(run('- \u200Bitem\n').text).toBe('- item\n');
  });

  it('leaves code, HTML, link destinations and frontmatter alone unless code is asked for', () => {
    const text = [
      '---',
      'title: "A\u00A0title"',
      '---',
      '',
      'Use `a\u00A0b\u200Bc` here.',
      '',
      '```python',
      'def f():',
      '\u00A0\u00A0\u00A0\u00A0return 1\u200B',
      '```',
      '',
      '[link](https://example.com/\u200Ba)',
      '',
      '<p>x\u00A0y</p>',
      '',
    ].join('\n');
    expect(run(text)).toEqual({ text, found: [] });
    const withCode = run(text, ['warn', { code: true }]).text;
    expect(withCode).toContain('`a bc`');
    expect(run('`\u00A0x\u00A0` y\n', ['warn', { code: true }]).found).toEqual([]);
    expect(withCode).toContain('\n    return 1\n');
    expect(withCode).toContain('title: "A\u00A0title"');
    expect(withCode).toContain('/\u200Ba)');
  });

  it('leaves characters next to emphasis delimiters', () => {
    const text = 'a**\u200B"quoted"**\n';
    expect(run(text).text).toBe(text);
  });

  it('finishes on long runs', () => {
    const text = 'x' + '\u00A0'.repeat(100_000) + 'y\n' + '\u200B'.repeat(50_000) + 'z\n';
    const result = run(text);
    expect(result.text).toBe('x' + '\u00A0'.repeat(100_000) + 'y\n' + '\u200B'.repeat(50_000) + 'z\n');
  });
});
