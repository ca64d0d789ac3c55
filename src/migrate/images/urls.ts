import type { Definition, Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** How an image's URL is treated: fetched over the web, or left as it is. */
export type UrlKind = 'web' | 'other-scheme' | 'local';

export function urlKind(url: string): UrlKind {
  if (/^https?:\/\//i.test(url)) return 'web';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return 'other-scheme';
  return 'local';
}

/** Why an image that is not on the web is left as it is; a local path or `file:` URL is never read. */
export function notDownloadedReason(url: string): string | undefined {
  const kind = urlKind(url);
  if (kind === 'web') return undefined;
  const shown = url.length > 80 ? `${url.slice(0, 77)}...` : url;
  return kind === 'local'
    ? `Image \`${shown}\` left as it is: a local path is not read, only http and https images are downloaded`
    : `Image \`${shown}\` left as it is: only http and https images are downloaded`;
}

/**
 * The nodes that hold an image's URL, in source order: image nodes (Markdown and Hashnode syntax) and the
 * definitions that image references use.
 */
export function imageNodes(tree: Root): Array<Image | Definition> {
  const referenced = new Set<string>();
  const found: Array<Image | Definition> = [];
  visit(tree, (node) => {
    if (node.type === 'image' || node.type === 'definition') found.push(node);
    else if (node.type === 'imageReference') referenced.add(node.identifier);
  });
  return found.filter((node) => node.type === 'image' || referenced.has(node.identifier));
}
