import type { Root } from 'mdast';
import type { VFileMessage } from 'vfile-message';
import { rules } from '../../plugins/index.js';
import { ConfigFinder } from '../config/find-config.js';
import { DEFAULT_MAX_FILE_SIZE, FileTooLargeError, readPost } from '../io/read-post.js';
import { BinaryFileError, type TextFormat } from '../io/text-encoding.js';
import { fileMessage } from './file-messages.js';
import { tidy, type AppliedEdit, type TidyOptions } from './tidy.js';

export interface FileResult {
  path: string;
  /** The decoded text as read; undefined when the file could not be read or decoded. */
  original?: string;
  /** The fixed text; equal to `original` when nothing changed. */
  text?: string;
  format?: TextFormat;
  changed: boolean;
  writable: boolean;
  messages: VFileMessage[];
  fixed: VFileMessage[];
  fixable: VFileMessage[];
  edits: AppliedEdit[];
  /** The syntax tree of `text`; undefined when the file could not be read or decoded. */
  tree?: Root;
}

/**
 * Reads a post from disk, decodes it, and tidies it. A file that cannot be read or decoded becomes a fatal
 * message in the result instead of an exception, so a batch goes on past it. Nothing is written.
 */
export interface TidyFileOptions extends Omit<TidyOptions, 'path'> {
  /** Files larger than this many bytes are skipped with a message. */
  maxFileSize?: number;
}

export async function tidyFile(filePath: string, options: TidyFileOptions = {}): Promise<FileResult> {
  const failed = (message: VFileMessage): FileResult => ({
    path: filePath,
    changed: false,
    writable: false,
    messages: [message],
    fixed: [],
    fixable: [],
    edits: [],
  });
  let post;
  try {
    post = await readPost(filePath, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      return failed(fileMessage('file-too-large', error.message, { fatal: true, filePath }));
    }
    if (error instanceof BinaryFileError) {
      return failed(fileMessage('file-binary', `${error.message}; skipped`, { fatal: true, filePath }));
    }
    return failed(
      fileMessage('file-read', `Cannot read file: ${describeError(error)}`, { fatal: true, filePath }),
    );
  }
  // Like ESLint's API: without explicit rule settings, the config that applies to the file is used.
  const settings = options.rules ?? (await defaultFinder().forFile(filePath)).config.rules;
  const result = tidy(post.text, { ...options, rules: settings, path: filePath });
  const messages = [...result.messages];
  const { format } = post;
  if (format.firstInvalidUtf8Byte !== undefined) {
    messages.unshift(
      fileMessage(
        'file-encoding',
        `Unexpected bytes that are not UTF-8 (first at byte ${format.firstInvalidUtf8Byte}); read as ${format.encoding}, expected a UTF-8 file. The file is written back in ${format.encoding}`,
        { fatal: false, filePath },
      ),
    );
  }
  return {
    path: filePath,
    original: post.text,
    text: result.text,
    format,
    changed: result.changed,
    writable: post.writable,
    messages,
    fixed: result.fixed,
    fixable: result.fixable,
    edits: result.edits,
    tree: result.tree,
  };
}

let finder: ConfigFinder | undefined;
function defaultFinder(): ConfigFinder {
  finder ??= new ConfigFinder(rules.map((rule) => rule.meta.id));
  return finder;
}

export function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return message;
}
