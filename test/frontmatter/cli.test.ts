import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempDir } from '../helpers.js';
import { SEED_000 } from './helpers.js';

const tempDir = useTempDir();
const CONFIG = { rules: { mojibake: 'off' } };
const POST = `${SEED_000}\n## Body\n\nText.\n`;
const FIXED = POST.replace(
  'Sun Jun 08 2025 13:19:59 GMT+0000 (Coordinated Universal Time)',
  '2025-06-08T13:19:59.000Z',
).replace(
  'tags: docker, developer, devops, docker-images, devops-articles\n\n---',
  'tags:\n  - docker\n  - developer\n  - devops\n  - docker-images\n  - devops-articles\n---',
);

describe('fix on a backup post from disk', () => {
  it.each([
    ['LF', (text: string) => text],
    ['BOM + CRLF', (text: string) => '\uFEFF' + text.replace(/\n/g, '\r\n')],
  ])('repairs the frontmatter of a %s file and keeps its BOM and line endings', async (_name, shape) => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'hashnode-tidy.config.json'), JSON.stringify(CONFIG));
    await writeFile(path.join(dir, 'post.md'), shape(POST));
    const result = await runCli(['fix', 'post.md'], dir);
    expect(result.stdout).toContain('post.md:3:16  fixed');
    expect(await readFile(path.join(dir, 'post.md'), 'utf8')).toBe(shape(FIXED));
    const check = await runCli(['check', 'post.md'], dir);
    expect(check.stdout).not.toMatch(/frontmatter-/);
  });
});
