import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { VFileMessage } from 'vfile-message';
import { DOCS_BASE } from '../rules/define-rule.js';
import type { RunReport } from './file-report.js';
import { levelOf } from './severity.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export interface SarifOptions {
  /** The tool's version, recorded in the log. */
  version: string;
  /** One-sentence descriptions of the rules, by id, for the log's rule table. */
  descriptions: Readonly<Record<string, string>>;
}

/**
 * SARIF 2.1.0, the format GitHub code scanning reads: one run, a rule entry (with its doc as help URI) for
 * every rule that reported, and a result with its region for every message.
 */
export function formatSarif(report: RunReport, options: SarifOptions): string {
  const ruleIds = new Set<string>();
  const results: Result[] = [];
  for (const file of report.files) {
    for (const message of file.messages) {
      const ruleId = message.ruleId ?? 'hashnode-tidy';
      ruleIds.add(ruleId);
      results.push(result(file.path, ruleId, message));
    }
  }
  const rules: ReportingDescriptor[] = [...ruleIds].sort().map((id) => ({
    id,
    shortDescription: { text: options.descriptions[id] ?? `hashnode-tidy: ${id}` },
    helpUri: `${DOCS_BASE}${id}.md`,
  }));
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'hashnode-tidy',
            version: options.version,
            informationUri: 'https://github.com/hashnode-tidy/hashnode-tidy',
            rules,
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function result(filePath: string, ruleId: string, message: VFileMessage): Result {
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  return {
    ruleId,
    level: LEVEL[levelOf(message)],
    message: { text: message.reason },
    locations: [
      {
        physicalLocation: {
          // SARIF locations are URIs: forward slashes, relative to the folder the run started in.
          artifactLocation: { uri: encodeURI(filePath.split('\\').join('/')) },
          region: {
            startLine: message.line ?? 1,
            startColumn: message.column ?? 1,
            ...(end ? { endLine: end.line, endColumn: end.column } : {}),
          },
        },
      },
    ],
  };
}
