import type { VFileMessage } from 'vfile-message';
import type { FileReport } from './file-report.js';
import { levelOf } from './severity.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: each message becomes an annotation on the pull request's diff. */
export function formatGithub(files: readonly FileReport[]): string {
  let output = '';
  for (const file of files) {
    for (const message of file.messages) output += annotation(file.path, message) + '\n';
  }
  return output;
}

function annotation(filePath: string, message: VFileMessage): string {
  const properties = [`file=${escapeProperty(filePath)}`];
  if (message.line != null) properties.push(`line=${message.line}`);
  if (message.column != null) properties.push(`col=${message.column}`);
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  if (end) properties.push(`endLine=${end.line}`, `endColumn=${end.column}`);
  if (message.ruleId) properties.push(`title=${escapeProperty(message.ruleId)}`);
  return `::${COMMAND[levelOf(message)]} ${properties.join(',')}::${escapeData(message.reason)}`;
}

/** The escaping GitHub's runner undoes: `%`, CR and LF in data; also `:` and `,` in properties. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
