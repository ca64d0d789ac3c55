import { expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { formatCodeQuality } from '../../src/report/codequality.js';

it('writes GitLab code quality issues with a stable fingerprint per issue', () => {
  const message = new VFileMessage('Unexpected image with empty alt text', {
    ruleId: 'image-alt',
    place: { line: 8, column: 1 },
  });
  message.fatal = false;
  const files = [{ path: 'posts\\a.md', messages: [message], fixed: [], changed: false, fixable: 0 }];
  const issues = JSON.parse(formatCodeQuality(files)) as object[];
  expect(issues).toEqual([
    {
      description: 'Unexpected image with empty alt text',
      check_name: 'image-alt',
      fingerprint: expect.stringMatching(/^[0-9a-f]{40}$/),
      severity: 'minor',
      location: { path: 'posts/a.md', lines: { begin: 8 } },
    },
  ]);
  expect(formatCodeQuality(files)).toBe(formatCodeQuality(files));
  expect(JSON.parse(formatCodeQuality([]))).toEqual([]);
});
