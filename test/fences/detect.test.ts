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

  it('reads bare Python statements by their shape, not by one keyword', () => {
    const code = '# load\nrows = read_rows("data.csv")\nsummary = summarize(rows)';
    expect(detectLanguage(code)?.evidence).toContain(
      'bare Python statements (calls, assignments, `#` comments, no `;`)',
    );
    // One line that Python cannot hold (`;`, `const`, `:=`) withdraws the shape vote.
    for (const line of ['total = 0;', 'const x = make()', 'n := count()']) {
      expect(detectLanguage(`${code}\n${line}`)?.evidence ?? []).not.toContain(
        'bare Python statements (calls, assignments, `#` comments, no `;`)',
      );
    }
  });

  it('counts an unknown program with flags only when the first word is not a known command', () => {
    expect(detectLanguage('tfswitch --latest')?.evidence).toContain(
      'unknown program with `--flag` arguments',
    );
    expect(detectLanguage('docker compose up -d --build')?.evidence).not.toContain(
      'unknown program with `--flag` arguments',
    );
  });

  it('does not count CI step commands inside YAML as shell', () => {
    const ci =
      'jobs:\n  scan:\n    steps:\n      - run: |\n          hadolint --failure-threshold error Dockerfile\n          conftest test --policy policy deploy.yaml\n          kube-score score --output-format ci k8s.yaml';
    expect(detectLanguage(ci)?.language).toBe('yaml');
  });

  it('counts template literals toward JavaScript', () => {
    expect(detectLanguage('const label = `${count} items`;')?.evidence).toContain(
      'template literal with `${...}`',
    );
  });

  it('counts spread syntax toward JavaScript', () => {
    expect(detectLanguage('const merged = { ...defaults, ...options };')?.evidence).toContain(
      'spread `...items`',
    );
  });

  it('holds statically typed declarations against JavaScript', () => {
    const code = 'Action log = () => Write("tick");\nint count = 3;';
    expect(detectLanguage(code)?.language).not.toBe('javascript');
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
