import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse, roundTrip, stringify, strip } from './parse.js';

describe('writing Hashnode syntax', () => {
  it.each([
    '![](https://cdn.hashnode.com/res/a.png align="center")\n',
    '![alt](https://cdn.hashnode.com/res/a.png align="left")\n',
    '![]( align="center")\n',
    '![a](u "t" align="right" width="300")\n',
    '![a](<u v> align="center")\n',
    '[![](u align="center")](https://x)\n',
    '%[https://www.youtube.com/watch?v=x]\n',
    '%%[links]\n',
    '> %[https://x]\n',
    '* %[https://x]\n',
    'a\n\n%[https://x]\n\n%%[w]\n\n![a](b align="center")\n',
    '| a                     |\n| --------------------- |\n| ![x](u align="right") |\n',
    "![x](u align='a\"b')\n",
  ])('writes %j back unchanged', (value) => {
    expect(roundTrip(value)).toBe(value);
  });

  it('writes plain images as before', () => {
    expect(roundTrip('![a](b "t")\n')).toBe('![a](b "t")\n');
  });

  it('escapes text that would read back as an embed or widget', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '%[https://x]' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'a\n%%[w]' }] },
        { type: 'paragraph', children: [{ type: 'text', value: '%[https://x] b' }] },
      ],
    };
    expect(strip(parse(stringify(tree)))).toEqual({
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '%[https://x]' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'a\n%%[w]' }] },
        { type: 'paragraph', children: [{ type: 'text', value: '%[https://x] b' }] },
      ],
    });
  });

  it('writes nodes built by hand', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'hashnodeEmbed', url: 'https://x' },
        {
          type: 'paragraph',
          children: [
            {
              type: 'image',
              url: '',
              alt: 'a',
              title: 't',
              data: { hashnode: { attributes: { align: 'center' } } },
            },
            { type: 'image', url: 'u', alt: 'b', data: { hashnode: { attributes: {} } } },
            {
              type: 'image',
              url: 'u',
              alt: 'c',
              data: { hashnode: { attributes: { 'bad name': 'x', v: `"'` } } },
            },
          ],
        },
      ],
    };
    expect(stringify(tree)).toBe('%[https://x]\n\n![a](<> "t" align="center")![b](u)![c](u v="&quot;\'")\n');
  });
});
