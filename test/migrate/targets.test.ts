import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_NAMES } from '../../src/migrate/index.js';
import { runCli, useTempDir } from '../helpers.js';
import { listFiles, readTree, SAMPLE_TAGS, writeJson } from './helpers.js';

const temp = useTempDir();
const SAMPLE = path.resolve('samples/export.json');
const FIXTURES = path.resolve('test/migrate/fixtures');

/** Runs `migrate samples/export.json --to <target>` with the sample's tag list; returns the output folder. */
async function migrateSample(target: string, extra: string[] = []) {
  const dir = await temp();
  const tags = await writeJson(path.join(dir, 'tags.json'), SAMPLE_TAGS);
  const out = path.join(dir, 'out');
  const result = await runCli(
    ['migrate', SAMPLE, '--to', target, '--out', out, '--tags', tags, ...extra],
    dir,
  );
  return { out, result };
}

/**
 * Compares every written file with test/migrate/fixtures/<name>/ exactly. `UPDATE=1` rewrites the fixtures
 * (then read the diff before keeping it).
 */
async function expectFixtures(name: string, out: string) {
  const expectedDir = path.join(FIXTURES, name);
  if (process.env.UPDATE) {
    await rm(expectedDir, { recursive: true, force: true });
    for (const [file, text] of Object.entries(await readTree(out))) {
      await mkdir(path.dirname(path.join(expectedDir, file)), { recursive: true });
      await writeFile(path.join(expectedDir, file), text);
    }
  }
  expect(await listFiles(out)).toEqual(await listFiles(expectedDir));
  for (const [file, text] of Object.entries(await readTree(out))) {
    expect(text, file).toBe(await readFile(path.join(expectedDir, file), 'utf8'));
  }
}

describe('migrate samples/export.json', () => {
  it.each(TARGET_NAMES)('--to %s writes exactly the expected files', async (target) => {
    const { out, result } = await migrateSample(target);
    expect(result.stderr).toContain('3 posts written');
    expect(result.code).toBe(0);
    await expectFixtures(target, out);
  });

  it('--to hugo --bundles writes page bundles', async () => {
    const { out, result } = await migrateSample('hugo', ['--bundles']);
    expect(result.code).toBe(0);
    expect(await listFiles(out)).toEqual([
      'content/posts/docker-networks-by-name/index.md',
      'content/posts/notes-on-yaml/index.md',
      'content/posts/why-i-moved-my-blog/index.md',
    ]);
    expect(await readTree(out)).toEqual(
      Object.fromEntries(
        Object.entries(await readTree(path.join(FIXTURES, 'hugo'))).map(([file, text]) => [
          file.replace(/\.md$/, '/index.md'),
          text,
        ]),
      ),
    );
  });

  it('writes identical files when run twice', async () => {
    const first = await migrateSample('hugo');
    const again = await runCli(
      ['migrate', SAMPLE, '--to', 'hugo', '--out', first.out, '--tags', path.join(first.out, '../tags.json')],
      path.dirname(first.out),
    );
    expect(again.code).toBe(0);
    const second = await migrateSample('hugo');
    expect(await readTree(first.out)).toEqual(await readTree(second.out));
    await expectFixtures('hugo', first.out);
  });

  it('keeps the unknown tag id with a warning and names the others', async () => {
    const { result } = await migrateSample('markdown');
    expect(result.stdout).toContain(
      'samples/export.json#posts[1]  warning  Unknown tag id `0123456789abcdef01234567` kept as written',
    );
    expect(result.stdout).not.toContain('5f0c9a1e2b3c4d5e6f708192');
  });

  it('lists what it would write with --dry-run and writes nothing', async () => {
    const { out, result } = await migrateSample('jekyll', ['--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      `_posts/2025-08-12-docker-networks-by-name.md  <-  ${SAMPLE}#posts[0]`,
      `_posts/2024-01-05-why-i-moved-my-blog.md  <-  ${SAMPLE}#posts[1]`,
      `_posts/2024-06-30-notes-on-yaml.md  <-  ${SAMPLE}#posts[3]`,
    ]);
    expect(result.stderr).toContain('3 posts would be written');
    expect(await listFiles(path.dirname(out))).toEqual(['tags.json']);
  });

  it('prints a JSON report with --format json', async () => {
    const { result } = await migrateSample('devto', ['--format', 'json']);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      version: 1,
      target: 'devto',
      dryRun: false,
      written: [
        { source: `${SAMPLE}#posts[0]`, slug: 'docker-networks-by-name', path: 'docker-networks-by-name.md' },
        { source: `${SAMPLE}#posts[1]`, slug: 'why-i-moved-my-blog', path: 'why-i-moved-my-blog.md' },
        { source: `${SAMPLE}#posts[3]`, slug: 'notes-on-yaml', path: 'notes-on-yaml.md' },
      ],
      skipped: [
        { source: `${SAMPLE}#posts[2]`, message: 'Deleted on Hashnode; pass `--include-deleted` to keep it' },
      ],
      problems: [],
      byRule: {
        'fence-copy-artifact': 1,
        'hashnode-callout': 1,
        'hashnode-embed': 3,
        'hashnode-image-attributes': 1,
        'hashnode-widget': 1,
        'whitespace-lines': 2,
      },
    });
  });
});
