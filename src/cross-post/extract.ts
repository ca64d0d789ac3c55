import { isScalar } from 'yaml';
import { frontmatterFromText } from '../frontmatter/locate.js';
import { lineFinder, type LineColumn } from '../frontmatter/lines.js';
import { entryMap, parseFrontmatter, type ParsedFrontmatter } from '../frontmatter/parse.js';

/** The keys a post is known by across a folder, with where their values are written. */
export interface PostFrontmatter {
  slug?: string;
  cuid?: string;
  /** Line and column of the slug's value. */
  slugPlace?: LineColumn;
  /** Line and column of the cuid's value. */
  cuidPlace?: LineColumn;
}

/**
 * Reads `slug` and `cuid` from a post's decoded text (BOM removed, CRLF read as LF) without parsing the
 * Markdown, so a caller can collect them from many files cheaply. Frontmatter that is missing, does not
 * parse or is not a mapping gives `{}`: frontmatter-syntax reports it.
 */
export function extractPostKeys(text: string): PostFrontmatter {
  const block = frontmatterFromText(text);
  return postKeysOf(block && parseFrontmatter(block), text);
}

/** The same from frontmatter already parsed (by the rules, from the post's tree): no second YAML parse. */
export function postKeysOf(parsed: ParsedFrontmatter | undefined, text: string): PostFrontmatter {
  if (!parsed) return {};
  const { block } = parsed;
  const entries = entryMap(parsed.entries);
  // Lines are counted in the frontmatter only: the body can be long and is not needed.
  const place = lineFinder(text.slice(0, block.close));
  const found: PostFrontmatter = {};
  for (const key of ['slug', 'cuid'] as const) {
    const entry = entries.get(key);
    const value = entry?.value;
    if (!entry || !isScalar(value) || value.value === null) continue;
    const written = String(value.value).trim();
    if (written === '') continue;
    found[key] = written;
    found[key === 'slug' ? 'slugPlace' : 'cuidPlace'] = place(entry.valueStart);
  }
  return found;
}
