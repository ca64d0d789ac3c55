import { PLAIN } from '../syntax.js';
import { description, servedFrom, tagSlugs, type Target } from './target.js';

/** Eleventy's base blog layout: posts in `content/blog/`, with the old URL kept as the permalink. */
export const eleventy: Target = {
  name: 'eleventy',
  path: (post) => `content/blog/${post.slug}.md`,
  frontmatter: (post) => ({
    title: post.title,
    description: description(post),
    date: post.date,
    tags: tagSlugs(post),
    image: post.cover,
    permalink: `/${post.slug}/`,
  }),
  url: (post) => `/${post.slug}/`,
  syntax: PLAIN,
  // The base blog copies public/ to the site's root.
  sitePath: servedFrom('public'),
};
