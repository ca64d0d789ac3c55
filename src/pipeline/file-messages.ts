import { VFileMessage } from 'vfile-message';
import type { Point } from 'unist';
import { MESSAGE_SOURCE } from '../rules/define-rule.js';

/** Ids of the messages the engine itself gives about a file it could not fully handle. */
export type FileMessageId =
  'file-read' | 'file-binary' | 'file-encoding' | 'file-too-large' | 'file-write' | 'file-crash';

/** A message about the file as a whole, from the engine rather than a rule. */
export function fileMessage(
  ruleId: FileMessageId,
  reason: string,
  options: { fatal: boolean | undefined; place?: Point; filePath: string },
): VFileMessage {
  const message = new VFileMessage(reason, { ruleId, source: MESSAGE_SOURCE, place: options.place });
  message.file = options.filePath;
  message.fatal = options.fatal;
  return message;
}
