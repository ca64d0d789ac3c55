import { HookError, installHook, type HookKind } from '../hooks/install-hook.js';

/** `hashnode-tidy hook install [--pre-push] [--force]`: returns the exit code. */
export async function runHookCommand(
  options: { cwd: string; prePush: boolean; force: boolean },
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const kind: HookKind = options.prePush ? 'pre-push' : 'pre-commit';
  try {
    const hookPath = await installHook({ cwd: options.cwd, kind, force: options.force });
    stdout.write(
      `Installed the ${kind} hook at ${hookPath}: it checks the Markdown posts each ${kind === 'pre-push' ? 'push' : 'commit'} changes.\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof HookError)) throw error;
    stderr.write(`hashnode-tidy: ${error.message}\n`);
    return 2;
  }
}
