import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../helpers.js';
import { FRONTMATTER_RULES, run } from './helpers.js';

const post = (yaml: string) => `---\n${yaml}\n---\n\nBody.\n`;
const BACKUP = 'title: "T"\ndatePublished: 2025-06-08T13:19:59.000Z\ncuid: cm0t\nslug: t';

describe('frontmatter-date', () => {
  const date = (yaml: string, fix = true) => run(post(yaml), { fix, on: ['frontmatter-date'] });

  it('keeps quotes, an anchor and the comment around the value it rewrites', () => {
    const fixed = date(
      'a: 1\ndatePublished: &d "Sun Jun 08 2025 13:19:59 GMT+0000 (Coordinated Universal Time)" # kept\ndateUpdated: *d',
    );
    expect(fixed.text).toBe(
      post('a: 1\ndatePublished: &d "2025-06-08T13:19:59.000Z" # kept\ndateUpdated: *d'),
    );
  });

  it('rewrites epoch milliseconds written as a number', () => {
    expect(date('publishedAt: 1749388799000').text).toBe(post('publishedAt: 2025-06-08T13:19:59.000Z'));
  });

  it('keeps the zone of the source', () => {
    expect(date('dateAdded: Tue Aug 12 2025 18:05:41 GMT+0530 (India Standard Time)').text).toBe(
      post('dateAdded: 2025-08-12T18:05:41.000+05:30'),
    );
  });

  it('reports the year 275760 without crashing, and leaves it', () => {
    const input = 'datePublished: Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)';
    const result = date(input);
    expect(result.text).toBe(post(input));
    expect(result.lines).toEqual([
      '2:16  error  Unexpected date `Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)` in the year 275760 in `datePublished`, expected an ISO 8601 date with an offset, such as `2025-06-08T13:19:59.000Z`, in the years 0001 to 9999  frontmatter-date',
    ]);
  });

  it('reports an empty date, a list and text that is no date, none fixable', () => {
    const result = date('date:\ndateAdded: [1, 2]\ndateUpdated: "next week"', false);
    expect(result.lines).toEqual([
      '2:1  error  Unexpected empty value in `date`, expected an ISO 8601 date with an offset, such as `2025-06-08T13:19:59.000Z`  frontmatter-date',
      '3:12  error  Unexpected list or mapping in `dateAdded`, expected an ISO 8601 date with an offset, such as `2025-06-08T13:19:59.000Z`  frontmatter-date',
      '4:14  error  Unexpected date `next week` in `dateUpdated`, expected an ISO 8601 date with an offset, such as `2025-06-08T13:19:59.000Z`  frontmatter-date',
    ]);
    expect(result.fixable).toEqual([]);
  });

  it('leaves other keys alone', () => {
    expect(date('updated: Sun Jun 08 2025 13:19:59 GMT+0000').lines).toEqual([]);
  });
});

describe('frontmatter-tags', () => {
  const tags = (yaml: string, fix = true) => run(post(yaml), { fix, on: ['frontmatter-tags'] });

  it('splits a quoted string on spaces when it has no comma', () => {
    expect(tags('tags: "docker devops"\nslug: s').text).toBe(post('tags:\n  - docker\n  - devops\nslug: s'));
  });

  it('trims, drops empty pieces and repeats, and quotes what YAML would read as something else', () => {
    expect(tags('tags: " docker ,, true, 2025 , docker"').text).toBe(
      post('tags:\n  - docker\n  - "true"\n  - "2025"'),
    );
  });

  it('reports slugs without fixing them, with the slug made from the name', () => {
    const result = tags('tags:\n  - Docker Compose\n  - CI/CD', false);
    expect(result.lines).toEqual([
      '3:5  error  Unexpected tag `Docker Compose` that is not a tag slug, expected `docker-compose` or the slug of the Hashnode tag it names  frontmatter-tags',
      '4:5  error  Unexpected tag `CI/CD` that is not a tag slug, expected `ci-cd` or the slug of the Hashnode tag it names  frontmatter-tags',
    ]);
    expect(result.fixable).toEqual([]);
  });

  it('leaves a flow list as it is, and a string with an anchor unfixed', () => {
    expect(tags('tags: [docker, devops]').lines).toEqual([]);
    const anchored = tags('tags: &t docker, devops\nother: *t');
    expect(anchored.text).toBe(post('tags: &t docker, devops\nother: *t'));
    expect(anchored.lines[0]).toContain('Unexpected tags as a string');
  });

  it('writes one comma-separated string with the `comma` style', () => {
    const comma = (yaml: string) =>
      run(post(yaml), {
        on: ['frontmatter-tags'],
        settings: { 'frontmatter-tags': ['error', { style: 'comma' }] },
      });
    expect(comma('tags:\n  - docker\n  - devops\n  - docker\nslug: s').text).toBe(
      post('tags: docker, devops\nslug: s'),
    );
    expect(comma('tags: [docker, devops]').text).toBe(post('tags: docker, devops'));
    expect(comma('tags: "docker,devops , docker"').text).toBe(post('tags: "docker, devops"'));
    expect(comma('tags: docker, devops').lines).toEqual([]);
    const commented = 'tags:\n  - docker # main\n  - devops';
    expect(comma(commented).text).toBe(post(commented));
  });

  it('copes with mojibake in a tag', () => {
    const result = tags('tags: d\u00c3\u00a9veloppement, devops');
    expect(result.text).toBe(post('tags:\n  - d\u00c3\u00a9veloppement\n  - devops'));
    expect(result.lines[0]).toContain('expected `da-veloppement`');
  });
});

