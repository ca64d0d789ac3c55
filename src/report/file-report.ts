import type { VFileMessage } from 'vfile-message';
import type { ImageInfo } from '../images/index.js';

/** What a formatter needs about one file after a run. */
export interface FileReport {
  /** Path as shown to the user: relative to the current folder. */
  path: string;
  messages: readonly VFileMessage[];
  /** Messages whose fixes were applied (fix only). */
  fixed: readonly VFileMessage[];
  changed: boolean;
  /** How many remaining messages `fix` would fix. */
  fixable: number;
  /** The post's images, for the JSON report (collected only when that report is asked for). */
  images?: readonly ImageInfo[];
}

export interface RunReport {
  command: 'check' | 'fix';
  files: readonly FileReport[];
  /** Messages about the run itself (paths that named nothing, links not followed). */
  notices: readonly string[];
}
