import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

const pending = new Set<string>();

/**
 * Writes a file so that it is either the old bytes or the new ones, never half of each: the data goes to a
 * temporary file in the same folder (same file system, so rename is atomic), is flushed, takes the old
 * file's mode, and is renamed over the original.
 */
export async function writeFileAtomic(filePath: string, data: Uint8Array): Promise<void> {
  const { mode } = await stat(filePath).catch(() => ({ mode: 0o644 }));
  const temporary = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  pending.add(temporary);
  try {
    const handle = await open(temporary, 'wx', mode & 0o7777);
    try {
      await handle.writeFile(data);
      await handle.chmod(mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, filePath);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

/** Temporary files still being written; an interrupted run removes them before it exits. */
export function pendingTemporaryFiles(): readonly string[] {
  return [...pending];
}
