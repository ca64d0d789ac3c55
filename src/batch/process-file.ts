import type { VFileMessage } from 'vfile-message';
import { postKeysOf, type PostFrontmatter } from '../cross-post/index.js';
import { frontmatterOf } from '../frontmatter/parse.js';
import { collectImages, type ImageInfo } from '../images/index.js';
import { tidyFile } from '../pipeline/tidy-file.js';
import { formatDiff } from '../report/diff.js';
import type { RuleSetting } from '../rules/types.js';
import { writeResult } from './write-result.js';
import { toPlainMessage, type PlainMessage } from './plain-message.js';

/** One file of a batch, as data: it is handed to a worker thread as it is. */
export interface FileTask {
  /** Absolute path. */
  file: string;
  /** The path as shown to the user. */
  displayPath: string;
  rules: Readonly<Record<string, RuleSetting>>;
  command: 'check' | 'fix';
  dryRun: boolean;
  /** Write fixed copies under this folder instead of over the originals. */
  outDir?: string;
  cwd: string;
  maxFileSize?: number;
  /** Drop every message that is not an error (`--quiet`). */
  quiet: boolean;
  /** List the post's images (for the JSON report). */
  images: boolean;
}

/** What the report needs of one file, as data. */
export interface FileOutcome {
  displayPath: string;
  messages: PlainMessage[];
  fixed: PlainMessage[];
  changed: boolean;
  fixable: number;
  images?: ImageInfo[];
  /** `fix --dry-run`: the change as a unified diff. */
  diff?: string;
  /** Slug and cuid as they will be on disk, for the checks across posts; absent when unreadable. */
  keys?: PostFrontmatter;
}

/** Tidies one file and, for `fix`, writes it: the work a batch does per file, in whichever thread. */
export async function processFile(task: FileTask): Promise<FileOutcome> {
  const result = await tidyFile(task.file, {
    rules: task.rules,
    fix: task.command === 'fix',
    maxFileSize: task.maxFileSize,
  });
  let failure: VFileMessage | undefined;
  let diff: string | undefined;
  if (task.command === 'fix' && task.dryRun) {
    if (result.changed) diff = formatDiff(task.displayPath, result.original!, result.text!);
  } else if (task.command === 'fix') {
    failure = await writeResult(result, { cwd: task.cwd, outDir: task.outDir });
    if (failure) result.messages.push(failure);
  }
  const keep = (message: VFileMessage) => !task.quiet || message.fatal === true;
  // A file that could not be read has neither text nor tree; one that was read has both.
  const { text, tree } = result;
  const read = text !== undefined && tree !== undefined;
  return {
    displayPath: task.displayPath,
    messages: result.messages.filter(keep).map(toPlainMessage),
    fixed: result.fixed.filter(keep).map(toPlainMessage),
    changed: result.changed && !failure,
    fixable: result.fixable.filter(keep).length,
    images: task.images && read ? collectImages(tree, text) : undefined,
    diff,
    // From the frontmatter the rules already parsed: no second YAML parse.
    keys: read ? postKeysOf(frontmatterOf(tree, text), text) : undefined,
  };
}
