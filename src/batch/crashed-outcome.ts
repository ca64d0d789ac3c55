import { fileMessage } from '../pipeline/file-messages.js';
import { toPlainMessage } from './plain-message.js';
import { processFile, type FileOutcome, type FileTask } from './process-file.js';

/** Tidies a file; an exception becomes a fatal message on that file instead of ending the batch. */
export function tidyOrReport(task: FileTask): Promise<FileOutcome> {
  return processFile(task).catch((error) => crashedOutcome(task, error));
}

export function crashedOutcome(task: FileTask, error: unknown): FileOutcome {
  const reason = error instanceof Error ? error.message : String(error);
  const message = fileMessage(
    'file-crash',
    `Internal error while tidying this file: ${reason}; the other files were processed. Please report this with the file`,
    { fatal: true, filePath: task.file },
  );
  return {
    displayPath: task.displayPath,
    messages: [toPlainMessage(message)],
    fixed: [],
    changed: false,
    fixable: 0,
  };
}
