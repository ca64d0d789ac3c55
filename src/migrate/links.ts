import type { Post } from './types.js';

/** A post as it was on Hashnode and as it is written. */
export interface PlacedPost {
  original: Post;
  ready: Post;
}

/**
 * Maps links to the blog's own posts (`https://<blog host>/<old slug>`) to their place on the new site. The
 * blog's hosts are the `domain` fields, and the host of a canonical URL whose path is the post's own slug.
 * Returns undefined when the target has no URL scheme of its own or no host is known.
 */
export function linkRewriter(
  posts: readonly PlacedPost[],
  url: ((post: Post) => string) | undefined,
): ((href: string) => string | undefined) | undefined {
  if (!url) return undefined;
  const hosts = new Set<string>();
  const bySlug = new Map<string, string>();
  for (const { original, ready } of posts) {
    if (original.domain) hosts.add(hostOf(original.domain));
    const canonical = parse(original.canonical);
    if (canonical && trimSlashes(canonical.pathname) === original.slug) hosts.add(hostOf(canonical.hostname));
    // With duplicate slugs the first post held the URL on Hashnode.
    if (original.slug && !bySlug.has(original.slug)) bySlug.set(original.slug, url(ready));
  }
  if (hosts.size === 0) return undefined;
  return (href) => {
    const link = parse(href);
    if (!link || !hosts.has(hostOf(link.hostname)) || link.search) return undefined;
    let slug: string;
    try {
      slug = decodeURIComponent(trimSlashes(link.pathname));
    } catch {
      return undefined;
    }
    const found = bySlug.get(slug);
    return found === undefined ? undefined : found + link.hash;
  };
}

function parse(href: string | undefined): URL | undefined {
  if (!href || !/^https?:\/\//i.test(href)) return undefined;
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** `https://www.Blog.dev/` and `blog.dev` name the same blog. */
function hostOf(value: string): string {
  return value
    .replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase()
    .replace(/^www\./, '');
}

function trimSlashes(pathname: string): string {
  return pathname.replace(/^\/+|\/+$/g, '');
}
