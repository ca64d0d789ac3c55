import { describe, expect, it } from 'vitest';
import { tidy } from '../../src/pipeline/tidy.js';
import type { RuleSetting } from '../../src/rules/types.js';
import { onlyRule } from '../helpers.js';

const FRONTMATTER = '---\ntitle: "T"\nslug: t\n---\n\n';
const fenceRules = (fenceLanguage: RuleSetting = 'warn'): Record<string, RuleSetting> => ({
  ...onlyRule('fence-copy-artifact'),
  'fence-language': fenceLanguage,
});
const fix = (body: string, settings = fenceRules()) => tidy(FRONTMATTER + body, { rules: settings });
const fixed = (body: string, settings?: Record<string, RuleSetting>) =>
  fix(body, settings).text.slice(FRONTMATTER.length);

describe('fence-copy-artifact and fence-language on the shapes real posts have', () => {
  it('removes glued debris and labels the block from it', () => {
    expect(fixed('```plaintext\nbashCopyEditdocker network create my_network\ndocker ps\n```\n')).toBe(
      '```bash\ndocker network create my_network\ndocker ps\n```\n',
    );
  });

  it('removes a debris line and keeps a real label', () => {
    expect(fixed('```python\nCopy code\nprint("hi")\n```\n')).toBe('```python\nprint("hi")\n```\n');
  });

  it('removes a debris paragraph right before a block and takes its language', () => {
    expect(fixed('Run this:\n\nbashCopy code\n\n```\nnpm ci --ignore-scripts\n```\n')).toBe(
      'Run this:\n\n```bash\nnpm ci --ignore-scripts\n```\n',
    );
  });

  it('keeps the indentation of fences inside lists and blockquotes', () => {
    expect(
      fixed('1. Create it:\n\n   ```plaintext\n   bashCopyEditkubectl apply -f app.yaml\n   ```\n'),
    ).toBe('1. Create it:\n\n   ```bash\n   kubectl apply -f app.yaml\n   ```\n');
    expect(fixed('> ```\n> Copy code\n> git status --short\n> ```\n')).toBe(
      '> ```\n> git status --short\n> ```\n',
    );
  });

  it('handles tilde fences', () => {
    expect(fixed('~~~\nbashCopyEditgit push origin main\n~~~\n')).toBe(
      '~~~bash\ngit push origin main\n~~~\n',
    );
  });

  it('keeps attributes after the language', () => {
    const body = '```text {1,3}\n{\n  "name": "demo",\n  "version": "1.0.0",\n  "private": true\n}\n```\n';
    expect(fixed(body)).toBe(body.replace('```text {1,3}', '```json {1,3}'));
    const titled = '```python title="app.py"\nCopy code\nimport os\n```\n';
    expect(fixed(titled)).toBe('```python title="app.py"\nimport os\n```\n');
  });

  it.each([
    ['an empty fence', '```\n```\n'],
    ['a fence with only whitespace', '```plaintext\n   \n\t\n```\n'],
    ['an indented code block', '    bashCopyEditdocker ps\n    docker images\n'],
    ['prose in a generic block', '```text\nThe build failed twice before it passed.\n```\n'],
    ['a word that merely starts with Copy', '```js\nconst CopyEditor = createEditor();\n```\n'],
    ['a bare Copy line', '```\nCopy\n```\n'],
  ])('leaves %s alone', (_name, body) => {
    const result = fix(body);
    expect(result.text).toBe(FRONTMATTER + body);
    expect(result.messages).toEqual([]);
  });

  it('handles an unclosed fence at the end of the file', () => {
    expect(fixed('```plaintext\nbashCopyEditdocker compose up -d\ndocker compose ps')).toBe(
      '```bash\ndocker compose up -d\ndocker compose ps',
    );
  });

  it('warns without fixing when it is not sure', () => {
    const body = '```plaintext\ndocker compose up -d --build\n```\n';
    const result = fix(body);
    expect(result.text).toBe(FRONTMATTER + body);
    expect(result.messages.map((message) => message.reason)).toEqual([
      expect.stringMatching(
        /^Unexpected code block labeled `plaintext`, expected `bash` \(confidence 0\.\d\d: .*\); not sure enough to label it$/,
      ),
    ]);
  });

  it('reports a mislabeled block and fixes it only when asked', () => {
    const body = '```bash\nservices:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n```\n';
    const report = fix(body);
    expect(report.text).toBe(FRONTMATTER + body);
    expect(report.messages[0]?.reason).toMatch(
      /^Unexpected label `bash` on a block that looks like `yaml` \(confidence/,
    );
    expect(fixed(body, fenceRules(['warn', { fixMislabeled: true }]))).toBe(
      body.replace('```bash', '```yaml'),
    );
  });

  it('normalizes aliases only when asked', () => {
    const body = '```sh\nls -la\n```\n\n```yml\na: 1\n```\n';
    expect(fixed(body)).toBe(body);
    expect(fixed(body, fenceRules(['warn', { normalize: 'prism' }]))).toBe(
      '```bash\nls -la\n```\n\n```yaml\na: 1\n```\n',
    );
  });

  it('finishes on a 5 MB block', () => {
    const line = 'docker run -d --name web -p 8080:80 nginx:latest\n';
    const body = '```plaintext\n' + line.repeat(Math.ceil(5e6 / line.length)) + '```\n';
    expect(fixed(body).startsWith('```bash\ndocker run')).toBe(true);
  });

  it('is idempotent and leaves no fixable message', () => {
    const body =
      '```plaintext\nbashCopyEditdocker network create n\n```\n\n```\nFROM alpine:3.20\nRUN apk add curl\nCMD ["sh"]\n```\n';
    const once = fix(body);
    const twice = tidy(once.text, { rules: fenceRules() });
    expect(twice.text).toBe(once.text);
    expect(twice.fixable).toEqual([]);
  });
});
