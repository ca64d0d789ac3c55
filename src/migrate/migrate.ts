import path from 'node:path';
import { stringify } from 'yaml';
import { writeFileAtomic } from '../io/atomic-write.js';
import { tidy, type TidyResult } from '../pipeline/tidy.js';
import type { RuleSetting } from '../rules/types.js';
import {
  DOWNLOAD_DEFAULTS,
  downloadImages,
  imagesReport,
  localImageUrl,
  postImages,
  type DownloadLimits,
  type ImageResult,
} from './images/index.js';
import { linkRewriter, type PlacedPost } from './links.js';
import { insideOut, prepareFolder } from './paths.js';
import { FRONTMATTER } from './readers/backup-posts.js';
import { readInput, readTagTable } from './readers/index.js';
import { safeSlug, SlugRegistry } from './slug.js';
import { convertSyntax } from './syntax.js';
import { TARGET_NAMES, TARGETS, type Target } from './targets/index.js';
import { MigrateInputError, type MigrateProgress, type MigrateReport, type Post } from './types.js';

export interface MigrateOptions {
  /** An export `.json`, a folder of backup posts, or one post. */
  input: string;
  /** One of `TARGET_NAMES`. */
  target: string;
  /** The output folder; nothing is written outside it. */
  out: string;
  /** Tag list: Hashnode's `[{ objectID, name, slug }]` or a map id -> slug. */
  tags?: string;
  includeDeleted?: boolean;
  dryRun?: boolean;
  /** Hugo page bundles. */
  bundles?: boolean;
  /** Base for relative paths and for the names in the report (default: the current folder). */
  cwd?: string;
  /**
   * Download every http and https image (the cover too) into this folder and point the posts at the copies
   * (except for targets that need public URLs: `devto`, `hashnode`).
   */
  downloadImages?: string;
  /** Concurrency, timeout, size limit, redirects and retries of the downloads; see `DOWNLOAD_DEFAULTS`. */
  downloadLimits?: Partial<DownloadLimits>;
  /** Called as each post is tidied, each image is downloaded (or found, or fails) and each post is written. */
  onProgress?: (event: MigrateProgress) => void;
}

/** A placed post with its file and, when that file is inside `out`, its tidied text. */
interface Prepared extends PlacedPost {
  relative: string;
  file: string | undefined;
  tidied: TidyResult | undefined;
  imageUrls: string[];
  imageWarnings: string[];
}

type ImageRewriter = (url: string) => string | undefined;

/** Reads posts, repairs each with `tidy`, converts Hashnode syntax for the target and writes them under `out`. */
export async function migrate(options: MigrateOptions): Promise<MigrateReport> {
  const cwd = options.cwd ?? process.cwd();
  const target = TARGETS[options.target];
  if (!target) {
    throw new MigrateInputError(
      `Unknown target \`${options.target}\`, expected one of ${TARGET_NAMES.join(', ')}`,
    );
  }
  const outDir = path.resolve(cwd, options.out);
  const tags = options.tags ? await readTagTable(path.resolve(cwd, options.tags)) : undefined;
  const { posts, warnings } = await readInput(path.resolve(cwd, options.input), options.input, tags, outDir);
  const report: MigrateReport = {
    version: 1,
    target: target.name,
    out: options.out,
    dryRun: options.dryRun === true,
    written: [],
    skipped: [],
    problems: [],
    warnings: [...warnings],
    byRule: {},
  };
  const placed = placePosts(posts, options, report);
  const rewriteLink = linkRewriter(placed, target.url?.bind(target));
  const progress = options.onProgress ?? (() => undefined);
  // Every post is tidied before any download, so an image several posts show is fetched once.
  const prepared = placed.map((entry, index): Prepared => {
    const relative = target.path(entry.ready, { bundles: options.bundles });
    const file = insideOut(outDir, relative);
    // The tree is kept for writing: parsing again would cost a third of the tidy time; holding it, ~50 KB a post.
    const tidied = file
      ? tidy(entry.ready.markdown, { rules: ruleSettings(entry.ready, target), path: entry.ready.source })
      : undefined;
    const images =
      tidied && options.downloadImages !== undefined
        ? postImages(tidied.tree, entry.ready.cover)
        : { urls: [], warnings: [] };
    progress({ step: 'tidy', done: index + 1, total: placed.length, item: entry.original.source });
    return { ...entry, relative, file, tidied, imageUrls: images.urls, imageWarnings: images.warnings };
  });
  const imageDir =
    options.downloadImages === undefined ? undefined : path.resolve(cwd, options.downloadImages);
  const images = imageDir ? await fetchImages(prepared, imageDir, options, progress) : undefined;
  for (const [index, { original, ready, relative, file, tidied, imageWarnings }] of prepared.entries()) {
    if (!file || !tidied) {
      report.problems.push({
        source: original.source,
        message: `Refused to write \`${relative}\`: it is outside --out`,
      });
      continue;
    }
    for (const message of imageWarnings) report.warnings.push({ source: original.source, message });
    const rewriteImage =
      images && imageDir && !target.keepImageUrls
        ? imageRewriter(images, (name) => localImageUrl(target, outDir, file, path.join(imageDir, name)))
        : undefined;
    const text = render(ready, tidied, target, report, rewriteLink, rewriteImage);
    if (!options.dryRun) {
      try {
        if (!(await prepareFolder(outDir, file))) {
          report.problems.push({
            source: original.source,
            message: `Refused to write \`${relative}\`: a symbolic link leads outside --out`,
          });
          continue;
        }
        await writeFileAtomic(file, Buffer.from(text, 'utf8'));
      } catch (error) {
        report.problems.push({
          source: original.source,
          message: `Cannot write \`${relative}\`: ${(error as Error).message}`,
        });
        continue;
      }
    }
    report.written.push({ source: original.source, slug: ready.slug, path: relative });
    progress({ step: 'write', done: index + 1, total: prepared.length, item: relative });
  }
  if (images && options.downloadImages !== undefined) {
    report.images = imagesReport(options.downloadImages, images, sourcesOf(prepared));
  }
  return report;
}

