import { linkLine, PLAIN } from '../syntax.js';
import { description, servedFrom, tagNames, type Target } from './target.js';

export const hugo: Target = {
  name: 'hugo',
  path: (post, options) =>
    options.bundles ? `content/posts/${post.slug}/index.md` : `content/posts/${post.slug}.md`,
  frontmatter: (post) => ({
    title: post.title,
    description: description(post),
    date: post.date,
    lastmod: post.updated,
    slug: post.slug,
    tags: tagNames(post),
    images: post.cover ? [post.cover] : undefined,
    canonicalURL: post.canonical,
  }),
  url: (post) => `/posts/${post.slug}/`,
  syntax: { ...PLAIN, embed: hugoEmbed },
  sitePath: servedFrom('static'),
};

/** Hugo's built-in shortcodes for YouTube and gists; any other embed becomes a link. */
export function hugoEmbed(url: string): string {
  const youtube = youtubeId(url);
  if (youtube) return `{{< youtube ${youtube} >}}`;
  const gist = /^https?:\/\/gist\.github\.com\/([\w-]+)\/([0-9a-f]+)\/?$/i.exec(url);
  if (gist) return `{{< gist ${gist[1]} ${gist[2]} >}}`;
  return linkLine(url);
}

function youtubeId(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.replace(/^(www\.|m\.)/, '');
  const id =
    host === 'youtu.be'
      ? parsed.pathname.slice(1)
      : host === 'youtube.com' && parsed.pathname === '/watch'
        ? parsed.searchParams.get('v')
        : host === 'youtube.com'
          ? /^\/(?:embed|shorts)\/([\w-]+)/.exec(parsed.pathname)?.[1]
          : undefined;
  return id && /^[\w-]{6,}$/.test(id) ? id : undefined;
}
