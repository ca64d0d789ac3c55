import path from 'node:path';
import { stringify } from 'yaml';
import { writeFileAtomic } from '../io/atomic-write.js';
import { tidy } from '../pipeline/tidy.js';
import type { RuleSetting } from '../rules/types.js';
import { linkRewriter, type PlacedPost } from './links.js';
import { insideOut, prepareFolder } from './paths.js';
import { FRONTMATTER } from './readers/backup-posts.js';
import { readInput, readTagTable } from './readers/index.js';
import { safeSlug, SlugRegistry } from './slug.js';
import { convertSyntax } from './syntax.js';
import { TARGET_NAMES, TARGETS, type Target } from './targets/index.js';
import { MigrateInputError, type MigrateReport, type Post } from './types.js';

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
}

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
  for (const { original, ready } of placed) {
    const relative = target.path(ready, { bundles: options.bundles });
    const file = insideOut(outDir, relative);
    if (!file) {
      report.problems.push({
        source: original.source,
        message: `Refused to write \`${relative}\`: it is outside --out`,
      });
      continue;
    }
    const text = render(ready, target, report, rewriteLink);
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
  }
  return report;
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
  target: Target,
  report: MigrateReport,
  rewriteLink: ((url: string) => string | undefined) | undefined,
): string {
  const result = tidy(post.markdown, { rules: ruleSettings(post, target), path: post.source });
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
  let body = convertSyntax(result.text, result.tree, target.syntax, rewriteLink);
  if (post.fromFile) body = body.replace(FRONTMATTER, '');
  const fields = Object.fromEntries(
    Object.entries(target.frontmatter(post)).filter(([, value]) => value !== undefined),
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
