import { readFileSync, statSync } from 'node:fs';
import { decodeBytes, type DecodedText } from './text-encoding.js';

export interface ReadPost extends DecodedText {
  /** False when the file has no write permission for anyone: `fix` leaves it alone. */
  writable: boolean;
}

/**
 * Markdown parsers slow down more than linearly on huge documents (micromark takes minutes on 20 MB), and no
 * blog post comes near this: the largest of 2,800 real Hashnode posts is 0.3 MB.
 */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export class FileTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(
      `File is ${megabytes(size)} MB, over the ${megabytes(limit)} MB limit for a post; skipped. ` +
        'Raise the limit with `--max-file-size` if this is really a post',
    );
  }
}

/**
 * Reads and decodes a post, refusing files larger than `maxBytes` before reading them. The reads are
 * synchronous: for files of a few kilobytes the round trip through libuv's thread pool costs more than the
 * read itself, and batches get their concurrency from worker threads.
 */
export async function readPost(filePath: string, maxBytes = Infinity): Promise<ReadPost> {
  const info = statSync(filePath);
  if (info.size > maxBytes) throw new FileTooLargeError(info.size, maxBytes);
  const bytes = readFileSync(filePath);
  // Permission bits, not access(2): a root process may write anything, but a read-only post was made so on purpose.
  return { ...decodeBytes(bytes), writable: (info.mode & 0o222) !== 0 };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
