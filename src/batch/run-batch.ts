import { availableParallelism } from 'node:os';
import { inOrder } from './in-order.js';
import { crashedOutcome, tidyOrReport } from './crashed-outcome.js';
import type { Piscina } from 'piscina';
import type { FileOutcome, FileTask } from './process-file.js';

type Pool = Piscina<FileTask, FileOutcome>;

/** Below this many files, starting threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 32;
/** Outcomes kept while an earlier file is still being tidied: a few kilobytes each. */
const MAX_BUFFERED = 2048;

export interface BatchOptions {
  /** Threads to use: 1 runs every file in this thread; default: one worker per core, for batches big enough. */
  workers?: number;
  /** Stop starting files once aborted (Ctrl-C); the files in progress finish. */
  signal?: AbortSignal;
  /** The worker module; a test may give its own. */
  workerUrl?: URL;
}

/** How many threads a batch of `fileCount` files runs on. */
export function workerCount(fileCount: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, fileCount));
  return fileCount < MIN_FILES_FOR_WORKERS ? 1 : Math.min(availableParallelism(), fileCount);
}

/**
 * Tidies the files, on worker threads for big batches, and yields the outcomes in the order of `tasks`.
 * A file whose processing throws, or whose worker dies, gets a fatal `file-crash` message; the batch goes on.
 */
export async function* runBatch(
  tasks: readonly FileTask[],
  options: BatchOptions = {},
): AsyncGenerator<FileOutcome> {
  const threads = workerCount(tasks.length, options.workers);
  if (threads === 1) {
    yield* inOrder(tasks, tidyOrReport, {
      concurrency: 1,
      maxBuffered: 1,
      signal: options.signal,
    });
    return;
  }
  const { Piscina } = await import('piscina');
  const pool: Pool = new Piscina({
    filename: (options.workerUrl ?? new URL('./worker.js', import.meta.url)).href,
    minThreads: threads,
    maxThreads: threads,
  });
  // A worker reports a file that throws itself (tidyOrReport); a rejected run means its thread died.
  const work = (task: FileTask) => pool.run(task).catch((error) => crashedOutcome(task, error));
  try {
    // Two files a thread, so a thread never waits for its next file; while one slow file is tidied, the
    // other threads go on with up to MAX_BUFFERED files after it. This thread only hands files out and
    // reports: tidying here too was measured slower, as it delays handing the workers their next file.
    yield* inOrder(tasks, work, {
      concurrency: threads * 2,
      maxBuffered: MAX_BUFFERED,
      signal: options.signal,
    });
  } finally {
    await pool.destroy();
  }
}
