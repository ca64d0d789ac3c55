import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const MARKDOWN_GLOB = '**/*.{md,markdown,mdx}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface FoundFiles {
  /** Absolute paths, each file once, in the order the arguments named them. */
  files: string[];
  /** Arguments that named nothing: shown to the user, and the run exits 2. */
  problems: string[];
  /** Files passed over on purpose (links out of the folder given), with the reason. */
  skipped: { path: string; reason: string }[];
}

/**
 * Turns the command line's paths and globs into files. A file named twice (two globs, a folder and a file
 * in it, a link to it) is processed once. Symbolic links found while walking a folder are followed only when
 * they point inside that folder.
 */
export async function findFiles(patterns: readonly string[], cwd: string): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], problems: [], skipped: [] };
  const seen = new Set<string>();
  const add = async (file: string, root?: string) => {
    const real = await realpath(file).catch(() => undefined);
    if (real === undefined) return found.problems.push(`\`${display(cwd, file)}\` is a broken link`);
    if (root !== undefined && real !== root && !real.startsWith(root + path.sep)) {
      found.skipped.push({
        path: file,
        reason: `Symbolic link to \`${real}\`, outside \`${display(cwd, root)}\`; not followed`,
      });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    found.files.push(file);
  };

  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      await add(absolute);
    } else if (info?.isDirectory()) {
      const root = await realpath(absolute);
      const entries = await walk(MARKDOWN_GLOB, absolute);
      if (entries.length === 0)
        found.problems.push(`No Markdown files (*.md, *.markdown, *.mdx) in \`${pattern}\``);
      for (const entry of entries) await add(entry, root);
    } else if ((await glob()).isDynamicPattern(pattern)) {
      const entries = await walk(pattern, cwd);
      if (entries.length === 0) found.problems.push(`No files match \`${pattern}\``);
      for (const entry of entries) await add(entry);
    } else {
      found.problems.push(`No such file or folder: \`${pattern}\``);
    }
  }
  return found;
}

/** Files and symbolic links (which `add` then checks) matching the pattern; folders are not followed through links. */
async function walk(pattern: string, cwd: string): Promise<string[]> {
  const entries = await (
    await glob()
  )(pattern, {
    cwd,
    absolute: true,
    onlyFiles: false,
    objectMode: true,
    dot: false,
    ignore: IGNORE,
    followSymbolicLinks: false,
  });
  return entries
    .filter((entry) => entry.dirent.isFile() || entry.dirent.isSymbolicLink())
    .map((entry) => path.normalize(entry.path))
    .sort();
}

/** fast-glob, loaded on first use: a hook that names its files never walks a folder. */
async function glob() {
  return (await import('fast-glob')).default;
}

function display(cwd: string, file: string): string {
  return path.relative(cwd, file) || '.';
}
