import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import fg from 'fast-glob';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import type { ConstructRecord } from 'micromark-util-types';
import { describe, expect, it } from 'vitest';
import { remarkHashnode } from '../../plugins/hashnode-syntax/index.js';
import { mayHoldEmailLiteral, withoutEmailLiteral } from '../../src/text/email-literal-shortcut.js';
import { markdownParser } from '../../src/text/parse-markdown.js';

/** The same stack without the shortcut: every document parsed with every construct. */
const everyConstruct = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)
  .use(remarkHashnode)
  .freeze();
const withShortcut = markdownParser().freeze();

const SHARED_CORPUS = new URL('../../../shared/corpus/posts/', import.meta.url);

describe('mayHoldEmailLiteral', () => {
  it.each([
    ['write to contact@example.org', true],
    ['a.b+c@mail.example', true],
    ['x@.y', true],
    ['uses: actions/setup-node@v4', false],
    ['npm install @types/node', false],
    ['`@scope/pkg`', false],
    ['me @ home. nothing else', false],
    ['user@localhost', false],
  ])('%j → %s', (text, expected) => {
    expect(mayHoldEmailLiteral(text)).toBe(expected);
  });
});

describe('withoutEmailLiteral', () => {
  const emailOnly = (gfmAutolinkLiteral().text as ConstructRecord)[48];

  it('takes the email construct out of the combined GFM extension and keeps the others', () => {
    // The combined extension remark-gfm registers, as the parser receives it.
    const [gfm] = unified().use(remarkGfm).freeze().data().micromarkExtensions ?? [];
    const lean = withoutEmailLiteral(gfm!);
    const text = lean.text as ConstructRecord;
    expect(emailOnly).toBeDefined();
    expect(text[48]).toBeUndefined(); // `0` starts only email literals
    expect(text[97]).toBeUndefined(); // nor does `a`
    const onW = [text[119]].flat();
    expect(onW).toHaveLength(1); // `w` keeps the www literal
    expect(onW).not.toContain(emailOnly);
    expect(text[126]).toBeDefined(); // `~`: strikethrough untouched
  });

  it('returns an extension without the construct unchanged', () => {
    const frontmatterLike = { flow: {} };
    expect(withoutEmailLiteral(frontmatterLike)).toBe(frontmatterLike);
  });
});

describe('parsing with the shortcut', () => {
  it('still links an email where the document holds one', () => {
    const tree = withShortcut.parse('Write to contact@example.org today.');
    expect(JSON.stringify(tree)).toContain('"url":"mailto:contact@example.org"');
  });

  it('gives the same tree, positions included, as every construct would', () => {
    const alphabet = fc.constantFrom(
      ...'ab w h.:/@_-+*[]()!<>`~|\\\n#%'.split(''),
      'www.',
      'https://',
      'x@y',
      '[^1]',
      '![a](u align="center")',
      '%[https://e.com]',
      '\n\n',
      '\n- ',
      '| a |\n| - |',
    );
    const documents = fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(documents, (document) => {
        if (mayHoldEmailLiteral(document)) return;
        expect(withShortcut.parse(document)).toEqual(everyConstruct.parse(document));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same tree for the samples', async () => {
    const files = await fg('samples/*.md', { absolute: true });
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(withShortcut.parse(text)).toEqual(everyConstruct.parse(text));
    }
  });

  // One post in ten (all 2,781 that qualify were compared by hand): two parses of each cost too much here.
  const corpusFiles = fg
    .sync('**/*.md', { cwd: SHARED_CORPUS.pathname, absolute: true })
    .sort()
    .filter((_, index) => index % 10 === 0);
  it.skipIf(corpusFiles.length === 0)('gives the same tree for posts of the shared corpus', () => {
    let compared = 0;
    for (const file of corpusFiles) {
      const text = readFileSync(file, 'utf8');
      if (mayHoldEmailLiteral(text)) continue;
      const expected = JSON.stringify(everyConstruct.parse(text));
      expect(JSON.stringify(withShortcut.parse(text)), file).toBe(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(corpusFiles.length / 2);
  });
});
