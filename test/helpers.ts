import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach } from 'vitest';
import { main } from '../src/cli/main.js';
import { rules } from '../plugins/index.js';
import type { RuleSetting } from '../src/rules/types.js';

/** A folder removed after the test. */
export function useTempDir(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'hashnode-tidy-'));
    made.push(dir);
    return dir;
  };
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the CLI in-process, as `hashnode-tidy ...args` in `cwd`. */
export async function runCli(args: string[], cwd: string) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv: args, cwd, stdout, stderr, interactive: false });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Settings that turn every rule off but the one named. */
export function onlyRule(id: string, setting?: RuleSetting): Record<string, RuleSetting> {
  return Object.fromEntries(
    rules.map((rule) => [rule.meta.id, rule.meta.id === id ? (setting ?? rule.meta.severity) : 'off']),
  );
}

export const SAMPLES = new URL('../samples/', import.meta.url);
