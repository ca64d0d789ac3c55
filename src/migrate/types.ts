/** One post as every reader produces it and every target consumes it. */
export interface Post {
  /** Where it came from, for messages: a file, or `export.json#posts[3]`. */
  source: string;
  title: string;
  subtitle?: string;
  slug: string;
  cuid?: string;
  /** ISO 8601 publish date. */
  date?: string;
  updated?: string;
  cover?: string;
  seoTitle?: string;
  seoDescription?: string;
  canonical?: string;
  /** The blog's host, when the input names it (`domain` in frontmatter). */
  domain?: string;
  enableToc?: boolean;
  tags: Tag[];
  deleted: boolean;
  /** The post's Markdown without frontmatter. */
  markdown: string;
  /** True when `markdown` came with frontmatter that was removed (its tidy rules ran on the whole file). */
  fromFile: boolean;
}

export interface Tag {
  name: string;
  slug: string;
}

/** A problem that stops the whole run: the input cannot be read or is not what was expected. */
export class MigrateInputError extends Error {}

export interface PostNote {
  source: string;
  message: string;
}

export interface WrittenPost {
  source: string;
  slug: string;
  /** Relative to the output folder, with `/`. */
  path: string;
}

export interface MigrateReport {
  version: 1;
  target: string;
  out: string;
  dryRun: boolean;
  written: WrittenPost[];
  /** Posts left out on purpose (deleted ones). */
  skipped: PostNote[];
  /** Posts that could not be written, and error-level messages left in written posts. */
  problems: PostNote[];
  warnings: PostNote[];
  /** Tidy messages (fixed and left) per rule. */
  byRule: Record<string, number>;
  /** With `downloadImages`: what became of each image (each URL once). */
  images?: ImagesReport;
}

export interface ImagesReport {
  /** The download folder, as given. */
  dir: string;
  /** Downloaded by this run. */
  fetched: ImageCopy[];
  /** Already in the folder from an earlier run: not requested. */
  reused: ImageCopy[];
  /** Not downloaded; the posts keep the original URL. */
  failed: ImageFailure[];
  /** With `dryRun`: the images that would be downloaded. */
  planned: ImageUse[];
}

export interface ImageUse {
  url: string;
  /** The posts that show it (their `source`). */
  sources: string[];
}

export interface ImageCopy extends ImageUse {
  /** The file's name in the download folder. */
  file: string;
  /** Bytes downloaded (fetched images only). */
  bytes?: number;
}

export interface ImageFailure extends ImageUse {
  reason: string;
}

/** What `migrate` is doing, for a progress display: each post tidied, each image settled, each post written. */
export interface MigrateProgress {
  step: 'tidy' | 'download' | 'write';
  done: number;
  total: number;
  /** The post's source, or the image's URL. */
  item: string;
}
