import { describe, expect, it } from 'vitest';

// Imports by package name resolve through package.json "exports" to the built dist/ (npm test builds first).
describe('the package as a library', () => {
  it('exports tidy, tidyFile, createProcessor and the engines', async () => {
    const api = await import('hashnode-tidy');
    for (const name of [
      'tidy',
      'tidyFile',
      'createProcessor',
      'defineRule',
      'repairMojibake',
      'detectLanguage',
      'remarkHashnode',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
    }
    expect(api.tidy('Itâ€™s here.\n', { rules: { 'frontmatter-syntax': 'off' } }).text).toBe('It’s here.\n');
  });

  it('exports each rule as its own module', async () => {
    const { default: imageAlt } = await import('hashnode-tidy/plugins/image-alt');
    expect(imageAlt.meta).toMatchObject({ id: 'image-alt', fixable: false });
  });
});
