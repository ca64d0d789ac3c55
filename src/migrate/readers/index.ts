import { readFile, stat } from 'node:fs/promises';
import type { Post, PostNote } from '../types.js';
import { MigrateInputError } from '../types.js';
import { readBackup } from './backup-posts.js';
import { readExport } from './export-json.js';
import type { TagTable } from './tags.js';

export { readTagTable, type TagTable } from './tags.js';

/** Reads any input: a `.json` export, a folder of backup posts, or one post. */
export async function readInput(
  input: string,
  display: string,
  tags: TagTable | undefined,
  outDir?: string,
): Promise<{ posts: Post[]; warnings: PostNote[] }> {
  const info = await stat(input).catch(() => undefined);
  if (!info) throw new MigrateInputError(`${display}: no such file or folder`);
  if (info.isFile() && input.toLowerCase().endsWith('.json')) {
    return readExport(await readFile(input, 'utf8'), display, tags);
  }
  if (info.isFile() || info.isDirectory())
    return { posts: await readBackup(input, display, outDir), warnings: [] };
  throw new MigrateInputError(
    `${display}: not a file or folder; expected an export .json, a folder or a post`,
  );
}
