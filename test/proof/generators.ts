import fc from 'fast-check';

/** Words in many scripts, with emoji (including ZWJ and VS16 sequences) and typographic punctuation. */
const WORDS = [
  'docker',
  'network',
  'deploy',
  'café',
  'naïve',
  'São',
  'Paulo',
  'Größe',
  'Zażółć',
  'Příliš',
  'İstanbul',
  'ağaç',
  'Съешь',
  'ещё',
  'Ξεσκεπάζω',
  'Tiếng',
  'Việt',
  'مرحبا',
  'नमस्ते',
  '日本語',
  '한국어',
  'ประเทศไทย',
  '🚀',
  '🔍',
  '⚙️',
  '🧑‍💻',
  '👨‍👩‍👧',
  '✅',
  '“quoted”',
  'it’s',
  '—',
  '…',
  '€20',
  '5 × 3',
  '→',
];

const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 2, maxLength: 12 }).map((words) => `${words.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '));
const heading = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.array(word, { minLength: 1, maxLength: 5 }))
  .map(([depth, words]) => `${'#'.repeat(depth)} ${words.join(' ')}`);
const list = fc
  .array(sentence, { minLength: 1, maxLength: 4 })
  .map((items) => items.map((item) => `* ${item}`).join('\n'));
const CODE: readonly (readonly [string, string])[] = [
  ['bash', 'docker network create app_net\ndocker run -d --network app_net nginx:1.27'],
  ['yaml', 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"'],
  ['python', 'def greet(name):\n    return f"Hello, {name} 🚀"'],
  ['json', '{\n  "name": "café",\n  "private": true\n}'],
  ['javascript', 'const total = items.reduce((sum, item) => sum + item.price, 0);'],
];
const fence = fc.constantFrom(...CODE).map(([lang, code]) => `\`\`\`${lang}\n${code}\n\`\`\``);
const image = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 99999 }))
  .map(
    ([alt, id]) =>
      `![${alt.join(' ')} shown in the terminal](https://cdn.hashnode.com/res/${id}.png align="center")`,
  );
const embed = fc.integer({ min: 1, max: 999 }).map((id) => `%[https://www.youtube.com/watch?v=video${id}]`);
const table = fc
  .array(fc.tuple(word, word), { minLength: 1, maxLength: 3 })
  .map((rows) => ['| Tool | Note |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));

/** A block of body text; every section gets a paragraph first, so no section is only images. */
const block = fc.oneof(paragraph, list, fence, table, image, embed);

/** A post in the shape Hashnode's backup writes, with ISO dates and tag lists (nothing for the rules to fix). */
export const post = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 6 }),
    fc.stringMatching(/^[a-z][a-z0-9-]{2,30}[a-z0-9]$/),
    fc.array(fc.tuple(heading, paragraph, fc.array(block, { maxLength: 4 })), { minLength: 1, maxLength: 4 }),
  )
  .map(([title, slug, sections]) => {
    const frontmatter = [
      '---',
      `title: "${title.join(' ').replace(/"/g, '')}"`,
      'datePublished: 2025-06-08T13:19:59.000Z',
      `cuid: cm0${slug.replace(/-/g, '').padEnd(22, '0').slice(0, 22)}`,
      `slug: ${slug}`,
      'tags:',
      '  - devops',
      '---',
    ].join('\n');
    const body = sections.map(([h, p, blocks]) => [h, p, ...blocks].join('\n\n')).join('\n\n');
    return `${frontmatter}\n\n${body}\n`;
  });

/** Damage real exports carry, each a function from a clean post to a damaged one. */
const DAMAGES: readonly ((text: string) => string)[] = [
  // The backup's JavaScript date and comma tags, and a blank line before the closing `---`.
  (text) =>
    text.replace(
      /datePublished: .*/,
      'datePublished: Sun Jun 08 2025 13:19:59 GMT+0000 (Coordinated Universal Time)',
    ),
  (text) => text.replace('tags:\n  - devops\n---', 'tags: devops, docker\n\n---'),
  // Hashnode's editor: four spaces after list items, escapes, no-break and zero-width spaces.
  (text) => text.replace(/^(\* .*)$/gm, '$1\n    '),
  (text) => text.replace(/\. /, '\\. ').replace(/ (\w+)_?/, ' snake\\_case $1'),
  (text) => text.replace(/ (\S+) /, ' $1\u00a0').replace(/(\w)(\w)/, '$1\u200b$2'),
  // Copy-button debris and generic labels on code blocks.
  (text) => text.replace(/```(bash|yaml|python|json|javascript)\n/, '```plaintext\nbashCopyEdit'),
  (text) => text.replace(/```(yaml|python)\n/, '```\n'),
  // A Hashnode image attribute that lost a quote.
  (text) => text.replace('align="center")', 'align="center)'),
];

/** A generated post with a random selection of the damage real exports carry. */
export const damagedPost = fc
  .tuple(post, fc.subarray([...DAMAGES.keys()], { minLength: 1 }))
  .map(([text, picks]) => picks.reduce((damaged, index) => DAMAGES[index]!(damaged), text));
