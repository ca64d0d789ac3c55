import { createHash } from 'node:crypto';
import type { FileReport } from './file-report.js';
import { levelOf } from './severity.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/**
 * GitLab's code quality report (a subset of the Code Climate format): GitLab shows these on merge requests.
 * The fingerprint identifies an issue across runs, so it hashes what it is and where, not when.
 */
export function formatCodeQuality(files: readonly FileReport[]): string {
  const issues = files.flatMap((file) =>
    file.messages.map((message) => {
      const path = file.path.split('\\').join('/');
      const line = message.line ?? 1;
      const checkName = message.ruleId ?? 'hashnode-tidy';
      return {
        description: message.reason,
        check_name: checkName,
        fingerprint: createHash('sha1')
          .update(`${path}\0${checkName}\0${line}\0${message.reason}`)
          .digest('hex'),
        severity: SEVERITY[levelOf(message)],
        location: { path, lines: { begin: line } },
      };
    }),
  );
  return JSON.stringify(issues, null, 2) + '\n';
}
