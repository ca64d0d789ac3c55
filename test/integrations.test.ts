import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseOptions } from '../src/cli/options.js';

const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');

describe('integration files', () => {
  it('defines pre-commit hooks whose commands the CLI accepts', () => {
    const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; types: string[] }[];
    expect(hooks.map((hook) => hook.id)).toEqual(['hashnode-tidy-check', 'hashnode-tidy-fix']);
    for (const hook of hooks) {
      const [bin, ...args] = hook.entry.split(' ');
      expect(bin).toBe('hashnode-tidy');
      expect(hook.types).toEqual(['markdown']);
      // pre-commit appends the staged file names.
      expect(parseOptions([...args, 'post.md']).command).toBe(args[0]);
    }
  });

  it('has a composite GitHub Action that runs check with workflow-command output', () => {
    const action = parse(read('action.yml')) as { runs: { using: string; steps: { run: string }[] } };
    expect(action.runs.using).toBe('composite');
    const script = action.runs.steps.map((step) => step.run).join('\n');
    expect(script).toContain('hashnode-tidy check --format github');
    expect(parseOptions(['check', '--format', 'github', 'post.md']).format).toBe('github');
  });
});
