import { PLAIN } from '../syntax.js';
import { description, servedFrom, tagSlugs, type Target } from './target.js';

/** The fields of Astro's blog starter content collection. */
export const astro: Target = {
  name: 'astro',
  path: (post) => `src/content/blog/${post.slug}.md`,
  frontmatter: (post) => ({
    title: post.title,
    description: description(post) ?? '',
    pubDate: post.date,
    updatedDate: post.updated,
    heroImage: post.cover,
    tags: tagSlugs(post),
    canonicalURL: post.canonical,
  }),
  url: (post) => `/blog/${post.slug}/`,
  syntax: PLAIN,
  sitePath: servedFrom('public'),
};
