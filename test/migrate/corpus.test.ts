import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrate, TARGET_NAMES } from '../../src/migrate/index.js';
import { useTempDir } from '../helpers.js';
import { listFiles } from './helpers.js';

const temp = useTempDir();
const EXPORTS = fileURLToPath(new URL('../../../shared/corpus/exports/', import.meta.url));
const TAGS = fileURLToPath(new URL('../../../shared/corpus/hashnode-tags.json', import.meta.url));
const exports = existsSync(EXPORTS) ? readdirSync(EXPORTS).filter((name) => name.endsWith('.json')) : [];

describe.skipIf(exports.length === 0)('migrate on real Hashnode exports', () => {
  it.each(exports.flatMap((name) => TARGET_NAMES.map((target) => [name, target] as const)))(
    '%s --to %s writes every active post under --out',
    async (name, target) => {
      const out = path.join(await temp(), 'out');
      const report = await migrate({ input: path.join(EXPORTS, name), target, out, tags: TAGS });
      expect(report.problems.filter((note) => note.message.startsWith('Refused'))).toEqual([]);
      const files = await listFiles(out);
      expect(files).toEqual(report.written.map((post) => post.path).sort());
      expect(files.length).toBeGreaterThan(0);
      // A second run writes the same bytes.
      const again = await migrate({ input: path.join(EXPORTS, name), target, out, tags: TAGS });
      expect(again.written).toEqual(report.written);
    },
  );
});
