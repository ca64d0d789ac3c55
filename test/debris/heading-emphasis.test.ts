import { describe, expect, it } from 'vitest';
import { runRule } from './helpers.js';

const run = (input: string) => runRule('heading-emphasis', input);

describe('heading-emphasis', () => {
  it('is off unless turned on', () => {
    expect(runRule('heading-emphasis', '## **Title**\n', 'off')).toEqual({
      text: '## **Title**\n',
      found: [],
    });
  });

  it('unwraps a heading that is bold as a whole, keeping emoji beside it', () => {
    expect(run('## **Title**\n\n### 🚀 **Launch** ✨\n\n# __Under__ #\n')).toEqual({
      text: '## Title\n\n### 🚀 Launch ✨\n\n# Under #\n',
      found: [
        '1:4 Unexpected bold around the whole heading (`**Title**`), expected `Title`',
        '3:8 Unexpected bold around the whole heading (`**Launch**`), expected `Launch`',
        '5:3 Unexpected bold around the whole heading (`__Under__`), expected `Under`',
      ],
    });
  });

  it.each([
    ['part of the text', '## **Step 1**: install\n'],
    ['two bold parts', '## **a** and **b**\n'],
    ['italic', '## *Title*\n'],
    ['bold italic', '## ***Title***\n'],
    ['a setext heading', '**- item**\n---\n'],
    ['a closing sequence', '## **Step #**\n'],
    ['no bold', '## Title\n'],
  ])('leaves %s', (_name, text) => {
    expect(run(text)).toEqual({ text, found: [] });
  });
});

describe('hashnode-widget', () => {
  it('lists widget markers as information, without fixing them', () => {
    const text = 'Intro.\n\n%%[links]\n\nText with %%[inline] is not a widget.\n';
    expect(runRule('hashnode-widget', text, 'info')).toEqual({
      text,
      found: [
        '3:1 Unexpected Hashnode widget `%%[links]`, expected its content written out: it renders nothing outside Hashnode',
      ],
    });
  });
});
