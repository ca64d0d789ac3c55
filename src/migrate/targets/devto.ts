import { PLAIN } from '../syntax.js';
import { description, type Target } from './target.js';

/** DEV allows at most four tags, each lowercase letters and digits only. */
export const DEVTO_MAX_TAGS = 4;

export const devto: Target = {
  name: 'devto',
  path: (post) => `${post.slug}.md`,
  frontmatter: (post) => {
    const tags = [...new Set(post.tags.map((tag) => tag.slug.toLowerCase().replace(/[^a-z0-9]/g, '')))]
      .filter(Boolean)
      .slice(0, DEVTO_MAX_TAGS);
    return {
      title: post.title,
      published: true,
      description: description(post),
      // DEV reads tags as one comma-separated string.
      tags: tags.length > 0 ? tags.join(', ') : undefined,
      canonical_url: post.canonical,
      cover_image: post.cover,
      date: post.date,
    };
  },
  syntax: PLAIN,
  keepImageUrls: true,
};
