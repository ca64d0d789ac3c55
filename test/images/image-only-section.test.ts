import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageOnlyLines, messagesOf } from './helpers.js';

const shot = (name: string) =>
  `![](https://cdn.hashnode.com/res/hashnode/image/upload/v1/${name}.png align="center")`;

/** The shape of a week-of-exercises post: parts, subheadings, screenshots, code, a table. */
const EXERCISE_POST = [
  '---', //  1
  'title: "Week 3: containers"', //  2
  'slug: week-3', //  3
  '---', //  4
  '', //  5
  'This week was about images, volumes and networks.', //  6
  '', //  7
  '## Part 1: The app', //  8
  '', //  9
  '### The sample app', // 10
  '', // 11
  shot('clone'), // 12
  '', // 13
  '### The build file', // 14
  '', // 15
  shot('build-file'), // 16
  '', // 17
  'Line 4 should copy the whole folder.', // 18
  '', // 19
  '## Part 2: Publishing', // 20
  '', // 21
  shot('login'), // 22
  '', // 23
  shot('tag'), // 24
  '', // 25
  shot('push'), // 26
  '', // 27
  shot('hub-page'), // 28
  '', // 29
  '---', // 30
  '', // 31
  '## Part 3: Sizes', // 32
  '', // 33
  shot('sizes'), // 34
  '', // 35
  '| Build | Size |', // 36
  '| --- | --- |', // 37
  '| Single | 140 MB |', // 38
  '', // 39
  '## Part 4: Compose', // 40
  '', // 41
  shot('compose-file'), // 42
  '', // 43
  '```yaml', // 44
  'services:', // 45
  '  web:', // 46
  '    image: nginx', // 47
  '```', // 48
  '', // 49
].join('\n');

describe('image-only-section', () => {
  it('reports the sections with images and no text, at their headings', () => {
    expect(messagesOf('image-only-section', EXERCISE_POST)).toEqual([
      '10:1 Unexpected section `The sample app` with only 1 image and no text, expected a sentence of context, or the code or text the screenshot shows',
      '20:1 Unexpected section `Part 2: Publishing` with only 4 images and no text, expected a sentence of context, or the code or text the screenshots show',
    ]);
  });

  it('reports nothing where a sentence, a table or code goes with the images', () => {
    const text = `## A\n\n${shot('a')}\n\nOne sentence.\n\n## B\n\n| x |\n| - |\n| ${shot('b')} text |\n\n## C\n\n${shot('c')}\n\n\`\`\`sh\nls\n\`\`\`\n`;
    expect(imageOnlyLines(text)).toEqual([]);
  });

  it('counts images before the first heading as a section, reported at the first image', () => {
    expect(
      messagesOf(
        'image-only-section',
        `---\ntitle: x\n---\n\n${shot('a')}\n${shot('b')}\n\n# Title\n\nText.\n`,
      ),
    ).toEqual([
      '5:1 Unexpected 2 images and no text before the first heading, expected a sentence of context, or the code or text the screenshots show',
    ]);
  });

  it('ends a section at a heading of any level', () => {
    expect(imageOnlyLines(`## Part\n\n${shot('a')}\n\n#### Detail\n\nText.\n`)).toEqual([1]);
  });

  it('leaves empty sections to empty-section', () => {
    expect(imageOnlyLines('## Part 3\n\n### Key terms\n\nText.\n\n## End\n')).toEqual([]);
  });

  it('does not count a link that only wraps the image, thematic breaks or emoji as text', () => {
    const text = `## Linked\n\n[![](https://x.dev/a.png align="center")](https://x.dev)\n\n***\n\n👇 ➡️\n\n<!-- a note -->\n`;
    expect(imageOnlyLines(text)).toEqual([1]);
  });

  it('counts link text as text', () => {
    expect(
      imageOnlyLines(`## Linked\n\n[![](https://x.dev/a.png)](https://x.dev) [the demo](https://x.dev)\n`),
    ).toEqual([]);
  });

  it('finds images in tables, list items and blockquotes', () => {
    const text = [
      '## Table',
      '',
      `| ${shot('a')} | ${shot('b')} |`,
      '| --- | --- |',
      '',
      '## List',
      '',
      `* ${shot('c')}`,
      '',
      `  ${shot('d')}`,
      '',
      '## Quote',
      '',
      `> ${shot('e')}`,
      '',
    ].join('\n');
    expect(messagesOf('image-only-section', text).map((line) => line.replace(/ no text.*/, ''))).toEqual([
      '1:1 Unexpected section `Table` with only 2 images and',
      '6:1 Unexpected section `List` with only 2 images and',
      '12:1 Unexpected section `Quote` with only 1 image and',
    ]);
    expect(imageOnlyLines(text.replace('| --- | --- |', '| --- | --- |\n| before | after |'))).toEqual([
      7, 13,
    ]);
  });

  it('counts reference images and HTML <img> tags', () => {
    const text = [
      '## Reference',
      '',
      '![Dashboard][dash]',
      '',
      '[dash]: https://x.dev/dash.png',
      '',
      '## HTML',
      '',
      '<p align="center"><img src="https://x.dev/a.png" alt="A chart"><br><img src="https://x.dev/b.png"></p>',
      '',
      '## HTML with text',
      '',
      '<p><img src="https://x.dev/c.png"> The chart, by month.</p>',
      '',
    ].join('\n');
    expect(imageOnlyLines(text)).toEqual([1, 7]);
  });

  it('names a heading that is only an emoji, and a setext heading', () => {
    const text = `## 🔍\n\n${shot('a')}\n\nSetext title\n============\n\n${shot('b')}\n`;
    expect(messagesOf('image-only-section', text).map((line) => line.replace(/ with only.*/, ''))).toEqual([
      '1:1 Unexpected section `🔍`',
      '5:1 Unexpected section `Setext title`',
    ]);
  });

  it('counts Hashnode images with malformed attributes as images, not text, without crashing', () => {
    const text = [
      '## Broken',
      '',
      '![](https://x.dev/a.png align="center)',
      '',
      '![](https://x.dev/b.png align=center)',
      '',
      '![]( align="center")',
      '',
      '## Broken with text',
      '',
      '![](https://x.dev/c.png align=left) The login page.',
      '',
    ].join('\n');
    expect(messagesOf('image-only-section', text).map((line) => line.replace(/ no text.*/, ''))).toEqual([
      '1:1 Unexpected section `Broken` with only 3 images and',
    ]);
  });

  it('treats embeds and videos as content of their own', () => {
    expect(
      imageOnlyLines(
        `## Demo\n\n${shot('a')}\n\n%[https://youtu.be/x]\n\n## Video\n\n${shot('b')}\n\n<iframe src="https://x.dev/v"></iframe>\n`,
      ),
    ).toEqual([]);
  });

  it('finishes on 10 000 images in one post', () => {
    const sections = Array.from({ length: 100 }, (_, section) =>
      [
        `## Step ${section}`,
        '',
        ...Array.from({ length: 100 }, (_, i) => `![](https://x.dev/${section}-${i}.png align="center") `),
      ].join('\n'),
    );
    expect(imageOnlyLines(sections.join('\n\n') + '\n')).toHaveLength(100);
  });

  it('finishes on 10 000 images in one paragraph, mixed with malformed ones', () => {
    const text = '## Many\n\n' + '![](u align="center") ![](v align=left) '.repeat(5_000) + '\n';
    expect(imageOnlyLines(text)).toEqual([1]);
  });
});

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seed = (name: string) => new URL(name, SEEDS);

