import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { fetchOnce, type FetchLimits } from './fetch-image.js';
import { hashOfFileName, imageFileName, urlHash } from './naming.js';
import { withRetries, type RetryPolicy } from './retry.js';

export interface DownloadLimits extends FetchLimits, RetryPolicy {
  /** Downloads at the same time. */
  concurrency: number;
}

export const DOWNLOAD_DEFAULTS: Readonly<DownloadLimits> = {
  concurrency: 4,
  timeoutMs: 30_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  retryDelayMs: 500,
  maxRetryAfterMs: 30_000,
};

export type ImageResult =
  /** `file` is a name inside the download folder. */
  | { status: 'fetched'; file: string; bytes: number }
  | { status: 'reused'; file: string }
  | { status: 'failed'; reason: string }
  /** --dry-run: it would be downloaded. */
  | { status: 'planned' };

export interface DownloadEvent {
  url: string;
  result: ImageResult;
  done: number;
  total: number;
}

/**
 * Downloads each URL once into `dir`, at most `concurrency` at a time. An image whose copy is already in
 * `dir` (a file named with the URL's hash) is not requested again; a copy is written to a temporary file and
 * renamed, so an interrupted run leaves no partial image under its final name. With `dryRun` nothing is
 * requested or written.
 */
export async function downloadImages(
  urls: Iterable<string>,
  dir: string,
  options: { limits: DownloadLimits; dryRun: boolean; onEvent?: (event: DownloadEvent) => void },
): Promise<Map<string, ImageResult>> {
  const unique = [...new Set(urls)];
  const existing = await copiesIn(dir);
  if (!options.dryRun && unique.some((url) => !existing.has(urlHash(url)))) {
    await mkdir(dir, { recursive: true });
  }
  const limit = pLimit(options.limits.concurrency);
  const results = new Map<string, ImageResult>();
  let done = 0;
  await Promise.all(
    unique.map(async (url) => {
      const copy = existing.get(urlHash(url));
      const result: ImageResult = copy
        ? { status: 'reused', file: copy }
        : options.dryRun
          ? { status: 'planned' }
          : await limit(() => download(url, dir, options.limits));
      results.set(url, result);
      done++;
      options.onEvent?.({ url, result, done, total: unique.length });
    }),
  );
  // In the order asked, whatever order the downloads finished in.
  return new Map(unique.map((url) => [url, results.get(url)!]));
}

async function download(url: string, dir: string, limits: DownloadLimits): Promise<ImageResult> {
  try {
    new URL(url);
  } catch {
    return { status: 'failed', reason: 'not a valid URL' };
  }
  const answer = await withRetries(() => fetchOnce(url, limits), limits);
  if (!answer.ok) return { status: 'failed', reason: answer.reason };
  const file = imageFileName(url, answer.contentType);
  try {
    await writeFileAtomic(path.join(dir, file), answer.body);
  } catch (error) {
    return { status: 'failed', reason: `cannot write \`${file}\`: ${(error as Error).message}` };
  }
  return { status: 'fetched', file, bytes: answer.body.byteLength };
}

/** The copies already in `dir`, by URL hash (temporary files start with a dot and are not copies). */
async function copiesIn(dir: string): Promise<Map<string, string>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const copies = new Map<string, string>();
  for (const name of names.sort()) {
    const hash = hashOfFileName(name);
    if (hash && !copies.has(hash)) copies.set(hash, name);
  }
  return copies;
}
