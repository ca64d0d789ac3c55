import { expect, it } from 'vitest';
import { runCli } from '../helpers.js';

it('lists the migrate options in their own section of --help', async () => {
  const result = await runCli(['--help'], process.cwd());
  const section = result.stdout
    .split('Options for migrate <export.json|folder|post.md>:\n')[1]
    ?.split('\n\n')[0];
  expect(section).toBe(
    [
      '      --dry-run                   List the files it would write; write nothing.',
      '      --out DIR                   Write the migrated posts under DIR (required); nothing is written outside it.',
      '      --to TARGET                 Where the posts go: markdown, hugo, astro, jekyll, eleventy, docusaurus, devto, hashnode.',
      "      --tags FILE                 Tag names for an export's tag ids: [{ objectID, name, slug }] or { id: slug }.",
      '      --include-deleted           Also migrate posts deleted on Hashnode.',
      '      --bundles                   Hugo page bundles: <slug>/index.md.',
      '      --download-images DIR       Download every image (the cover too) into DIR and point the posts at the copies.',
      '      --download-concurrency N    Images downloaded at the same time (default 4).',
      '      --format NAME               Report format: stylish (default) or json.',
      '      --no-progress               Never show the progress bar.',
    ].join('\n'),
  );
});

it('says in --help that a failed image download exits 1', async () => {
  const result = await runCli(['--help'], process.cwd());
  expect(result.stdout).toContain(
    'migrate: 0 every post written, 1 some posts had problems or images failed, 2 usage error or unreadable input.\n',
  );
});