describe('frontmatter-fields', () => {
  const fields = (yaml: string, profile?: string, path?: string) =>
    run(post(yaml), {
      fix: false,
      path,
      on: ['frontmatter-fields'],
      settings: profile ? { 'frontmatter-fields': ['error', { profile }] } : {},
    });

  it('accepts a backup post, and a backup draft with only a title', () => {
    expect(fields(BACKUP).lines).toEqual([]);
    expect(fields('title: "Draft"', undefined, 'posts/draft-6958a0b264c72928300b86eb.md').lines).toEqual([]);
    expect(fields('title: "Draft"', undefined, 'posts/6958a0b264c72928300b86eb.md').lines).toHaveLength(3);
  });

  it('checks what publish-from-GitHub needs', () => {
    const result = fields(
      'title: "T"\ntags: a, b, c, d, e, f\ndomain: https://blog.example.com/\nenableToc: yes\nlayout: post\n__proto__: x\nconstructor: y',
      'hashnode-publish',
    );
    expect(result.lines).toEqual([
      '3:7  error  Unexpected 6 tags, expected at most 5: Hashnode publishes a post with up to 5 tag slugs  frontmatter-fields',
      '4:9  error  Unexpected domain `https://blog.example.com/`, expected a host name such as `blog.example.com`  frontmatter-fields',
      '5:12  error  Unexpected `yes` in `enableToc`, expected `true` or `false`  frontmatter-fields',
      '6:1  warning  Unexpected key `layout`, expected one the `hashnode-publish` profile knows; it is ignored  frontmatter-fields',
      '7:1  warning  Unexpected key `__proto__`, expected one the `hashnode-publish` profile knows; it is ignored  frontmatter-fields',
      '8:1  warning  Unexpected key `constructor`, expected one the `hashnode-publish` profile knows; it is ignored  frontmatter-fields',
      '9:1  error  Missing `slug` in frontmatter, expected it for the `hashnode-publish` profile  frontmatter-fields',
    ]);
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('accepts a complete publish post with backup keys in it', () => {
    const yaml =
      'title: "T"\nslug: t\ntags: docker, devops\ndomain: blog.example.com\nsaveAsDraft: true\ncuid: cm0t\ndatePublished: 2025-06-08T13:19:59.000Z';
    expect(fields(yaml, 'hashnode-publish').lines).toEqual([]);
  });

  it('reports an empty required value at its key', () => {
    expect(fields(BACKUP.replace('slug: t', 'slug: ""')).lines).toEqual([
      '5:1  error  Unexpected empty `slug`, expected a value for the `hashnode-backup` profile  frontmatter-fields',
    ]);
  });

  it('rejects a profile it does not know', () => {
    expect(() => fields(BACKUP, 'jekyll')).toThrow('Unknown frontmatter-fields profile `jekyll`');
  });
});

describe('frontmatter-format', () => {
  const format = (yaml: string, fix = true) => run(post(yaml), { fix, on: ['frontmatter-format'] });

  it('keeps trailing spaces inside a `|` block, and blank lines a `|+` block keeps', () => {
    const keep = 'title: x\nnote: |+\n  two  \n  lines\n\n';
    expect(format(keep).text).toBe(post(keep));
    expect(format('note: |\n  two  \n  lines\n\n').text).toBe(post('note: |\n  two  \n  lines'));
  });

  it('removes trailing tabs and spaces after values and comments', () => {
    expect(format('title: x\t \n# note  \nslug: y ').text).toBe(post('title: x\n# note\nslug: y'));
  });

  it('removes trailing whitespace after the fences', () => {
    const text = '---  \ntitle: x\n---\t\n\nBody.\n';
    const result = run(text, { fix: false, on: ['frontmatter-format'] });
    expect(result.lines).toEqual([
      '1:4  error  Unexpected trailing whitespace after `---`, expected the fence alone on its line  frontmatter-format',
      '3:4  error  Unexpected trailing whitespace after `---`, expected the fence alone on its line  frontmatter-format',
    ]);
    expect(run(text, { on: ['frontmatter-format'] }).text).toBe('---\ntitle: x\n---\n\nBody.\n');
  });

  it('quotes a text value YAML reads as something else, keeping its characters', () => {
    expect(format('title: 1.50\nslug: 404\nseoTitle: null\ncover: 12').text).toBe(
      post('title: "1.50"\nslug: "404"\nseoTitle: "null"\ncover: 12'),
    );
  });

  it('names both lines of a duplicate key, and fixes nothing for it', () => {
    const result = format('title: a\nslug: s\ntitle: b', false);
    expect(result.lines).toEqual([
      '4:1  error  Unexpected duplicate key `title` on line 4 (first on line 2), expected each key once  frontmatter-format',
    ]);
    expect(result.fixable).toEqual([]);
  });

  it('notes a comment that cuts an unquoted title short', () => {
    expect(format('title: C# vs F# #dotnet', false).lines).toEqual([
      '2:8  info  Unexpected comment `#dotnet` after the unquoted `title`, expected the whole value in quotes if `#dotnet` is part of it  frontmatter-format',
    ]);
  });

  it('notes TOML frontmatter and leaves it', () => {
    const toml = '+++\ntitle = "T"\ndate = 2025-06-08\n+++\n\nBody.\n';
    const result = run(toml);
    expect(result.text).toBe(toml);
    expect(result.lines).toEqual([
      '1:1  info  Unexpected TOML frontmatter (`+++`), expected YAML (`---`) as Hashnode writes and reads it; the frontmatter rules leave it unchecked  frontmatter-format',
    ]);
  });
});

describe('bad input: the frontmatter rules stay silent or report clearly, and nothing is lost', () => {
  const ours = (lines: string[]) => lines.filter((line) => FRONTMATTER_RULES.some((id) => line.endsWith(id)));

  it.each([
    ['a list', '---\n- datePublished\n- tags\n---\n\nBody.\n'],
    ['a single value', '---\nSun Jun 08 2025 13:19:59 GMT+0000\n---\n\nBody.\n'],
    [
      'tab indentation',
      '---\ntags:\n\t- docker\ndatePublished: Sun Jun 08 2025 13:19:59 GMT+0000\n---\n\nBody.\n',
    ],
    [
      'a `---` line inside a quoted value',
      '---\ntitle: "one\n---\ntwo"\ndatePublished: Sun Jun 08 2025 13:19:59 GMT+0000\n---\n\nBody.\n',
    ],
    ['an unclosed frontmatter', '---\ntags: a, b\n\nBody.\n'],
    ['no frontmatter', '# Title\n\ntags: a, b\n'],
    ['an empty frontmatter', '---\n---\n\nBody.\n'],
  ])('%s', (_name, text) => {
    const result = run(text);
    expect(ours(result.lines).filter((line) => !line.includes('Missing `'))).toEqual([]);
    expect(result.text).toBe(text);
  });

  it('a `---` inside a one-line quoted value is just text', () => {
    const text = post('title: "--- not a fence ---"\n' + BACKUP.slice(BACKUP.indexOf('\n') + 1));
    expect(run(text).lines).toEqual([]);
  });

  it('tabs between a key and its value', () => {
    expect(
      run(post('title:\t"T"\ndatePublished:\tSun Jun 08 2025 13:19:59 GMT+0000\ncuid: c\nslug: s')).text,
    ).toBe(post('title:\t"T"\ndatePublished:\t2025-06-08T13:19:59.000Z\ncuid: c\nslug: s'));
  });

  it('a `__proto__` and a `constructor` key are kept as data', () => {
    const text = post(`${BACKUP}\n__proto__: {polluted: true}\nconstructor: x\ntags: a, a`);
    const result = run(text);
    expect(result.text).toBe(post(`${BACKUP}\n__proto__: {polluted: true}\nconstructor: x\ntags:\n  - a`));
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a frontmatter of 10 000 keys', () => {
    const keys = Array.from({ length: 10_000 }, (_, index) => `key${index}: value ${index}  `).join('\n');
    const result = run(post(`${BACKUP}\n${keys}\ntags: a, b`));
    expect(result.text).toBe(post(`${BACKUP}\n${keys.replace(/ {2}$/gm, '')}\ntags:\n  - a\n  - b`));
    expect(result.lines).toEqual([]);
  });

  it('mixed line endings: a CR is not trailing whitespace', () => {
    const text = `---\r\n${BACKUP}\n---\n\nBody.\n`;
    expect(() => run(text)).not.toThrow();
  });
});

describe('samples/clean-post.md', () => {
  it('gets no message from the frontmatter rules', () => {
    const text = readFileSync(new URL('clean-post.md', SAMPLES), 'utf8');
    const result = run(text);
    expect(result.lines).toEqual([]);
    expect(result.text).toBe(text);
  });
});
