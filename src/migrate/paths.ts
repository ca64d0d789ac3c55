import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';

/** The absolute path of `relative` under `outDir`, or undefined when it would leave `outDir`. */
export function insideOut(outDir: string, relative: string): string | undefined {
  const full = path.resolve(outDir, relative);
  const back = path.relative(outDir, full);
  return back === '' || back.startsWith('..') || path.isAbsolute(back) ? undefined : full;
}

/**
 * Makes the file's folder and checks, after symbolic links are followed, that it is still under `outDir`
 * (a link inside the output folder must not carry a post elsewhere).
 */
export async function prepareFolder(outDir: string, file: string): Promise<boolean> {
  await mkdir(path.dirname(file), { recursive: true });
  const [root, folder] = await Promise.all([realpath(outDir), realpath(path.dirname(file))]);
  const back = path.relative(root, folder);
  return !back.startsWith('..') && !path.isAbsolute(back);
}
