import { chmod, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { useTempDir } from '../helpers.js';

const tempDir = useTempDir();

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode, and leaves no temporary file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'post.md');
    await writeFile(file, 'old');
    await chmod(file, 0o640);
    await writeFileAtomic(file, Buffer.from('new'));
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['post.md']);
  });

  it('leaves the original untouched and cleans up when the rename fails', async () => {
    const dir = await tempDir();
    // A folder where the file should be: the temporary file is written, but rename onto a folder fails.
    const target = path.join(dir, 'post.md');
    await mkdir(target);
    await writeFile(path.join(target, 'keep'), 'x');
    await expect(writeFileAtomic(target, Buffer.from('new'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['post.md']);
    expect(await readFile(path.join(target, 'keep'), 'utf8')).toBe('x');
  });
});
