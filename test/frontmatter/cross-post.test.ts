import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VFileMessage } from 'vfile-message';
import { CROSS_POST_IDS, crossPostMessages, extractPostKeys } from '../../src/cross-post/index.js';
import { levelOf } from '../../src/report/severity.js';
import { docExamples } from '../doc-examples.js';

const post = (slug: string, cuid?: string) =>
  `---\ntitle: "A post"\n${cuid ? `cuid: ${cuid}\n` : ''}slug: ${slug}\n---\n\nBody.\n`;

function line(message: VFileMessage): string {
  return `${message.file}:${message.line}:${message.column}  ${levelOf(message)}  ${message.reason}`;
}

describe('extractPostKeys', () => {
  it('reads slug and cuid with the place of their values', () => {
    expect(extractPostKeys(post('ports', 'cm0ports'))).toEqual({
      cuid: 'cm0ports',
      cuidPlace: { line: 3, column: 7 },
      slug: 'ports',
      slugPlace: { line: 4, column: 7 },
    });
  });

  it('gives nothing for a post with no frontmatter, YAML that does not parse, or a list', () => {
    for (const text of [
      '# Title\n',
      '---\nslug: [a\n---\n',
      '---\n- a\n---\n',
      '+++\nslug = "a"\n+++\n',
      '',
    ]) {
      expect(extractPostKeys(text)).toEqual({});
    }
  });

  it('reads quoted and numeric slugs as text, and skips empty ones', () => {
    expect(extractPostKeys('---\nslug: "a: b"\ncuid: 404\n---\n')).toMatchObject({
      slug: 'a: b',
      cuid: '404',
    });
    expect(extractPostKeys('---\nslug:\ncuid: ""\n---\n')).toEqual({});
  });

  it('keeps a `__proto__` key as plain data', () => {
    expect(extractPostKeys('---\n__proto__: x\nslug: s\n---\n')).toMatchObject({ slug: 's' });
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

describe('crossPostMessages', () => {
  it('names both posts that share a slug, each at its own slug line', () => {
    const posts = [
      { path: 'a.md', frontmatter: extractPostKeys(post('ports')) },
      { path: 'b.md', frontmatter: extractPostKeys(post('ports', 'cm1')) },
      { path: 'c.md', frontmatter: extractPostKeys(post('other')) },
    ];
    const messages = crossPostMessages(posts);
    expect(messages.map(line)).toEqual([
      'a.md:3:7  error  Unexpected slug `ports` that `b.md` also has, expected a slug no other post uses: Hashnode overwrites a post with the next one that has its slug',
      'b.md:4:7  error  Unexpected slug `ports` that `a.md` also has, expected a slug no other post uses: Hashnode overwrites a post with the next one that has its slug',
    ]);
    expect(messages[0]).toMatchObject({ ruleId: 'duplicate-slug', source: 'hashnode-tidy', fatal: true });
    expect(messages[0]!.url).toMatch(/docs\/rules\/duplicate-slug\.md$/);
  });

  it('names every other post of a group of three', () => {
    const posts = ['a.md', 'b.md', 'c.md'].map((path) => ({
      path,
      frontmatter: extractPostKeys(post('x', 'cm9')),
    }));
    const messages = crossPostMessages(posts);
    expect(messages.filter((message) => message.ruleId === 'duplicate-cuid')).toHaveLength(3);
    expect(messages[0]!.reason).toContain('`b.md`, `c.md` also have');
  });

  it('names three others and counts the rest when many posts share a value', () => {
    const posts = Array.from({ length: 6 }, (_, index) => ({
      path: `${index}.md`,
      frontmatter: extractPostKeys(post(`slug-${index}`, 'cm9')),
    }));
    const [first] = crossPostMessages(posts);
    expect(first!.reason).toBe(
      'Unexpected cuid `cm9` that `1.md`, `2.md`, `3.md` and 2 other posts also have, expected a cuid no other post uses: a cuid is the id of one Hashnode post',
    );
  });

  it('keeps each message short when 50,000 posts share one cuid', () => {
    const frontmatter = extractPostKeys(post('same', 'cm9'));
    const posts = Array.from({ length: 50_000 }, (_, index) => ({ path: `${index}.md`, frontmatter }));
    const messages = crossPostMessages(posts);
    expect(messages).toHaveLength(100_000);
    expect(messages[0]!.reason).toContain('`1.md`, `2.md`, `3.md` and 49996 other posts also have');
    expect(Math.max(...messages.map((message) => message.reason.length))).toBeLessThan(250);
  });

  it('finds nothing when every slug and cuid is different, or missing', () => {
    const posts = [
      { path: 'a.md', frontmatter: extractPostKeys(post('a', 'cm1')) },
      { path: 'b.md', frontmatter: extractPostKeys(post('b', 'cm2')) },
      { path: 'c.md', frontmatter: {} },
      { path: 'd.md', frontmatter: {} },
    ];
    expect(crossPostMessages(posts)).toEqual([]);
  });

  it('reports a slug that differs from the file name only when asked, as a warning', () => {
    const posts = [
      { path: 'posts/ports.md', frontmatter: extractPostKeys(post('ports')) },
      { path: 'posts/old.md', frontmatter: extractPostKeys(post('docker-ports')) },
    ];
    expect(crossPostMessages(posts)).toEqual([]);
    expect(crossPostMessages(posts, { slugMatchesFileName: true }).map(line)).toEqual([
      'posts/old.md:3:7  warning  Unexpected slug `docker-ports` in `old.md`, expected the file name and the slug to match (`docker-ports.md`)',
    ]);
  });

  it('stays linear on many posts', () => {
    const posts = Array.from({ length: 5000 }, (_, index) => ({
      path: `p${index}.md`,
      frontmatter: { slug: `s${index % 2500}`, cuid: `c${index}` },
    }));
    expect(crossPostMessages(posts)).toHaveLength(5000);
  });
});

describe.each(CROSS_POST_IDS.map((id) => [id]))('docs/rules/%s.md', (id) => {
  const doc = readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
  const cases = docExamples(doc);

  it('has a title, a bad and a good example of two posts', () => {
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    expect(cases.map((example) => example.kind).sort()).toEqual(['bad', 'good']);
    for (const example of cases) expect(example.inputs).toHaveLength(2);
  });

  it.each(cases.map((example) => [example.kind, example] as const))('%s example', (_kind, example) => {
    const posts = example.inputs.map(({ meta, text }) => ({
      path: meta,
      frontmatter: extractPostKeys(text),
    }));
    const messages = crossPostMessages(posts).filter((message) => message.ruleId === id);
    expect(messages.map(line).join('\n')).toBe(example.kind === 'good' ? '' : example.messages);
  });
});
