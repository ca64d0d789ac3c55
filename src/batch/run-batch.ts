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
  /**
   * Threads to use, this one included: 1 runs every file in this thread, N adds N - 1 worker threads.
   * Default: one per core, for batches big enough.
   */
  workers?: number;
  /** Stop starting files once aborted (Ctrl-C); the files in progress finish. */
  signal?: AbortSignal;
  /** The worker module; a test may give its own. */
  workerUrl?: URL;
  /** Whether this thread tidies files too, as one of the `workers` (default true). */
  thisThread?: boolean;
}

/** How many threads a batch of `fileCount` files runs on. */
export function workerCount(fileCount: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, fileCount));
  return fileCount < MIN_FILES_FOR_WORKERS ? 1 : Math.min(availableParallelism(), fileCount);
}

/**
 * Tidies the files, on this thread and worker threads for big batches, and yields the outcomes in the order
 * of `tasks`. A file whose processing throws, or whose worker dies, gets a fatal `file-crash` message; the
 * batch goes on.
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
  const here = options.thisThread ?? true;
  const workers = here ? threads - 1 : threads;
  const filename = (options.workerUrl ?? new URL('./worker.js', import.meta.url)).href;
  const pool: Pool = new Piscina({
    filename,
    minThreads: workers,
    maxThreads: workers,
    // A worker holds its next file already, so it does not wait while this thread is busy tidying one.
    concurrentTasksPerWorker: 2,
    // Parsing makes short-lived garbage fast; a larger young generation than V8's default cuts the time
    // spent collecting it by about a tenth, at no cost in peak memory measured on 1,000 posts.
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
  });
  // A worker reports a file that throws itself; a rejected run means the thread died, taking with it the
  // other file it held. Both are tried again alone, one at a time, so only the file that kills a thread
  // is reported.
  let quarantine: Pool | undefined;
  const alone = (task: FileTask) => {
    quarantine ??= new Piscina({ filename, minThreads: 0, maxThreads: 1 });
    return quarantine.run(task).catch((error) => crashedOutcome(task, error));
  };
  // This thread tidies files too, between handing them out: one thread fewer to start and to keep in memory.
  let hereBusy = !here;
  const work = async (task: FileTask) => {
    if (hereBusy) return pool.run(task).catch(() => alone(task));
    hereBusy = true;
    try {
      return await tidyOrReport(task);
    } finally {
      hereBusy = false;
    }
  };
  try {
    // Two files a thread, so a thread never waits for its next file; while one slow file is tidied, the
    // other threads go on with up to MAX_BUFFERED files after it.
    yield* inOrder(tasks, work, {
      concurrency: threads * 2,
      maxBuffered: MAX_BUFFERED,
      signal: options.signal,
    });
  } finally {
    await Promise.all([pool.destroy(), quarantine?.destroy()]);
  }
}
