import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

/** Every file under `dir` (dot files too), relative, with `/`, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  return (await fg('**', { cwd: dir, dot: true, onlyFiles: true })).sort();
}

/** Every file under `dir` with its text. */
export async function readTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const file of await listFiles(dir)) tree[file] = await readFile(path.join(dir, file), 'utf8');
  return tree;
}

/** Tags for the ids in samples/export.json, in the shape of Hashnode's tag list; one id is left unknown. */
export const SAMPLE_TAGS = [
  { objectID: '5f0c9a1e2b3c4d5e6f708192', name: 'Docker', slug: 'docker' },
  { objectID: '5f0c9a1e2b3c4d5e6f708193', name: 'DevOps', slug: 'devops' },
  { objectID: '5f0c9a1e2b3c4d5e6f708194', name: 'Blogging', slug: 'blogging' },
  { objectID: '5f0c9a1e2b3c4d5e6f708195', name: 'YAML', slug: 'yaml' },
];

export async function writeJson(file: string, value: unknown): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(value, null, 2));
  return file;
}

/** A minimal post in the export's shape. */
export function exportPost(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    title: 'A post',
    slug: 'a-post',
    cuid: 'clw1test000010000000000000',
    dateAdded: '2025-01-02T03:04:05.000Z',
    isActive: true,
    tags: [],
    contentMarkdown: 'Some text.\n',
    ...fields,
  };
}
