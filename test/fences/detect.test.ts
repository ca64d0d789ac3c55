import { describe, expect, it } from 'vitest';
import { detectLanguage, LANGUAGES } from '../../src/fences/index.js';
import { ABSTAIN, CASES } from './detect-cases.js';

describe('detectLanguage', () => {
  it.each(CASES.map(([name, code, lang]) => [`${name} -> ${lang}`, code, lang] as const))(
    '%s',
    (_name, code, language) => {
      const result = detectLanguage(code);
      expect(result?.language).toBe(language);
      expect(result?.confidence).toBeGreaterThan(0);
      expect(result?.confidence).toBeLessThanOrEqual(1);
      expect(result?.evidence.length).toBeGreaterThan(0);
    },
  );

  it.each(ABSTAIN)('abstains on %s', (_name, code) => {
    expect(detectLanguage(code)).toBeNull();
  });

  it('has examples for every language it can return', () => {
    const covered = new Set(CASES.map((c) => c[2]));
    expect(LANGUAGES.filter((l) => !covered.has(l))).toEqual([]);
  });

  it('does not read a TypeScript enum as GraphQL', () => {
    expect(detectLanguage('enum Direction {\n  Up,\n  Down,\n}')?.language).not.toBe('graphql');
  });

  it('explains a command block in words', () => {
    expect(detectLanguage('docker network create my_network')?.evidence).toContain(
      'line starts with a known shell command',
    );
  });

  it('finishes on a 5 MB block (only a bounded prefix is read)', () => {
    const line = 'aaaaaaaaaa '.repeat(40) + '{ "x": [ ((((( <<<< $$$ \\\\\\ \n';
    const big = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const noNewlines = 'x'.repeat(5 * 1024 * 1024);
    detectLanguage(big);
    detectLanguage(noNewlines);
    expect(detectLanguage('SELECT * FROM t;\n' + big)?.language ?? null).not.toBe('python');
  });
});
