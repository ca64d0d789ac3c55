import { expect, it } from 'vitest';
import { runCli } from '../helpers.js';

it('lists the migrate options in their own section of --help', async () => {
  const result = await runCli(['--help'], process.cwd());
  const section = result.stdout
    .split('Options for migrate <export.json|folder|post.md>:\n')[1]
    ?.split('\n\n')[0];
  expect(section).toBe(
    [
      '      --dry-run             List the files it would write; write nothing.',
      '      --out DIR             Write the migrated posts under DIR (required); nothing is written outside it.',
      '      --to TARGET           Where the posts go: markdown, hugo, astro, jekyll, eleventy, docusaurus, devto, hashnode.',
      "      --tags FILE           Tag names for an export's tag ids: [{ objectID, name, slug }] or { id: slug }.",
      '      --include-deleted     Also migrate posts deleted on Hashnode.',
      '      --bundles             Hugo page bundles: <slug>/index.md.',
      '      --format NAME         Report format: stylish (default) or json.',
    ].join('\n'),
  );
});
