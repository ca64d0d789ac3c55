import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRONTMATTER_RULES, run, SEED_000, SEED_001 } from './helpers.js';

const BODY = '\n## Body\n\nText.\n';

/** The frontmatter lines, as a map of key to its line(s) of text. */
function keyLines(text: string): Map<string, string> {
  const yaml = text.slice(4, text.indexOf('\n---\n', 3));
  const lines = new Map<string, string>();
  let key = '';
  for (const line of yaml.split('\n')) {
    const match = /^([A-Za-z]+):/.exec(line);
    if (match) key = match[1]!;
    lines.set(key, lines.has(key) && !match ? `${lines.get(key)}\n${line}` : line);
  }
  return lines;
}

describe.each([
  [
    'seed 000',
    SEED_000,
    '2025-06-08T13:19:59.000Z',
    ['docker', 'developer', 'devops', 'docker-images', 'devops-articles'],
  ],
  ['seed 001', SEED_001, '2025-07-07T16:47:14.000Z', ['docker-basics-and-advanced-challenge-week-5']],
])('%s frontmatter', (_name, frontmatter, date, tags) => {
  const input = frontmatter + BODY;
  const fixed = run(input);

  it('gets an ISO date and a tag list, and loses the blank line before `---`', () => {
    const lines = keyLines(fixed.text);
    expect(lines.get('datePublished')).toBe(`datePublished: ${date}`);
    expect(lines.get('tags')).toBe(['tags:', ...tags.map((tag) => `  - ${tag}`)].join('\n'));
    expect(fixed.text).toContain(`  - ${tags.at(-1)!}\n---\n`);
  });

  it('changes no other key and not the body', () => {
    const before = keyLines(input);
    const after = keyLines(fixed.text);
    for (const [key, line] of before) {
      if (key === 'datePublished' || key === 'tags') continue;
      expect(after.get(key)).toBe(line);
    }
    expect([...after.keys()]).toEqual([...before.keys()].filter((key) => key !== ''));
    expect(fixed.text.endsWith(`\n---\n${BODY}`)).toBe(true);
  });

  it('is clean after the fix, and a second fix changes nothing', () => {
    expect(fixed.lines).toEqual([]);
    const again = run(fixed.text);
    expect(again.text).toBe(fixed.text);
    expect(again.changed).toBe(false);
    expect(run(fixed.text, { fix: false }).fixable).toEqual([]);
  });

  it('reports what the fix repairs, at the lines of the backup', () => {
    const checked = run(input, { fix: false });
    expect(checked.lines.map((line) => line.split('  ')[0]).sort()).toEqual(
      frontmatter === SEED_000 ? ['3:16', '7:7', '8:1'] : ['5:16', '8:7', '9:1'],
    );
    expect(new Set(checked.messages.map((message) => message.ruleId))).toEqual(
      new Set(['frontmatter-date', 'frontmatter-tags', 'frontmatter-format']),
    );
  });
});

const seeds = new URL('../../../shared/seeds/', import.meta.url);
describe.each(['000_8053d2b361503679.txt', '001_904839bfaebfbb0d.txt'])('the real seed %s', (name) => {
  const file = new URL(name, seeds);
  it.skipIf(!existsSync(file))('has its frontmatter fixed and every other line kept', () => {
    const input = readFileSync(file, 'utf8');
    const fixed = run(input, { on: FRONTMATTER_RULES });
    const close = input.indexOf('\n---\n', 3);
    const bodyBefore = input.slice(close + 5);
    expect(fixed.text.endsWith(`\n---\n${bodyBefore}`)).toBe(true);
    const before = keyLines(input);
    const after = keyLines(fixed.text);
    expect(after.get('datePublished')).toMatch(/^datePublished: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    expect(after.get('tags')).toMatch(/^tags:(\n {2}- [a-z0-9-]+)+$/);
    for (const [key, line] of before)
      if (key !== 'datePublished' && key !== 'tags') expect(after.get(key)).toBe(line);
  });
});
