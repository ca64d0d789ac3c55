import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromPlainMessage } from '../../src/batch/plain-message.js';
import type { FileOutcome, FileTask } from '../../src/batch/process-file.js';
import { runBatch, workerCount } from '../../src/batch/run-batch.js';
import { onlyRule, useTempDir } from '../helpers.js';

const tempDir = useTempDir();
const FAULTY_WORKER = new URL('./fixtures/faulty-worker.mjs', import.meta.url);

function task(dir: string, name: string): FileTask {
  return {
    file: path.join(dir, name),
    displayPath: name,
    rules: onlyRule('mojibake'),
    command: 'check',
    dryRun: false,
    cwd: dir,
    quiet: false,
    images: false,
  };
}

async function collect(batch: AsyncGenerator<FileOutcome>): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for await (const outcome of batch) outcomes.push(outcome);
  return outcomes;
}

const summary = (outcome: FileOutcome) =>
  [outcome.displayPath, ...outcome.messages.map((plain) => String(fromPlainMessage(plain)))].join(' ');

describe('runBatch', () => {
  it('reports a file whose worker throws or dies with a fatal message, and finishes the others in order', async () => {
    const dir = await tempDir();
    const names = ['a.md', 'throws.md', 'b.md', 'exits.md', 'c.md', 'd.md'];
    const outcomes = await collect(
      runBatch(
        names.map((name) => task(dir, name)),
        { workers: 2, workerUrl: FAULTY_WORKER },
      ),
    );
    expect(outcomes.map((outcome) => outcome.displayPath)).toEqual(names);
    expect(outcomes.map(summary)).toEqual([
      'a.md',
      `throws.md 1:1: Internal error while tidying this file: rule blew up; the other files were processed. Please report this with the file`,
      'b.md',
      expect.stringMatching(
        /^exits\.md 1:1: Internal error while tidying this file: .*exit.*; the other files were processed\. Please report this with the file$/,
      ),
      'c.md',
      'd.md',
    ]);
    expect(outcomes[1]!.messages[0]).toMatchObject({ ruleId: 'file-crash', fatal: true });
  });

  it('streams 50,000 files through the pool in order', async () => {
    const names = Array.from({ length: 50_000 }, (_, index) => `post-${index}.md`);
    let expected = 0;
    for await (const outcome of runBatch(
      names.map((name) => task('/nowhere', name)),
      { workers: 2, workerUrl: FAULTY_WORKER },
    )) {
      expect(outcome.displayPath).toBe(names[expected]);
      expected++;
    }
    expect(expected).toBe(50_000);
  });

  it('reports a file deleted between finding it and reading it, and goes on', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'kept.md'), '# Kept\n\nText.\n');
    const outcomes = await collect(runBatch([task(dir, 'gone.md'), task(dir, 'kept.md')], { workers: 1 }));
    expect(outcomes.map(summary)).toEqual(['gone.md 1:1: Cannot read file: no such file', 'kept.md']);
    expect(outcomes[0]!.messages[0]).toMatchObject({ ruleId: 'file-read', fatal: true });
  });

  it('starts no file once the signal is aborted, and finishes the one in progress', async () => {
    const dir = await tempDir();
    for (const name of ['1.md', '2.md', '3.md']) await writeFile(path.join(dir, name), '# Title\n');
    const stop = new AbortController();
    const seen: string[] = [];
    for await (const outcome of runBatch(
      ['1.md', '2.md', '3.md'].map((name) => task(dir, name)),
      { workers: 1, signal: stop.signal },
    )) {
      seen.push(outcome.displayPath);
      stop.abort();
    }
    expect(seen).toEqual(['1.md', '2.md']);
  });
});

describe('workerCount', () => {
  it('keeps small batches in this thread and caps threads at the number of files', () => {
    expect(workerCount(5)).toBe(1);
    expect(workerCount(3, 8)).toBe(3);
    expect(workerCount(100, 1)).toBe(1);
    expect(workerCount(0, 4)).toBe(1);
  });
});
