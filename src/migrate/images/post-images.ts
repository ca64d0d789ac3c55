import type { Root } from 'mdast';
import { imageNodes, notDownloadedReason } from './urls.js';

export interface PostImages {
  /** The http and https images to download: the cover first, then the body's in source order, each once. */
  urls: string[];
  /** One a post's image that is left as it is (another scheme, a local path). */
  warnings: string[];
}

export function postImages(tree: Root, cover: string | undefined): PostImages {
  const urls = new Set<string>();
  const warnings = new Set<string>();
  for (const url of [cover, ...imageNodes(tree).map((node) => node.url)]) {
    if (!url) continue;
    const reason = notDownloadedReason(url);
    if (reason) warnings.add(reason);
    else urls.add(url);
  }
  return { urls: [...urls], warnings: [...warnings] };
}
