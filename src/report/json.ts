import type { VFileMessage } from 'vfile-message';
import type { RunReport } from './file-report.js';
import { levelOf } from './severity.js';
import { summarize } from './summary.js';

/** A stable, documented shape for other tools: one entry a file, every message with its full place. */
export function formatJson(report: RunReport): string {
  const output = {
    version: 1,
    command: report.command,
    files: report.files.map((file) => ({
      path: file.path,
      changed: file.changed,
      messages: file.messages.map(toJson),
      fixed: file.fixed.map(toJson),
      ...(file.images ? { images: file.images } : {}),
    })),
    notices: report.notices,
    summary: summarize(report),
  };
  return JSON.stringify(output, null, 2) + '\n';
}

function toJson(message: VFileMessage) {
  return {
    ruleId: message.ruleId ?? null,
    severity: levelOf(message),
    message: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: message.place && 'end' in message.place ? message.place.end.line : null,
    endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
    expected: message.expected ?? null,
    note: message.note ?? null,
    url: message.url ?? null,
  };
}
