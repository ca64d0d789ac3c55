import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers.js';

const tempDir = useTempDir();

it('check --format json lists each image with its URL, alt, place and whether its section is only images', async () => {
  const dir = await tempDir();
  const post = [
    '---',
    'title: "Images"',
    'datePublished: 2025-06-08T13:19:59.000Z',
    'cuid: cm0images00000000000000000',
    'slug: images',
    '---',
    '',
    '## Screens only',
    '',
    '![Login form](https://cdn.hashnode.com/res/login.png align="center")',
    '',
    '## With words',
    '',
    'The dashboard after logging in:',
    '',
    '<img src="https://cdn.hashnode.com/res/dash.png" alt="Dashboard">',
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'post.md'), post);
  const result = await runCli(['check', '--format', 'json', 'post.md'], dir);
  const output = JSON.parse(result.stdout) as { files: { images: object[] }[] };
  expect(output.files[0]?.images).toEqual([
    {
      url: 'https://cdn.hashnode.com/res/login.png',
      alt: 'Login form',
      line: 10,
      column: 1,
      inImageOnlySection: true,
      kind: expect.any(String),
    },
    {
      url: 'https://cdn.hashnode.com/res/dash.png',
      alt: 'Dashboard',
      line: 16,
      column: 1,
      inImageOnlySection: false,
      kind: expect.any(String),
    },
  ]);
});
