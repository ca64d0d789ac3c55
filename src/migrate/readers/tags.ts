import { readFile } from 'node:fs/promises';
import { isRecord } from '../../config/config.js';
import { MigrateInputError, type Tag } from '../types.js';

export type TagTable = ReadonlyMap<string, Tag>;

const EXPECTED =
  'an array of `{ "objectID", "name", "slug" }` (like Hashnode\'s tag list) or an object mapping tag ids to slugs';

/** Reads `--tags FILE`: Hashnode's tag list, or a plain map from id to slug. */
export async function readTagTable(file: string): Promise<TagTable> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new MigrateInputError(
      `${file}: cannot read tags (${(error as Error).message}); expected ${EXPECTED}`,
    );
  }
  const table = new Map<string, Tag>();
  if (Array.isArray(data)) {
    for (const entry of data as unknown[]) {
      if (!isRecord(entry) || typeof entry.objectID !== 'string' || typeof entry.slug !== 'string') continue;
      const name = typeof entry.name === 'string' ? entry.name : entry.slug;
      table.set(entry.objectID, { name, slug: entry.slug });
    }
  } else if (isRecord(data)) {
    for (const [id, slug] of Object.entries(data)) {
      if (typeof slug === 'string') table.set(id, { name: slug, slug });
    }
  }
  if (table.size === 0) throw new MigrateInputError(`${file}: no tags found; expected ${EXPECTED}`);
  return table;
}
