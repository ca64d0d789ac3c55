// ftfy's negative cases (text that must not change). The data lives outside the repository.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/encoding/index.js';

interface Case {
  label: string;
  original: string;
}

const negative = new URL('../../../shared/conformance/ftfy/negative.json', import.meta.url);
const cases: Case[] = existsSync(negative) ? (JSON.parse(readFileSync(negative, 'utf8')) as Case[]) : [];
// Two cases expect a repair after all (C1 controls; a string with real mojibake glued on).
const EXPECTS_CHANGE = new Set(['Mostly negative: we only need to fix C1 control characters']);

describe.skipIf(cases.length === 0)('ftfy negative cases', () => {
  for (const c of cases.filter((x) => !EXPECTS_CHANGE.has(x.label))) {
    it(c.label, () => {
      expect(repairMojibake(c.original).text).toBe(c.original);
    });
  }
});
