import path from 'node:path';
import { VFileMessage } from 'vfile-message';
import { DOCS_BASE, MESSAGE_SOURCE } from '../rules/define-rule.js';
import type { PostFrontmatter } from './extract.js';

/** The ids of the checks across posts; documented in docs/rules/ like the rules. */
export const CROSS_POST_IDS = ['duplicate-slug', 'duplicate-cuid'] as const;
export type CrossPostId = (typeof CROSS_POST_IDS)[number];

export interface CrossPost {
  /** The post's path as the report shows it. */
  path: string;
  frontmatter: PostFrontmatter;
}

export interface CrossPostOptions {
  /**
   * Also report a slug that differs from the file name (`posts/ports.md` with `slug: docker-ports`), as a
   * warning with the `duplicate-slug` id. Off by default: Hashnode's backup names files by cuid.
   */
  slugMatchesFileName?: boolean;
}

/**
 * Finds slugs and cuids that more than one post uses, after every file is read. Each post gets its own
 * message at its own line, naming every other post with the same value.
 */
export function crossPostMessages(
  posts: readonly CrossPost[],
  options: CrossPostOptions = {},
): VFileMessage[] {
  const messages = [
    ...duplicates(
      posts,
      'slug',
      'duplicate-slug',
      'Hashnode overwrites a post with the next one that has its slug',
    ),
    ...duplicates(posts, 'cuid', 'duplicate-cuid', 'a cuid is the id of one Hashnode post'),
  ];
  if (options.slugMatchesFileName) {
    for (const post of posts) {
      const slug = post.frontmatter.slug;
      const name = path.basename(post.path).replace(/\.(?:md|markdown|mdx)$/i, '');
      if (slug === undefined || slug === name) continue;
      const message = makeMessage(
        `Unexpected slug \`${slug}\` in \`${path.basename(post.path)}\`, expected the file name and the slug to match (\`${slug}.md\`)`,
        post,
        'duplicate-slug',
        post.frontmatter.slugPlace,
      );
      message.fatal = false;
      messages.push(message);
    }
  }
  return messages;
}

function duplicates(
  posts: readonly CrossPost[],
  key: 'slug' | 'cuid',
  id: CrossPostId,
  why: string,
): VFileMessage[] {
  const byValue = new Map<string, CrossPost[]>();
  for (const post of posts) {
    const value = post.frontmatter[key];
    if (value === undefined) continue;
    const group = byValue.get(value);
    if (group) group.push(post);
    else byValue.set(value, [post]);
  }
  const messages: VFileMessage[] = [];
  for (const [value, group] of byValue) {
    if (group.length < 2) continue;
    for (const post of group) {
      const others = namesOfOthers(group, post);
      const place = key === 'slug' ? post.frontmatter.slugPlace : post.frontmatter.cuidPlace;
      messages.push(
        makeMessage(
          `Unexpected ${key} \`${value}\` that ${others} also ${group.length === 2 ? 'has' : 'have'}, expected a ${key} no other post uses: ${why}`,
          post,
          id,
          place,
        ),
      );
    }
  }
  return messages;
}

/** Names a few posts; a folder where hundreds share a value would otherwise repeat the whole list per post. */
const NAMED_POSTS = 3;

function namesOfOthers(group: readonly CrossPost[], post: CrossPost): string {
  const names: string[] = [];
  for (const other of group) {
    if (names.length === NAMED_POSTS) break;
    if (other !== post) names.push(`\`${other.path}\``);
  }
  const rest = group.length - 1 - names.length;
  return rest > 0 ? `${names.join(', ')} and ${rest} other post${rest === 1 ? '' : 's'}` : names.join(', ');
}

function makeMessage(
  reason: string,
  post: CrossPost,
  id: CrossPostId,
  place: PostFrontmatter['slugPlace'],
): VFileMessage {
  const message = new VFileMessage(reason, { place, ruleId: id, source: MESSAGE_SOURCE });
  message.file = post.path;
  message.fatal = true;
  message.url = DOCS_BASE + id + '.md';
  return message;
}
