import { tagSlugs, type Target } from './target.js';

/** Hashnode's publish-from-GitHub frontmatter; its own syntax is kept as it is. */
export const hashnode: Target = {
  name: 'hashnode',
  path: (post) => `${post.slug}.md`,
  frontmatter: (post) => ({
    title: post.title,
    subtitle: post.subtitle,
    slug: post.slug,
    tags: tagSlugs(post),
    cover: post.cover,
    canonical: post.canonical,
    seoTitle: post.seoTitle,
    seoDescription: post.seoDescription,
    enableToc: post.enableToc,
    datePublished: post.date,
  }),
  syntax: {},
  keepImageAttributes: true,
  keepImageUrls: true,
};
