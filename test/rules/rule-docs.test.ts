import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../plugins/index.js';
import { CROSS_POST_IDS } from '../../src/cross-post/index.js';
import { tidy } from '../../src/pipeline/tidy.js';
import { levelOf } from '../../src/report/severity.js';
import { docExamples } from '../doc-examples.js';
import { onlyRule } from '../helpers.js';

const DOCS = new URL('../../docs/rules/', import.meta.url);

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const doc = readFileSync(new URL(`${id}.md`, DOCS), 'utf8');
  const cases = docExamples(doc);

  it('exists with a title, a bad and a good example', () => {
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    expect(cases.some((example) => example.kind === 'bad')).toBe(true);
    expect(cases.some((example) => example.kind === 'good')).toBe(true);
    expect(doc).toContain(rule.meta.description);
  });

  it.each(cases.map((example, index) => [index, example] as const))('example %i', (_index, example) => {
    // A rule that is off by default is documented as it reports once turned on.
    const settings = onlyRule(id, rule.meta.severity === 'off' ? 'warn' : undefined);
    const checked = tidy(example.inputs[0]!.text, { rules: settings, fix: false });
    const lines = checked.messages.map(
      (message) => `${message.line}:${message.column}  ${levelOf(message)}  ${message.reason}`,
    );
    if (example.kind === 'good') {
      expect(lines).toEqual([]);
      return;
    }
    expect(lines.join('\n')).toBe(example.messages);
    const fixed = tidy(example.inputs[0]!.text, { rules: settings });
    expect(fixed.text).toBe(example.fixed ?? example.inputs[0]!.text);
    if (rule.meta.fixable) {
      // markdownlint's scenario habit: after fixing, no fixable message of this rule is left.
      expect(fixed.fixable).toEqual([]);
    }
  });
});

it('documents every rule and nothing else', () => {
  const documented = readdirSync(DOCS)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3));
  // The checks across posts (src/cross-post) are not unified rules; test/frontmatter runs their docs.
  expect(documented.sort()).toEqual([...rules.map((rule) => rule.meta.id), ...CROSS_POST_IDS].sort());
});
