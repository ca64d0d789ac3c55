import { PLAIN } from '../syntax.js';
import { day, description, servedFrom, tagSlugs, type Target } from './target.js';

/** Docusaurus's blog plugin; callouts become its admonitions, the date comes from the file name. */
export const docusaurus: Target = {
  name: 'docusaurus',
  path: (post) => `blog/${day(post)}-${post.slug}.md`,
  frontmatter: (post) => ({
    title: post.title,
    description: description(post),
    slug: post.slug,
    date: post.date,
    tags: tagSlugs(post),
    image: post.cover,
  }),
  url: (post) => `/blog/${post.slug}`,
  syntax: {
    ...PLAIN,
    callout: (emoji, text) => `:::note\n\n${[emoji, text].filter(Boolean).join(' ')}\n\n:::`,
  },
  sitePath: servedFrom('static'),
};
