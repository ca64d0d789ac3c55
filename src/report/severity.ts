import type { VFileMessage } from 'vfile-message';

export type Level = 'error' | 'warning' | 'info';

/** VFile's encoding of severity (remark-lint's): fatal true is an error, false a warning, unset is info. */
export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}
