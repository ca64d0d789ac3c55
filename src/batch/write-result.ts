import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { writeFileAtomic } from '../io/atomic-write.js';
import { encodeText } from '../io/text-encoding.js';
import { fileMessage } from '../pipeline/file-messages.js';
import { describeError, type FileResult } from '../pipeline/tidy-file.js';

/**
 * Writes a fixed post: over the original (only when it changed), or as a copy under `outDir` (always, so
 * the folder holds the whole batch). Returns a fatal message instead of throwing, and never writes for a
 * file with a fatal message: a post that could not be read or decoded is left exactly as it is.
 */
export async function writeResult(
  result: FileResult,
  options: { cwd: string; outDir?: string },
): Promise<VFileMessage | undefined> {
  const failed = (reason: string) =>
    fileMessage('file-write', reason, { fatal: true, filePath: result.path });
  if (result.text === undefined || result.format === undefined) return undefined;
  if (result.messages.some((message) => message.fatal === true && message.ruleId?.startsWith('file-'))) {
    return undefined;
  }
  let target = result.path;
  if (options.outDir !== undefined) {
    const relativePath = outRelativePath(result.path, options.cwd);
    target = path.resolve(options.outDir, relativePath);
    if (!target.startsWith(path.resolve(options.outDir) + path.sep)) {
      return failed(`Refusing to write outside the output folder: \`${target}\``);
    }
  } else if (!result.changed) {
    return undefined;
  } else if (!result.writable) {
    return failed('File is read-only; not fixed. Make it writable or use `--out DIR` to write a fixed copy');
  }
  let bytes;
  try {
    bytes = encodeText(result.text, result.format);
  } catch (error) {
    return failed(`Cannot encode the fixed text: ${(error as Error).message}; file left unchanged`);
  }
  try {
    if (options.outDir !== undefined) await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, bytes);
  } catch (error) {
    return failed(`Cannot write \`${target}\`: ${describeError(error)}; file left unchanged`);
  }
  return undefined;
}

/** Keeps the path relative to the current folder; a file outside it keeps only its name. */
function outRelativePath(filePath: string, cwd: string): string {
  const relativePath = path.relative(cwd, filePath);
  return relativePath.startsWith('..') || path.isAbsolute(relativePath)
    ? path.basename(filePath)
    : relativePath;
}
