import { createTwoFilesPatch } from 'diff';

/** A unified diff `git apply` accepts, with a/ and b/ prefixes like git's. */
export function formatDiff(displayPath: string, before: string, after: string): string {
  const unixPath = displayPath.split('\\').join('/');
  return createTwoFilesPatch(`a/${unixPath}`, `b/${unixPath}`, before, after, undefined, undefined, {
    context: 3,
  })
    .split('\n')
    .slice(1) // jsdiff's leading `Index:`-style separator line
    .join('\n');
}
