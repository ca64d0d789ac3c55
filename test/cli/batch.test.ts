import { spawn, spawnSync } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLES, useTempDir } from '../helpers.js';

// These run the built command line (npm test builds first): worker threads load the compiled worker.
const BIN = fileURLToPath(new URL('../../bin/hashnode-tidy.js', import.meta.url));
const tempDir = useTempDir();
const SAMPLE_NAMES = [
  'clean-post.md',
  'copy-button-debris.md',
  'screenshots-only.md',
  'mojibake-mac-roman.md',
];

/** `count` posts copied round-robin from the samples, as post-000.md, post-001.md, ... */
async function folderOfPosts(count: number): Promise<string> {
  const dir = await tempDir();
  for (let index = 0; index < count; index++) {
    const sample = SAMPLE_NAMES[index % SAMPLE_NAMES.length]!;
    await copyFile(new URL(sample, SAMPLES), path.join(dir, `post-${String(index).padStart(3, '0')}.md`));
  }
  return dir;
}

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: cleanEnv() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function cleanEnv() {
  const env = { ...process.env };
  delete env.CI;
  return env;
}

describe('batches on worker threads', () => {
  it('gives the same report, diff and files with one thread and with several', async () => {
    const dir = await folderOfPosts(40);
    for (const args of [
      ['check', '--format', 'json', '.'],
      ['check', '.'],
      ['fix', '--dry-run', '.'],
    ]) {
      const single = cli([...args, '--workers', '1'], dir);
      const several = cli([...args, '--workers', '3'], dir);
      expect(several).toEqual(single);
      expect(single.stdout.length).toBeGreaterThan(1000);
    }
    const single = cli(['fix', '--out', 'one', '--workers', '1', 'post-*.md'], dir);
    const several = cli(['fix', '--out', 'three', '--workers', '3', 'post-*.md'], dir);
    expect(several.code).toBe(single.code);
    const names = await readdir(path.join(dir, 'one'));
    expect(names).toHaveLength(40);
    expect(await readdir(path.join(dir, 'three'))).toEqual(names);
    for (const name of names) {
      expect(await readFile(path.join(dir, 'three', name), 'utf8')).toBe(
        await readFile(path.join(dir, 'one', name), 'utf8'),
      );
    }
  });

  it('skips a 20 MB post with a message and checks the small posts around it', async () => {
    const dir = await folderOfPosts(40);
    await writeFile(path.join(dir, 'post-020-huge.md'), '# Huge\n\n' + 'word '.repeat(4_200_000));
    const result = cli(['check', '--workers', '2', '.'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'post-020-huge.md:1:1  error    File is 20 MB, over the 5 MB limit for a post; skipped. Raise the limit with `--max-file-size` if this is really a post  file-too-large',
    );
    expect(result.stderr).toMatch(/^41 files checked: /m);
  });

  it('stops on Ctrl-C: posts already fixed are whole, the rest untouched, no temporary file left', async () => {
    const dir = await folderOfPosts(400);
    const before = await readFile(path.join(dir, 'post-001.md'), 'utf8');
    const fixedCopy = cli(['fix', '--out', '../expected', 'post-001.md'], dir);
    expect(fixedCopy.code).toBe(0);
    const fixedText = await readFile(path.join(dir, '../expected/post-001.md'), 'utf8');
    expect(fixedText).not.toBe(before);

    const child = spawn(process.execPath, [BIN, 'fix', '--workers', '2', '.'], { cwd: dir, env: cleanEnv() });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Interrupt as soon as the first post has been rewritten.
    const firstFixed = path.join(dir, 'post-001.md');
    while ((await readFile(firstFixed, 'utf8')) === before) await new Promise((done) => setTimeout(done, 5));
    child.kill('SIGINT');
    const code = await new Promise((done) => child.on('close', done));

    expect(code).toBe(130);
    expect(stderr).toMatch(
      /hashnode-tidy: interrupted; \d+ of 400 files were processed, the rest were not touched/,
    );
    const names = await readdir(dir);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    let untouched = 0;
    for (const name of names) {
      const index = Number(name.slice(5, 8));
      const original = await readFile(new URL(SAMPLE_NAMES[index % SAMPLE_NAMES.length]!, SAMPLES), 'utf8');
      const text = await readFile(path.join(dir, name), 'utf8');
      // Each post is either as it was or completely fixed: never half written.
      if (index % SAMPLE_NAMES.length === 1) expect([before, fixedText]).toContain(text);
      if (text === original && index % SAMPLE_NAMES.length !== 0) untouched++;
    }
    expect(untouched).toBeGreaterThan(0);
  });
});
