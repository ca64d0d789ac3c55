import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { createProcessor } from '../../src/pipeline/processor.js';
import { tidy } from '../../src/pipeline/tidy.js';
import { onlyRule, runCli, useTempDir } from '../helpers.js';
import { damagedPost, post } from './generators.js';

const tempDir = useTempDir();
const RUNS = { numRuns: 60 };

const codeValues = (text: string) => {
  const values: string[] = [];
  visit(createProcessor().parse(text), 'code', (node: Code) => {
    values.push(node.value);
  });
  return values;
};

describe('the laws, on generated posts', () => {
  it('fix is idempotent, on posts with the damage real exports carry', () => {
    fc.assert(
      fc.property(damagedPost, (text) => {
        const once = tidy(text).text;
        expect(tidy(once).text).toBe(once);
      }),
      RUNS,
    );
  });

  it('a post no rule fires on comes out byte-identical', () => {
    fc.assert(
      fc.property(post, (text) => {
        const checked = tidy(text, { fix: false });
        fc.pre(checked.messages.every((message) => message.fatal !== true && message.fatal !== false));
        expect(tidy(text).text).toBe(text);
      }),
      RUNS,
    );
  });

  it('damaging a post through a code page and fixing it gives the post back', () => {
    const pages = fc.constantFrom('windows-1252', 'macintosh', 'windows-1254', 'windows-1251', 'iso-8859-15');
    fc.assert(
      fc.property(post, pages, (text, page) => {
        const bytes = Buffer.from(text, 'utf8');
        const decoded = iconv.decode(bytes, page);
        // Bytes the code page leaves undefined would be lost; this law is about lossless damage.
        fc.pre(!decoded.includes('\uFFFD') || page === 'macintosh');
        const damaged = page === 'macintosh' ? decoded.replace(/\uFFFD/g, '\uF8FF') : decoded;
        fc.pre(damaged !== text);
        expect(tidy(damaged, { rules: onlyRule('mojibake') }).text).toBe(text);
      }),
      RUNS,
    );
  });

  it('fixes never change the text inside a fence, except the debris line a rule names', () => {
    fc.assert(
      fc.property(damagedPost, (text) => {
        const result = tidy(text);
        const before = codeValues(text).map((value) => value.replace(/^bashCopyEdit/, ''));
        expect(codeValues(result.text)).toEqual(before);
        const debris = text.includes('bashCopyEdit');
        expect(result.fixed.some((message) => message.ruleId === 'fence-copy-artifact')).toBe(debris);
      }),
      RUNS,
    );
  });

  it('on any bytes the CLI exits 0, 1 or 2 and writes only the file it fixes', async () => {
    const dir = await tempDir();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('fix', 'check'),
        async (bytes, command) => {
          const file = path.join(dir, 'post.md');
          await writeFile(file, bytes);
          const result = await runCli([command, 'post.md'], dir);
          expect([0, 1, 2]).toContain(result.code);
          expect(result.stderr).not.toContain('internal error');
          expect(await readdir(dir)).toEqual(['post.md']);
        },
      ),
      { numRuns: 40 },
    );
  });
});
