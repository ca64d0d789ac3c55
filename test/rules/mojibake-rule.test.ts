import { existsSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tidy } from '../../src/pipeline/tidy.js';
import { levelOf } from '../../src/report/severity.js';
import { onlyRule } from '../helpers.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const only = onlyRule('mojibake');

/** What a text looks like after being saved as UTF-8 and read back through a code page. */
function damage(text: string, codePage: string, { dropUndefined = false } = {}): string {
  let bytes = Buffer.from(text, 'utf8');
  if (dropUndefined)
    bytes = Buffer.from(bytes.filter((byte) => iconv.decode(Buffer.from([byte]), codePage) !== '\uFFFD'));
  const decoded = iconv.decode(bytes, codePage);
  // Mac decoders read 0xF0, every emoji's first byte, as the Apple logo; iconv-lite leaves it undefined.
  return codePage === 'macintosh' ? decoded.replace(/\uFFFD/g, '\uF8FF') : decoded;
}

const POST = `---
title: "Kubernetes probes – what I wish I’d known"
slug: kubernetes-probes
---

## 🚀 Why probes matter

A pod that is “Running” isn’t always ready — the probe tells the difference.

\`\`\`yaml
# 🔍 check every 10 s
readinessProbe:
  httpGet: { path: /healthz, port: 8080 }
\`\`\`

### ⚙️ Settings

* **🧑‍💻 Local**: \`kubectl describe pod\` → events…
`;

describe('mojibake rule', () => {
  it.each(['macintosh', 'windows-1252', 'windows-1254'])(
    'restores a post read as %s, code included',
    (codePage) => {
      const result = tidy(damage(POST, codePage), { rules: only });
      expect(result.text).toBe(POST);
      expect(result.fixed.some((message) => message.reason.startsWith('Whole document was decoded as'))).toBe(
        true,
      );
    },
  );

  it('restores bytes Windows-1254 dropped and says which ones were guesses', () => {
    const result = tidy(damage(POST, 'windows-1254', { dropUndefined: true }), { rules: only });
    expect(result.text).toBe(POST);
    const guesses = result.fixed.filter((message) => message.reason.includes('with a byte lost'));
    expect(guesses.length).toBeGreaterThan(0);
    for (const message of guesses) expect(message.reason).toMatch(/; restored \S+( \(could also be .+\))?$/u);
  });

  it('reports each run with line:column in the damaged file, and a summary note', () => {
    const damaged = damage('---\ntitle: "T"\nslug: t\n---\n\nIt’s here.\n', 'windows-1252');
    const result = tidy(damaged, { rules: only, fix: false });
    expect(
      result.messages.map(
        (message) => `${message.line}:${message.column} ${levelOf(message)} ${message.reason}`,
      ),
    ).toEqual([
      '6:3 error Unexpected mojibake `â€™`, expected `’`: UTF-8 read as Windows-1252',
      '1:1 info Whole document was decoded as Windows-1252; 1 sequence repaired',
    ]);
  });

  it('spells out invisible characters when candidates would otherwise look the same', () => {
    const result = tidy(
      damage('---\ntitle: "T"\n---\n\n⚙️ Settings and ⚙️ more\n', 'windows-1254', { dropUndefined: true }),
      {
        rules: only,
        fix: false,
      },
    );
    const reasons = result.messages.map((message) => message.reason).join('\n');
    expect(reasons).toContain('<U+FE0F>');
  });

  it('leaves mojibake quoted in code alone when the rest of the post is fine', () => {
    const post =
      '---\ntitle: "Encodings"\nslug: encodings\n---\n\nWhen UTF-8 is read as Latin-1, ’ turns into `â€™`:\n\n```\nâ€™ â€œ â€\n```\n';
    const result = tidy(post, { rules: only });
    expect(result.text).toBe(post);
    expect(result.messages).toEqual([]);
  });

  it.each([
    'Ação, coração — São Paulo.',
    'Straße, Größe, Übung.',
    'Zażółć gęślą jaźń. Příliš žluťoučký kůň.',
    'Съешь же ещё этих мягких французских булок.',
    'Ξεσκεπάζω την ψυχοφθόρα βδελυγμία.',
    'Tiếng Việt có dấu.',
    'İstanbul’da çay içtik, ağaç gölgesinde.',
    'Â la carte, Ã la mode? 5 × 3 ≤ 20 € ┌─┐ └─┘',
  ])('never changes clean text: %s', (text) => {
    const post = `---\ntitle: "T"\n---\n\n${text}\n`;
    expect(tidy(post, { rules: only }).text).toBe(post);
  });
});

describe.skipIf(!existsSync(SEEDS))('the seed posts', () => {
  const seed = (name: string) => readFileSync(new URL(name, SEEDS), 'utf8');

  it('restores seed 000 (Mac Roman) exactly: damaging the result again gives the seed back', () => {
    const original = seed('000_8053d2b361503679.txt');
    const result = tidy(original, { rules: only });
    expect(damage(result.text, 'macintosh')).toBe(original);
    expect(result.text).toContain('## 🚀 **Mastering Docker: A Practical Guide for Modern Development**');
    expect(result.text).toContain('reducing the infamous “works on my machine” issue.');
    expect(result.text).toContain('Before optimization: `500MB` → After optimization: `50MB`');
    expect(result.text).not.toMatch(/[üö‚Ä]/);
  });

  it('restores seed 001 (Windows-1254, bytes dropped) with every emoji, ZWJ and VS16 back', () => {
    const original = seed('001_904839bfaebfbb0d.txt');
    const result = tidy(original, { rules: only });
    expect(damage(result.text, 'windows-1254', { dropUndefined: true })).toBe(original);
    for (const line of [
      '## 🔍 Task 1: Introduction & Conceptual Understanding',
      '### 🧱 Virtualization vs. Containerization',
      '### ⚙️ Docker Components – The Core System',
      '* **🧑‍💻 Docker CLI**: Your command-line tool to interact with Docker.',
      '* **☁️ Docker Hub**: A cloud-based registry',
      '## 🏗️ Task 4: Multi-Stage Build Optimization',
      '## 🛡️ Task 9: Docker Scout Vulnerability Analysis',
    ]) {
      expect(result.text).toContain(line);
    }
    expect(result.text).not.toMatch(/[ğâ€Ÿ]/);
    const guesses = result.fixed.filter((message) => message.reason.includes('with a byte lost'));
    expect(guesses.map((message) => message.reason)).toContainEqual(
      expect.stringContaining('restored 🔍 (could also be'),
    );
  });
});
