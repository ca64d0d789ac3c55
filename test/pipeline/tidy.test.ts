import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/rules/define-rule.js';
import { tidy, MAX_PASSES } from '../../src/pipeline/tidy.js';
import { createProcessor } from '../../src/pipeline/processor.js';
import { VFile } from 'vfile';

const POST =
  '---\ntitle: "T"\ndatePublished: 2025-06-08T13:19:59.000Z\ncuid: cm0t\nslug: t\n---\n\nSome text.\n';

/** A rule that replaces the first `a` with `b` or the first `b` with `a`, so two of them undo each other. */
const swap = (id: string, from: string, to: string) =>
  defineRule({ id, description: 'test', severity: 'warn', fixable: true }, ({ source, report }) => {
    const at = source.indexOf(from, source.indexOf('Some'));
    if (at !== -1)
      report({
        at: { start: at, end: at + 1 },
        reason: `swap ${from}`,
        fix: { start: at, end: at + 1, text: to },
      });
  });

describe('tidy', () => {
  it('returns clean input unchanged, with no message', () => {
    const result = tidy(POST);
    expect(result).toMatchObject({
      text: POST,
      changed: false,
      messages: [],
      fixed: [],
      edits: [],
      passes: 1,
    });
  });

  it('repeats passes until nothing changes', () => {
    const upper = defineRule(
      { id: 'upper-x', description: 'test', severity: 'warn', fixable: true },
      ({ source, report }) => {
        const at = source.indexOf('x');
        if (at !== -1)
          report({ at: { start: at, end: at + 1 }, reason: 'x', fix: { start: at, end: at + 1, text: 'X' } });
      },
    );
    const result = tidy(POST.replace('Some text.', 'x x x'), { extraRules: [upper] });
    expect(result.text).toBe(POST.replace('Some text.', 'X X X'));
    expect(result.passes).toBe(4);
    expect(result.fixed).toHaveLength(3);
    expect(result.edits.map((edit) => edit.pass)).toEqual([1, 2, 3]);
  });

  it('stops when fixes undo each other, and says so', () => {
    const text = POST.replace('Some text.', 'Some a.');
    const result = tidy(text, { extraRules: [swap('a-to-b', 'a', 'b'), swap('b-to-a', 'b', 'a')] });
    expect(result.passes).toBeLessThanOrEqual(MAX_PASSES + 1);
    expect(result.messages.map((message) => message.ruleId)).toContain('fix-loop');
  });

  it('reports without fixing when fix is false', () => {
    const rule = swap('a-to-b', 'a', 'b');
    const text = POST.replace('Some text.', 'Some a.');
    const result = tidy(text, { extraRules: [rule], fix: false });
    expect(result.text).toBe(text);
    expect(result.fixable.map((message) => message.reason)).toEqual(['swap a']);
  });

  it('refuses an edit from a rule that is not fixable', () => {
    const liar = defineRule(
      { id: 'liar', description: 'test', severity: 'warn', fixable: false },
      ({ report }) =>
        report({ at: { start: 0, end: 1 }, reason: 'no', fix: { start: 0, end: 1, text: '-' } }),
    );
    expect(() => tidy(POST, { extraRules: [liar] })).toThrowError(
      'Rule `liar` is not fixable but proposed an edit',
    );
  });

  it('stamps rule id, source, severity and doc URL on every message', () => {
    const rule = swap('a-to-b', 'a', 'b');
    const [message] = tidy(POST.replace('Some text.', 'Some a.'), {
      extraRules: [rule],
      rules: { 'a-to-b': 'error' },
      fix: false,
    }).messages;
    expect(message).toMatchObject({
      ruleId: 'a-to-b',
      source: 'hashnode-tidy',
      fatal: true,
      line: 8,
      column: 6,
      url: 'https://github.com/hashnode-tidy/hashnode-tidy/blob/main/docs/rules/a-to-b.md',
    });
  });
});

describe('disable comments', () => {
  const rule = defineRule(
    { id: 'no-todo', description: 'test', severity: 'error', fixable: true },
    ({ source, report }) => {
      for (const match of source.matchAll(/TODO/g)) {
        report({
          at: { start: match.index, end: match.index + 4 },
          reason: 'todo',
          fix: { start: match.index, end: match.index + 4, text: 'DONE' },
        });
      }
    },
  );
  const run = (body: string) => tidy(`${POST}\n${body}`, { extraRules: [rule] });

  it('disable ... enable silences messages and fixes between them', () => {
    const result = run(
      'TODO 1\n\n<!-- hashnode-tidy-disable no-todo -->\n\nTODO 2\n\n<!-- hashnode-tidy-enable no-todo -->\n\nTODO 3\n',
    );
    expect(result.text).toContain('DONE 1');
    expect(result.text).toContain('TODO 2');
    expect(result.text).toContain('DONE 3');
  });

  it('disable-next-line silences one line', () => {
    const result = run('<!-- hashnode-tidy-disable-next-line -->\nTODO 1\nTODO 2\n');
    expect(result.text).toContain('TODO 1\nDONE 2');
  });

  it('names other rules without silencing this one', () => {
    const result = run('<!-- hashnode-tidy-disable image-alt -->\n\nTODO 1\n');
    expect(result.text).toContain('DONE 1');
  });
});

describe('createProcessor', () => {
  it('is a unified processor whose compiler applies one pass of edits', () => {
    const processor = createProcessor({ rules: { 'hashnode-image-syntax': 'warn' } });
    const file = new VFile({ value: `${POST}\n![x](https://a.dev/x.png align=left)\n` });
    const result = processor.processSync(file);
    expect(String(result)).toBe(`${POST}\n![x](https://a.dev/x.png align="left")\n`);
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['hashnode-image-syntax', false],
    ]);
  });
});
