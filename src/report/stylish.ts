import type { VFileMessage } from 'vfile-message';
import type { FileReport } from './file-report.js';
import { levelOf } from './severity.js';

/**
 * One line a message, `path:line:column  level  reason  rule-id`, which terminals and editors turn into
 * links. Fixed messages are listed too, marked `fixed`, so a dry run shows what the diff is about.
 */
export function formatStylish(files: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const file of files) {
    const rows = [
      ...file.fixed.map((message) => row(file.path, message, 'fixed')),
      ...file.messages.map((message) => row(file.path, message, levelOf(message))),
    ].sort((a, b) => a.line - b.line || a.column - b.column);
    if (rows.length === 0) continue;
    const placeWidth = Math.max(...rows.map((entry) => entry.place.length));
    for (const entry of rows) {
      lines.push(
        `${entry.place.padEnd(placeWidth)}  ${entry.level.padEnd(7)}  ${entry.reason}  ${entry.ruleId}`,
      );
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function row(filePath: string, message: VFileMessage, level: string) {
  const line = message.line ?? 1;
  const column = message.column ?? 1;
  const reason = message.reason.replace(/\s*\n\s*/g, ' ');
  return {
    line,
    column,
    level,
    reason,
    ruleId: message.ruleId ?? '',
    place: `${filePath}:${line}:${column}`,
  };
}
