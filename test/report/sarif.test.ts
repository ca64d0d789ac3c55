import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import type { Log } from 'sarif';
import { formatSarif } from '../../src/report/sarif.js';
import type { RunReport } from '../../src/report/file-report.js';
import { useTempDir } from '../helpers.js';

const tempDir = useTempDir();
const MULTITOOL = fileURLToPath(new URL('../../node_modules/.bin/sarif-multitool', import.meta.url));

function message(reason: string, ruleId: string, fatal: boolean | undefined, line: number, column: number) {
  const result = new VFileMessage(reason, {
    ruleId,
    source: 'hashnode-tidy',
    place: { start: { line, column }, end: { line, column: column + 4 } },
  });
  result.fatal = fatal;
  return result;
}

const report: RunReport = {
  command: 'check',
  notices: [],
  files: [
    {
      path: path.join('posts', 'docker basics.md'),
      changed: false,
      fixable: 1,
      fixed: [],
      messages: [
        message(
          'Unexpected mojibake `â€™`, expected `’`: UTF-8 read as Windows-1252',
          'mojibake',
          true,
          12,
          7,
        ),
        message('Unexpected image with empty alt text', 'image-alt', false, 20, 1),
        message('Embed of `https://youtu.be/x` (YouTube)', 'hashnode-embed', undefined, 30, 1),
      ],
    },
    { path: 'clean.md', changed: false, fixable: 0, fixed: [], messages: [] },
  ],
};
const options = {
  version: '1.2.3',
  descriptions: { mojibake: 'Text must not be UTF-8 decoded through the wrong code page.' },
};

describe('SARIF report', () => {
  it('has a rule with its help URI for each rule that reported, and a result with its region per message', () => {
    const log = JSON.parse(formatSarif(report, options)) as Log;
    const run = log.runs[0]!;
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.rules?.map((rule) => [rule.id, rule.helpUri])).toEqual([
      [
        'hashnode-embed',
        'https://github.com/hashnode-tidy/hashnode-tidy/blob/main/docs/rules/hashnode-embed.md',
      ],
      ['image-alt', 'https://github.com/hashnode-tidy/hashnode-tidy/blob/main/docs/rules/image-alt.md'],
      ['mojibake', 'https://github.com/hashnode-tidy/hashnode-tidy/blob/main/docs/rules/mojibake.md'],
    ]);
    expect(run.results?.map((result) => [result.ruleId, result.level])).toEqual([
      ['mojibake', 'error'],
      ['image-alt', 'warning'],
      ['hashnode-embed', 'note'],
    ]);
    expect(run.results?.[0]?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'posts/docker%20basics.md' },
      region: { startLine: 12, startColumn: 7, endLine: 12, endColumn: 11 },
    });
  });

  it('is a valid, empty run for files with no message', () => {
    const log = JSON.parse(formatSarif({ ...report, files: [report.files[1]!] }, options)) as Log;
    expect(log.runs[0]?.results).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules).toEqual([]);
  });

  it.skipIf(!existsSync(MULTITOOL))(
    'passes the SARIF multitool validator, with and without results',
    async () => {
      const dir = await tempDir();
      for (const [name, files] of [
        ['full.sarif', report.files],
        ['empty.sarif', [report.files[1]!]],
      ] as const) {
        const file = path.join(dir, name);
        await writeFile(file, formatSarif({ ...report, files }, options));
        const output = execFileSync(MULTITOOL, ['validate', file], { encoding: 'utf8' });
        expect(output).toContain('Analysis completed successfully');
        expect(output).not.toMatch(/: error /);
      }
    },
  );
});
