import { githubAlert, PLAIN } from '../syntax.js';
import { description, tagNames, type Target } from './target.js';

/** Plain CommonMark with GitHub alerts: portable, readable anywhere, rendered best on GitHub. */
export const markdown: Target = {
  name: 'markdown',
  path: (post) => `${post.slug}.md`,
  frontmatter: (post) => ({
    title: post.title,
    description: description(post),
    date: post.date,
    updated: post.updated,
    tags: tagNames(post),
    cover: post.cover,
    canonical: post.canonical,
  }),
  url: (post) => `${post.slug}.md`,
  syntax: { ...PLAIN, callout: githubAlert },
};
