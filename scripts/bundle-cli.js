// Bundles the command line (and its worker thread) into a few files under dist/cli/, after tsc has
// compiled dist/src/. Loading hundreds of small ES modules of micromark and friends costs more than
// running a check on one post; one bundle starts in about half the time. Code split at the dynamic
// imports (migrate, hook, the report formats, the worker pool) so a run loads only what it uses.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a hash of their content: without this, every change would leave the old chunks behind.
rmSync('dist/cli', { recursive: true, force: true });

await build({
  entryPoints: { main: 'dist/src/cli/main.js', worker: 'dist/src/batch/worker.js' },
  outdir: 'dist/cli',
  // One folder: the pool finds the worker next to itself, wherever its code landed.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // piscina starts its threads from its own files, so it must stay a package.
  external: ['piscina'],
  // Some CommonJS dependencies call require(); give the ES module bundle one.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
  },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
