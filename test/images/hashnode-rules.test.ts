import { describe, expect, it } from 'vitest';
import { findCallouts } from '../../src/images/callout.js';
import { embedProvider } from '../../src/images/embed.js';
import { tidy } from '../../src/pipeline/tidy.js';
import { onlyRule } from '../helpers.js';
import { messagesOf } from './helpers.js';

describe('hashnode-embed', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abc', 'YouTube'],
    ['https://youtu.be/abc', 'YouTube'],
    ['https://gist.github.com/someone/0123', 'GitHub gist'],
    ['https://github.com/someone/repo', 'GitHub'],
    ['https://codepen.io/someone/pen/xyz', 'CodePen'],
    ['https://codesandbox.io/s/abc', 'CodeSandbox'],
    ['https://abc123.csb.app/', 'CodeSandbox'],
    ['https://twitter.com/someone/status/1', 'Twitter/X'],
    ['https://x.com/someone/status/1', 'Twitter/X'],
    ['https://www.hashnode.com/post/abc', 'hashnode.com'],
    ['youtube.com/watch?v=abc', 'YouTube'],
    ['not a url', 'not a URL'],
    ['javascript:alert(1)', 'not a URL'],
  ])('names the provider of %s: %s', (url, provider) => {
    expect(embedProvider(url)).toBe(provider);
  });

  it('reports each embed as info at its place, in lists too', () => {
    const result = tidy('Intro.\n\n* %[https://youtu.be/x]\n', {
      rules: onlyRule('hashnode-embed'),
      fix: false,
    });
    expect(result.messages.map((m) => [m.line, m.column, m.fatal, m.reason])).toEqual([
      [3, 3, undefined, 'Embed of `https://youtu.be/x` (YouTube)'],
    ]);
  });
});

const CALLOUT = [
  '<div data-node-type="callout">',
  '<div data-node-type="callout-emoji">💡</div>',
  '<div data-node-type="callout-text">Use <strong>tree</strong> &amp; <code>ls -R</code>.</div>',
  '</div>',
].join('\n');

describe('hashnode-callout', () => {
  it('reads the emoji and the text of one callout', () => {
    expect(findCallouts(CALLOUT, 10)).toEqual([
      { emoji: '💡', text: 'Use tree & ls -R.', start: 10, end: 10 + CALLOUT.length },
    ]);
  });

  it('reads indented callouts in list items', () => {
    const text = `1. Step one\n\n   ${CALLOUT.replace(/\n/g, '\n     ')}\n`;
    expect(messagesOf('hashnode-callout', text, 'info')).toEqual([
      '3:4 Hashnode callout 💡: `Use tree & ls -R.`',
    ]);
  });

  it('does not take similar HTML for a callout', () => {
    expect(findCallouts('<div data-node-type="callout">\n<p>no text part</p>\n</div>', 0)).toEqual([]);
    expect(findCallouts('<div data-node-type="callout"><div data-node-type="callout-text">open', 0)).toEqual(
      [],
    );
    expect(findCallouts('<div class="callout">x</div>', 0)).toEqual([]);
  });

  it('is linear on many unclosed openings', () => {
    const text = '<div data-node-type="callout"><div data-node-type="callout-text">'.repeat(20_000);
    expect(findCallouts(text, 0)).toEqual([]);
  });
});

describe('raw-html', () => {
  it('lists HTML blocks but not callouts, comments or inline HTML', () => {
    const text = [
      '<!-- hashnode-tidy-disable image-alt -->',
      '',
      CALLOUT,
      '',
      'Press <kbd>q</kbd> to quit.',
      '',
      '<br>',
      '<br>',
      '',
      '> <details><summary>More</summary>',
      '',
    ].join('\n');
    expect(messagesOf('raw-html', text, 'info')).toEqual([
      '10:1 Raw HTML block `<br>`',
      '13:3 Raw HTML block `<details>`',
    ]);
  });

  it('reports what follows a callout in the same block', () => {
    expect(messagesOf('raw-html', `${CALLOUT}\n<p align="center">Hi</p>\n`, 'info')).toEqual([
      '1:1 Raw HTML block `<p align="center">`',
    ]);
  });
});

describe('hashnode-image-attributes', () => {
  const fix = (text: string) => tidy(text, { rules: onlyRule('hashnode-image-attributes', 'warn') }).text;

  it('is off by default', () => {
    const text = '![a](https://x.dev/a.png align="center")\n';
    expect(tidy(text, { rules: onlyRule('hashnode-image-attributes') }).text).toBe(text);
  });

  it('removes only the attributes, keeping the title and everything around', () => {
    const before =
      'Intro *as is*  \n![A (b) [c]](https://x.dev/a.png "T=\'1\'" align="center"  width=\'60\'  ) tail\r\n';
    expect(fix(before)).toBe('Intro *as is*  \n![A (b) [c]](https://x.dev/a.png "T=\'1\'") tail\r\n');
  });

  it('leaves images with no URL and malformed attributes to hashnode-image-syntax, and does not crash', () => {
    const text =
      '![]( align="center")\n\n![](https://x.dev/a.png align="center)\n\n![](https://x.dev/b.png align=left)\n';
    expect(fix(text)).toBe(text);
  });

  it('strips attributes that hashnode-image-syntax repaired, on the next pass', () => {
    const rules = {
      ...onlyRule('hashnode-image-attributes', 'warn'),
      'hashnode-image-syntax': 'error' as const,
    };
    expect(tidy('![a](https://x.dev/a.png align=center)\n', { rules }).text).toBe(
      '![a](https://x.dev/a.png)\n',
    );
  });

  it('fixes 10 000 images in one post', () => {
    const text = '![x](https://x.dev/a.png align="center")\n\n'.repeat(10_000);
    expect(fix(text)).toBe('![x](https://x.dev/a.png)\n\n'.repeat(10_000));
  });
});

describe('callouts in a blockquote', () => {
  const quoted = `> ${CALLOUT.replace(/\n/g, '\n> ')}\n`;

  it('are listed by hashnode-callout, at the HTML block', () => {
    expect(messagesOf('hashnode-callout', quoted, 'info')).toEqual([
      '1:3 Hashnode callout 💡: `Use tree & ls -R.`',
    ]);
  });

  it('are not raw HTML', () => {
    expect(messagesOf('raw-html', quoted, 'info')).toEqual([]);
  });
});
