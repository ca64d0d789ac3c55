import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createProcessor } from '../../src/pipeline/processor.js';
import { runCli, SAMPLES, useTempDir } from '../helpers.js';

const tempDir = useTempDir();
const CLEAN = ['clean-post.md'];

const variants: Record<string, (text: string) => Buffer> = {
  LF: (text) => Buffer.from(text),
  CRLF: (text) => Buffer.from(text.replace(/\n/g, '\r\n')),
  'BOM + LF': (text) => Buffer.from('\uFEFF' + text),
  'BOM + CRLF': (text) => Buffer.from('\uFEFF' + text.replace(/\n/g, '\r\n')),
};

describe('fix on a post that needs nothing', () => {
  it.each(CLEAN.flatMap((name) => Object.keys(variants).map((variant) => [name, variant])))(
    'leaves %s (%s) byte-identical, with no message',
    async (name, variant) => {
      const dir = await tempDir();
      const text = await readFile(new URL(name, SAMPLES), 'utf8');
      const bytes = variants[variant]!(text);
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      const result = await runCli(['fix', name], dir);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(await readFile(file)).toEqual(bytes);
      expect(await readdir(dir)).toEqual([name]);
    },
  );

  it('checks every clean sample without a message', async () => {
    const dir = await tempDir();
    for (const name of CLEAN) await copyFile(new URL(name, SAMPLES), path.join(dir, name));
    const result = await runCli(['check', '.'], dir);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe(
      `${CLEAN.length} file${CLEAN.length === 1 ? '' : 's'} checked: 0 errors, 0 warnings\n`,
    );
  });
});

describe('Hashnode image syntax', () => {
  const line = '![](https://cdn.hashnode.com/res/a.png align="center")';
  const embed = '%[https://www.youtube.com/watch?v=dQw4w9WgXcQ]';
  const post = `---\ntitle: "Images"\ndatePublished: 2025-06-08T13:19:59.000Z\ncuid: cm0images0000000000000000\nslug: images\n---\n\n${line}\n\nSome text with a [link](https://x.dev).\n\n${embed}\n`;

  it('keeps the line byte for byte after fix', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'post.md');
    await writeFile(file, post);
    const result = await runCli(['fix', 'post.md'], dir);
    expect(result.code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(post);
    expect(result.stdout).toBe(
      'post.md:8:1   warning  Unexpected image with empty alt text (`https://cdn.hashnode.com/res/a.png`), expected a short description of what it shows  image-alt\n' +
        'post.md:12:1  info     Embed of `https://www.youtube.com/watch?v=dQw4w9WgXcQ` (YouTube)  hashnode-embed\n',
    );
  });

  it('reads the embed as an embed node', () => {
    const tree = createProcessor().parse(post);
    expect(tree.children[3]).toMatchObject({ type: 'hashnodeEmbed', url: embed.slice(2, -1) });
  });

  it('is an image node with its attributes for the rules', () => {
    const tree = createProcessor().parse(post);
    const paragraph = tree.children[1];
    expect(paragraph?.type).toBe('paragraph');
    const image = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
    expect(image).toMatchObject({
      type: 'image',
      url: 'https://cdn.hashnode.com/res/a.png',
      alt: '',
      data: { hashnode: { attributes: { align: 'center' } } },
      position: { start: { line: 8, column: 1 }, end: { line: 8, column: line.length + 1 } },
    });
  });
});

it('uses the samples folder from this checkout', () => {
  expect(fileURLToPath(SAMPLES)).toMatch(/samples[/\\]$/);
});
