import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rules } from '../plugins/index.js';

it('README lists every rule with its default severity and whether it fixes', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const { meta } of rules) {
    const row = readme
      .split('\n')
      .find((line) => line.startsWith(`| [\`${meta.id}\`](docs/rules/${meta.id}.md) |`));
    expect(row, meta.id).toBeDefined();
    const [, severity, fixable] = row!.split(' | ');
    expect(severity, meta.id).toBe(meta.severity);
    expect(fixable === 'no', meta.id).toBe(!meta.fixable);
  }
});
