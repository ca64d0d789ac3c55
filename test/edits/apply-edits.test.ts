import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { applyEdits } from '../../src/edits/apply-edits.js';
import type { RuleEdit } from '../../src/rules/types.js';

const edit = (start: number, end: number, text: string, order = 0, ruleId = `rule-${order}`): RuleEdit => ({
  start,
  end,
  text,
  order,
  ruleId,
  message: new VFileMessage(ruleId),
});

describe('applyEdits', () => {
  it('replaces only the named spans', () => {
    expect(applyEdits('hello world', [edit(6, 11, 'there'), edit(0, 5, 'HELLO')]).text).toBe('HELLO there');
  });

  it('leaves the text as it is with no edits', () => {
    const source = 'x\r\n  y';
    expect(applyEdits(source, []).text).toBe(source);
  });

  it('lets the earlier rule win an overlap and defers the other', () => {
    const result = applyEdits('abcdef', [edit(2, 5, 'X', 1), edit(1, 3, 'Y', 0)]);
    expect(result.text).toBe('aYdef');
    expect(result.deferred.map((e) => e.ruleId)).toEqual(['rule-1']);
  });

  it('treats two insertions at one point as a conflict', () => {
    const result = applyEdits('ab', [edit(1, 1, '1', 0), edit(1, 1, '2', 1)]);
    expect(result.text).toBe('a1b');
    expect(result.deferred).toHaveLength(1);
  });

  it('allows an insertion right after a replacement', () => {
    expect(applyEdits('abc', [edit(0, 1, 'A', 0), edit(1, 1, '+', 1)]).text).toBe('A+bc');
  });

  it('finds an overlap with an earlier long edit that is not the nearest start', () => {
    const result = applyEdits('0123456789', [edit(0, 8, 'L', 0), edit(2, 3, 'x', 1), edit(5, 6, 'y', 1)]);
    expect(result.text).toBe('L89');
    expect(result.deferred).toHaveLength(2);
  });

  it('drops edits that change nothing', () => {
    const result = applyEdits('abc', [edit(0, 1, 'a')]);
    expect(result.applied).toHaveLength(0);
  });

  it('rejects an edit outside the text', () => {
    expect(() => applyEdits('abc', [edit(2, 9, 'x')])).toThrowError(/outside the text/);
  });
});
