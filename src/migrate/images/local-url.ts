import path from 'node:path';
import type { Target } from '../targets/index.js';

/**
 * How a post points at its downloaded image: the target's site path when the image lies in the folder the
 * site serves at `/` (Hugo's `static/`, Astro's `public/` …), else a path relative to the post file.
 */
export function localImageUrl(target: Target, outDir: string, postFile: string, imageFile: string): string {
  const fromOut = path.relative(outDir, imageFile);
  if (!fromOut.startsWith('..') && !path.isAbsolute(fromOut)) {
    const site = target.sitePath?.(fromOut.split(path.sep).join('/'));
    if (site !== undefined) return encodePath(site);
  }
  const relative = path.relative(path.dirname(postFile), imageFile).split(path.sep).join('/');
  return encodePath(relative.startsWith('../') ? relative : `./${relative}`);
}

/** Percent-encodes what a Markdown destination or a URL cannot hold bare (spaces, parentheses …). */
function encodePath(value: string): string {
  return value
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[()'!*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}
