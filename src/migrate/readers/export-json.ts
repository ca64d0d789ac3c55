import { MigrateInputError, type Post, type Tag } from '../types.js';
import { isRecord } from '../../config/config.js';
import type { TagTable } from './tags.js';

const EXPECTED = 'a Hashnode export: an object `{ "posts": [...] }` whose posts have `contentMarkdown`';

export interface ReadExport {
  posts: Post[];
  warnings: { source: string; message: string }[];
}

/** Reads the dashboard's JSON export. Unknown fields are ignored; missing optional ones are left out. */
export function readExport(text: string, file: string, tags: TagTable | undefined): ReadExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MigrateInputError(
      `${file}: not valid JSON (${(error as Error).message}); expected ${EXPECTED}. Is the file complete?`,
    );
  }
  if (!isRecord(data) || !Array.isArray(data.posts)) {
    throw new MigrateInputError(`${file}: no \`posts\` array at the top; expected ${EXPECTED}`);
  }
  const posts: Post[] = [];
  const warnings: ReadExport['warnings'] = [];
  data.posts.forEach((raw: unknown, index) => {
    const source = `${file}#posts[${index}]`;
    if (!isRecord(raw) || typeof raw.contentMarkdown !== 'string') {
      throw new MigrateInputError(`${source}: no \`contentMarkdown\` text; expected ${EXPECTED}`);
    }
    const unknownTags: string[] = [];
    const postTags = strings(raw.tags).map((id): Tag => {
      const found = tags?.get(id);
      if (!found) unknownTags.push(id);
      return found ?? { name: id, slug: id };
    });
    if (unknownTags.length > 0) {
      warnings.push({
        source,
        message: `Unknown tag id${unknownTags.length > 1 ? 's' : ''} ${unknownTags.map((id) => `\`${id}\``).join(', ')} kept as written; pass \`--tags tags.json\` (Hashnode's tag list or a map id -> slug) to name them`,
      });
    }
    posts.push({
      source,
      title: field(raw.title) ?? '',
      subtitle: field(raw.subtitle),
      slug: field(raw.slug) ?? '',
      cuid: field(raw.cuid),
      date: field(raw.dateAdded),
      updated: field(raw.dateUpdated),
      cover: field(raw.coverImage),
      seoTitle: field(raw.metaTitle),
      seoDescription: field(raw.metaDescription),
      canonical: field(raw.originalArticleURL),
      domain: field(raw.domain) ?? (isRecord(raw.publication) ? field(raw.publication.domain) : undefined),
      enableToc: typeof raw.enableToc === 'boolean' ? raw.enableToc : undefined,
      tags: postTags,
      deleted: raw.isActive === false || field(raw.dateDeleted) !== undefined,
      markdown: raw.contentMarkdown,
      fromFile: false,
    });
  });
  return { posts, warnings };
}

/** A non-empty string, else undefined (Hashnode writes `""` and `null` for unset fields). */
function field(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