describe.skipIf(!existsSync(seed('001_904839bfaebfbb0d.txt')))('image-only-section on the seeds', () => {
  it('seed 001: the two headings whose sections hold only screenshots', () => {
    // Read off the seed: line 37 (a subheading over one screenshot) and line 121 (four screenshots, then a
    // thematic break). Sections with a note, a table or code under their screenshots are not reported.
    expect(imageOnlyLines(readFileSync(seed('001_904839bfaebfbb0d.txt'), 'utf8'))).toEqual([37, 121]);
  });

  it('seed 000 (no images): nothing', () => {
    expect(imageOnlyLines(readFileSync(seed('000_8053d2b361503679.txt'), 'utf8'))).toEqual([]);
  });
});

describe('empty-section (off by default)', () => {
  it('says nothing unless turned on', () => {
    expect(messagesOf('empty-section', '## Part 3\n\n### Key terms\n\nText.\n', 'off')).toEqual([]);
  });

  it('reports a heading followed directly by a subheading, by a thematic break, or by the end', () => {
    expect(
      messagesOf('empty-section', '## Part 3\n### Key terms\n\nText.\n\n## Next\n\n---\n\n## Last\n'),
    ).toEqual([
      '1:1 Unexpected empty section `Part 3`, expected text under the heading before the next one',
      '6:1 Unexpected empty section `Next`, expected text under the heading before the next one',
      '10:1 Unexpected empty section `Last`, expected text under the heading before the next one',
    ]);
  });

  it('does not report a section with only images, or a heading with no text by its marker', () => {
    expect(messagesOf('empty-section', `## Shots\n\n${shot('a')}\n\n##\n\n### Sub\n\nText.\n`)).toEqual([
      '5:1 Unexpected empty section `##`, expected text under the heading before the next one',
    ]);
  });
});
