// The command lines the throughput and startup benchmarks compare, and a timer that also reads peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (relative) => path.join(root, relative);
const TIDY = bin('bin/hashnode-tidy.js');
const REMARK = bin('node_modules/remark-cli/cli.js');
const MARKDOWNLINT = bin('node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

/**
 * Each tool over a folder (or one file), with its own defaults: remark-cli with no plugins (parse, and
 * with --output also stringify and write), markdownlint-cli2 with its default rules, hashnode-tidy with
 * every rule at its default setting.
 */
export function tools(target, { isFile = false } = {}) {
  const glob = isFile ? target : `${target}/**/*.md`;
  return [
    { name: 'hashnode-tidy check', args: [TIDY, 'check', '--no-progress', target] },
    { name: 'hashnode-tidy fix --dry-run', args: [TIDY, 'fix', '--dry-run', '--no-progress', target] },
    { name: 'remark-cli (parse)', args: [REMARK, '--quiet', '--no-config', '--no-ignore', target] },
    {
      name: 'remark-cli (parse + stringify)',
      args: [REMARK, '--quiet', '--no-config', '--no-ignore', target, '--output', '{OUT}'],
      needsOut: true,
    },
    { name: 'markdownlint-cli2', args: [MARKDOWNLINT, glob] },
  ];
}

/** GNU time gives the peak resident memory of the whole process; without it only seconds are measured. */
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((candidate) => existsSync(candidate));

/** Runs `node ...args` once; returns wall seconds and peak RSS in MB (undefined without GNU time). */
export function measure(args) {
  const out = args.includes('{OUT}') ? mkdtempSync(path.join(tmpdir(), 'bench-out-')) : undefined;
  const finalArgs = args.map((arg) => (arg === '{OUT}' ? out : arg));
  const command = GNU_TIME
    ? [GNU_TIME, ['-f', '%M', process.execPath, ...finalArgs]]
    : [process.execPath, finalArgs];
  const start = performance.now();
  const result = spawnSync(command[0], command[1], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (out) rmSync(out, { recursive: true, force: true });
  if (result.status === null || result.status > 1) {
    throw new Error(`${finalArgs.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  }
  const kilobytes = GNU_TIME ? Number(result.stderr.trim().split('\n').at(-1)) : Number.NaN;
  return { seconds, peakMb: Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined };
}

/** The median of `runs` measurements: one noisy run says little on a shared machine. */
export function medianOf(runs, args) {
  const results = Array.from({ length: runs }, () => measure(args)).sort((a, b) => a.seconds - b.seconds);
  return results[Math.floor(results.length / 2)];
}

export const mb = (value) => (value === undefined ? '   n/a' : `${value.toFixed(0).padStart(4)} MB`);
