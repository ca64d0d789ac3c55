import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { parse } from 'yaml';
import { MigrateInputError, type Post } from '../types.js';
import { isRecord } from '../../config/config.js';

/** The frontmatter block at the very top, `---` to `---`. */
export const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Reads a GitHub backup: a folder of posts (searched recursively) or one post. */
export async function readBackup(input: string, display: string, outDir?: string): Promise<Post[]> {
  const info = await stat(input);
  const files = info.isDirectory()
    ? (await fg(['**/*.md', '**/*.markdown'], { cwd: input, ignore: ignored(input, outDir) })).sort()
    : [''];
  if (files.length === 0) throw new MigrateInputError(`${display}: no *.md posts in this folder`);
  const posts: Post[] = [];
  for (const file of files) {
    const full = file === '' ? input : path.join(input, file);
    const source = file === '' ? display : path.join(display, file).split(path.sep).join('/');
    posts.push(postFromFile(await readFile(full, 'utf8'), source));
  }
  return posts;
}

/** A backup post's fields from its frontmatter (Hashnode's backup names them as below). */
export function postFromFile(text: string, source: string): Post {
  const block = FRONTMATTER.exec(text);
  let data: unknown;
  try {
    data = block?.[1] ? parse(block[1]) : {};
  } catch (error) {
    throw new MigrateInputError(
      `${source}: frontmatter is not YAML (${(error as Error).message.split('\n')[0]}); fix it with \`hashnode-tidy check\` first`,
    );
  }
  const fields = isRecord(data) ? data : {};
  const tags = Array.isArray(fields.tags)
    ? fields.tags.map(String)
    : typeof fields.tags === 'string'
      ? fields.tags.split(',')
      : [];
  return {
    source,
    title: field(fields.title) ?? '',
    subtitle: field(fields.subtitle),
    slug: field(fields.slug) ?? path.basename(source).replace(/\.(md|markdown)$/, ''),
    cuid: field(fields.cuid),
    date: isoDate(fields.datePublished),
    updated: isoDate(fields.dateUpdated),
    cover: field(fields.cover) ?? field(fields.coverImage),
    seoTitle: field(fields.seoTitle),
    seoDescription: field(fields.seoDescription),
    canonical: field(fields.canonical),
    domain: field(fields.domain),
    enableToc: typeof fields.enableToc === 'boolean' ? fields.enableToc : undefined,
    tags: tags
      .map((tag) => tag.trim())
      .filter(Boolean)
      .map((tag) => ({ name: tag, slug: tag })),
    deleted: false,
    markdown: text,
    fromFile: true,
  };
}

/** Never read back what a migration wrote: the output folder is skipped when it lies inside the input. */
function ignored(input: string, outDir: string | undefined): string[] {
  const patterns = ['**/node_modules/**', '**/.git/**'];
  const inside = outDir === undefined ? '..' : path.relative(input, outDir);
  if (inside === '')
    throw new MigrateInputError(`--out is the input folder; write the posts to another folder`);
  if (!inside.startsWith('..') && !path.isAbsolute(inside))
    patterns.push(`${fg.escapePath(inside.split(path.sep).join('/'))}/**`);
  return patterns;
}

function field(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Backups hold ISO dates or JavaScript `Date` strings (`Sun Jun 08 2025 13:19:59 GMT+0000 (…)`). */
function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString();
  const raw = field(value);
  if (raw === undefined) return undefined;
  const time = Date.parse(raw.replace(/\s*\([^)]*\)\s*$/, ''));
  return Number.isNaN(time) ? raw : new Date(time).toISOString();
}