/** Downloads the images of every post that will be written, each URL once. */
async function fetchImages(
  prepared: readonly Prepared[],
  dir: string,
  options: MigrateOptions,
  progress: (event: MigrateProgress) => void,
): Promise<Map<string, ImageResult>> {
  try {
    return await downloadImages(
      prepared.flatMap((entry) => entry.imageUrls),
      dir,
      {
        limits: { ...DOWNLOAD_DEFAULTS, ...options.downloadLimits },
        dryRun: options.dryRun === true,
        onEvent: ({ url, done, total }) => progress({ step: 'download', done, total, item: url }),
      },
    );
  } catch (error) {
    // Each download reports its own failure; only making the folder can throw.
    throw new MigrateInputError(
      `${options.downloadImages}: cannot make the download folder (${(error as Error).message})`,
    );
  }
}

/** The URL of an image's copy, for the images that have one; the others keep their URL. */
function imageRewriter(
  results: ReadonlyMap<string, ImageResult>,
  link: (file: string) => string,
): ImageRewriter {
  return (url) => {
    const result = results.get(url);
    return result?.status === 'fetched' || result?.status === 'reused' ? link(result.file) : undefined;
  };
}

function sourcesOf(prepared: readonly Prepared[]): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  for (const { original, imageUrls } of prepared) {
    for (const url of imageUrls) sources.set(url, [...(sources.get(url) ?? []), original.source]);
  }
  return sources;
}

/** Leaves out deleted posts (unless asked) and gives every other post a safe, unique slug, before any is written. */
function placePosts(posts: readonly Post[], options: MigrateOptions, report: MigrateReport): PlacedPost[] {
  const slugs = new SlugRegistry();
  const placed: PlacedPost[] = [];
  for (const [index, post] of posts.entries()) {
    if (post.deleted && !options.includeDeleted) {
      report.skipped.push({
        source: post.source,
        message: 'Deleted on Hashnode; pass `--include-deleted` to keep it',
      });
      continue;
    }
    const safe = safeSlug(post.slug, post.cuid ?? `post-${index + 1}`);
    if (safe.reason) report.warnings.push({ source: post.source, message: safe.reason });
    const claimed = slugs.claim(safe.slug);
    if (claimed.renamed) {
      report.warnings.push({
        source: post.source,
        message: `Duplicate slug \`${safe.slug}\`; written as \`${claimed.slug}\`. Give the post its own slug to keep its URL`,
      });
    }
    placed.push({ original: post, ready: { ...post, slug: claimed.slug } });
  }
  return placed;
}

/** The post's file: YAML frontmatter from the target, then the repaired and converted Markdown. */
function render(
  post: Post,
  result: TidyResult,
  target: Target,
  report: MigrateReport,
  rewriteLink: ((url: string) => string | undefined) | undefined,
  rewriteImage: ImageRewriter | undefined,
): string {
  for (const message of [...result.fixed, ...result.messages]) {
    if (message.ruleId) report.byRule[message.ruleId] = (report.byRule[message.ruleId] ?? 0) + 1;
    if (message.fatal === true && result.messages.includes(message)) {
      const where = message.line ? `:${message.line}:${message.column}` : '';
      report.problems.push({
        source: `${post.source}${where}`,
        message: `${message.reason} (${message.ruleId})`,
      });
    }
  }
  let body = convertSyntax(result.text, result.tree, target.syntax, rewriteLink, rewriteImage);
  if (post.fromFile) body = body.replace(FRONTMATTER, '');
  const cover = post.cover && rewriteImage ? (rewriteImage(post.cover) ?? post.cover) : post.cover;
  const fields = Object.fromEntries(
    Object.entries(target.frontmatter({ ...post, cover })).filter(([, value]) => value !== undefined),
  );
  const frontmatter = stringify(fields, { lineWidth: 0 });
  return `---\n${frontmatter}---\n\n${body.replace(/^\s*\n/, '').replace(/\s*$/, '')}\n`;
}

function ruleSettings(post: Post, target: Target): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  if (!target.keepImageAttributes) settings['hashnode-image-attributes'] = 'warn';
  // Which fields Hashnode requires does not matter once the post leaves it; the target decides its own.
  settings['frontmatter-fields'] = 'off';
  // An export's Markdown has no frontmatter: its fields are in the JSON.
  if (!post.fromFile) settings['frontmatter-syntax'] = 'off';
  return settings;
}
