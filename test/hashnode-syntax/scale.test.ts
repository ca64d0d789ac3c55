import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';

describe('large input', () => {
  it('parses a 1 MB paragraph of unclosed `![` and `%[`', () => {
    const value = '![x %[y '.repeat(131_072);
    expect(value.length).toBe(1_048_576);
    const tree = parse(value);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
  });

  it('parses many images with attributes', () => {
    const tree = parse('![a](u align="center") %[x] '.repeat(2_000));
    const paragraph = tree.children[0];
    expect(
      paragraph?.type === 'paragraph' && paragraph.children.filter((node) => node.type === 'image'),
    ).toHaveLength(2_000);
  });
});
