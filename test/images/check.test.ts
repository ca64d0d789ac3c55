import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers.js';

const tempDir = useTempDir();
const shot = (name: string) => `![](https://cdn.hashnode.com/res/${name}.png align="center")`;

const POST = [
  '---',
  'title: "Ports"',
  'slug: ports',
  '---',
  '',
  'Opening text.',
  '',
  '## Step 1',
  '',
  shot('one'),
  '',
  '## Step 2',
  '',
  shot('two'),
  '',
  'The second step needs a restart.',
  '',
  '### Step 3',
  '',
  shot('three'),
  shot('four'),
  '',
].join('\n');

describe('check with the image rules', () => {
  it('reports each image-only section at its heading line, in every format', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'post.md'), POST);
    const stylish = await runCli(['check', 'post.md'], dir);
    expect(stylish.stdout.split('\n').filter((line) => line.endsWith('image-only-section'))).toEqual([
      'post.md:8:1   warning  Unexpected section `Step 1` with only 1 image and no text, expected a sentence of context, or the code or text the screenshot shows  image-only-section',
      'post.md:18:1  warning  Unexpected section `Step 3` with only 2 images and no text, expected a sentence of context, or the code or text the screenshots show  image-only-section',
    ]);
    const json = await runCli(['check', '--format', 'json', 'post.md'], dir);
    const output = JSON.parse(json.stdout) as { files: { messages: { ruleId: string; line: number }[] }[] };
    expect(
      output.files[0]!.messages.filter((message) => message.ruleId === 'image-only-section').map(
        (m) => m.line,
      ),
    ).toEqual([8, 18]);
  });
});
