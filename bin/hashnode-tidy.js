#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// The first Ctrl-C lets the files in progress finish (no half-written post, no temporary file left);
// a second one stops at once.
const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  signal: interrupt.signal,
});
