import { describe, expect, it } from 'vitest';
import { messagesOf } from './helpers.js';

const reasons = (text: string) => messagesOf('image-alt', text);

describe('image-alt', () => {
  it('keeps the empty-alt message, for reference images too', () => {
    expect(reasons('![][shot]\n\n[shot]: https://x.dev/a.png\n')).toEqual([
      '1:1 Unexpected image with empty alt text (`[shot]`), expected a short description of what it shows',
    ]);
  });

  it.each([
    ['install-step.png', 'https://x.dev/img/install-step.png'],
    ['install-step', 'https://x.dev/img/install-step.png?w=600'],
    ['Install Step.PNG', 'https://x.dev/img/Install%20Step.png'],
  ])('reports alt `%s` for %s as the file name', (alt, url) => {
    expect(reasons(`![${alt}](${url})\n`)).toEqual([
      `1:1 Unexpected alt text \`${alt}\` that is the file name, expected a short description of what the image shows`,
    ]);
  });

  it.each([
    'image',
    'Image',
    'IMG',
    'screenshot',
    'Screen Shot',
    'Screenshot 2024-01-01 at 10.00.00',
    'Screenshot_2024-01-01_at_10.00.00.png',
    'picture',
    'PHOTO',
    'IMG_2041',
    'image (3)',
    'alt text',
  ])('reports generic alt `%s`', (alt) => {
    expect(reasons(`![${alt}](https://x.dev/a1b2.png align="center")\n`)).toEqual([
      `1:1 Unexpected generic alt text \`${alt}\`, expected a short description of what the image shows`,
    ]);
  });

  it.each(['Image of the login page', 'Screenshots compared side by side', 'Photo booth'])(
    'accepts `%s`',
    (alt) => {
      expect(reasons(`![${alt}](https://x.dev/a.png)\n`)).toEqual([]);
    },
  );

  it('reports the same alt on different images from the second on, naming the first line', () => {
    const text = [
      '![Terminal output](https://x.dev/1.png)',
      '',
      '![terminal  output](https://x.dev/2.png align="center")',
      '',
      '![Terminal output](https://x.dev/1.png)',
      '',
      '<img src="https://x.dev/3.png" alt="Terminal output">',
      '',
    ].join('\n');
    expect(reasons(text)).toEqual([
      '3:1 Unexpected alt text `terminal  output` repeated from line 1, expected a description that tells this image apart',
      '7:1 Unexpected alt text `Terminal output` repeated from line 1, expected a description that tells this image apart',
    ]);
  });

  it('checks HTML <img> tags: a missing alt is reported, alt="" marks a decorative image', () => {
    const text =
      '<img src="https://x.dev/a.png">\n\nText <img src="https://x.dev/b.png" alt=""> and <img src=c.png alt=c.png>.\n';
    expect(reasons(text)).toEqual([
      '1:1 Unexpected image with empty alt text (`https://x.dev/a.png`), expected a short description of what it shows',
      '3:49 Unexpected alt text `c.png` that is the file name, expected a short description of what the image shows',
    ]);
  });

  it('leaves Hashnode images with malformed attributes to hashnode-image-syntax', () => {
    expect(
      reasons('![](https://x.dev/a.png align="center)\n\n![image](https://x.dev/b.png align=left)\n'),
    ).toEqual([]);
  });

  it('finds images inside links, tables, lists and quotes', () => {
    const text = [
      '[![](https://x.dev/a.png align="center")](https://x.dev)',
      '',
      '| a |',
      '| - |',
      '| ![image](https://x.dev/b.png) |',
      '',
      '* ![photo](https://x.dev/c.png)',
      '',
      '> ![screenshot](https://x.dev/d.png)',
      '',
    ].join('\n');
    expect(reasons(text).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      '1:2 Unexpected image',
      '5:3 Unexpected generic',
      '7:3 Unexpected generic',
      '9:3 Unexpected generic',
    ]);
  });

  it('finishes on 10 000 images with the same alt', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `![Step](https://x.dev/${i}.png)`).join('\n\n');
    expect(reasons(text)).toHaveLength(9_999);
  });
});
