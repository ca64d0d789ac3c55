import type { SyntaxPreset } from '../syntax.js';
import type { Post } from '../types.js';

export interface TargetOptions {
  /** Hugo page bundles: `<slug>/index.md`. */
  bundles?: boolean;
}

/** A destination: where each post goes, which frontmatter it gets, how Hashnode syntax is written. */
export interface Target {
  name: string;
  /** The post's file, relative to the output folder, with `/`. */
  path(post: Post, options: TargetOptions): string;
  /** Fields in the order they are written; `undefined` values are left out. */
  frontmatter(post: Post): Record<string, unknown>;
  syntax: SyntaxPreset;
  /** The post's URL on the new site, for links between posts; without it, links keep their Hashnode URL. */
  url?(post: Post): string;
  /** Keep `align="center"` and the other Hashnode image attributes (only Hashnode reads them). */
  keepImageAttributes?: boolean;
  /**
   * The site path of a file under the output folder (`path` relative to it, with `/`), when the site serves
   * it; undefined when it does not, and a downloaded image is then linked relative to the post.
   */
  sitePath?(path: string): string | undefined;
  /** Downloaded images are a backup only: the platform needs public URLs, so the posts keep theirs. */
  keepImageUrls?: boolean;
}

/** A `sitePath` for sites that serve the folder `folder/` at `/`. */
export function servedFrom(folder: string): (path: string) => string | undefined {
  return (path) => (path.startsWith(`${folder}/`) ? path.slice(folder.length) : undefined);
}

/** `YYYY-MM-DD` of the publish date in UTC, for dated file names. */
export function day(post: Post): string {
  return post.date?.slice(0, 10).match(/^\d{4}-\d{2}-\d{2}$/) ? post.date.slice(0, 10) : '1970-01-01';
}

/** The description: the SEO one, else the subtitle. */
export function description(post: Post): string | undefined {
  return post.seoDescription ?? post.subtitle;
}

export function tagNames(post: Post): string[] | undefined {
  return post.tags.length > 0 ? post.tags.map((tag) => tag.name) : undefined;
}

export function tagSlugs(post: Post): string[] | undefined {
  return post.tags.length > 0 ? post.tags.map((tag) => tag.slug) : undefined;
}
