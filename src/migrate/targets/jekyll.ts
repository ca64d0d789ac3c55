import { PLAIN } from '../syntax.js';
import { day, description, tagSlugs, type Target } from './target.js';

export const jekyll: Target = {
  name: 'jekyll',
  path: (post) => `_posts/${day(post)}-${post.slug}.md`,
  frontmatter: (post) => ({
    layout: 'post',
    title: post.title,
    description: description(post),
    date: post.date,
    last_modified_at: post.updated,
    tags: tagSlugs(post),
    image: post.cover,
    canonical_url: post.canonical,
  }),
  // Jekyll's own tag finds the post whatever the permalink setting.
  url: (post) => `{% post_url ${day(post)}-${post.slug} %}`,
  syntax: PLAIN,
  // Jekyll copies every folder to the site but those starting with `_` or `.`.
  sitePath: (path) => (path.split('/').some((part) => /^[_.]/.test(part)) ? undefined : `/${path}`),
};
