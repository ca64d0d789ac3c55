/** Names Windows refuses as file names, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * A slug safe as one path segment on every system: no separators, no `..`, no characters Windows refuses,
 * no reserved device name. Returns the slug and, when it had to change, why.
 */
export function safeSlug(slug: string, fallback: string): { slug: string; reason?: string } {
  const cleaned = slug
    .normalize('NFC')
    .replace(/[/\\]+/g, '-')
    .replace(/[<>:"|?*\p{Cc}]+/gu, '')
    .replace(/\.{2,}/g, '')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  let result = cleaned === '' ? fallback : cleaned;
  if (RESERVED.test(result)) result = `${result}-post`;
  if (result === slug) return { slug: result };
  const reason =
    slug === ''
      ? `Missing slug; using \`${result}\``
      : `Unsafe slug \`${slug}\` (path separators, \`..\`, reserved names or characters a file name cannot hold); using \`${result}\``;
  return { slug: result, reason };
}

/** Gives each slug a unique name, ignoring case as macOS and Windows file systems do: `a`, `a-2`, `a-3`. */
export class SlugRegistry {
  private readonly taken = new Set<string>();

  claim(slug: string): { slug: string; renamed: boolean } {
    let candidate = slug;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${slug}-${n}`;
    this.taken.add(candidate.toLowerCase());
    return { slug: candidate, renamed: candidate !== slug };
  }
}
