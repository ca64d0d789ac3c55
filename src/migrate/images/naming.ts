import { createHash } from 'node:crypto';

/** Extensions for the image types a browser shows, by content type. */
const BY_TYPE: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
  'image/apng': 'apng',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'image/vnd.microsoft.icon': 'ico',
  'image/tiff': 'tiff',
  'image/heic': 'heic',
};

/** Content types of image extensions, so a URL's own extension is kept when the server agrees with it. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(BY_TYPE).map(([type, extension]) => [extension, type])),
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
};

const HASH_LENGTH = 12;
const MAX_BASE = 48;

/** The first characters of the URL's SHA-256: what makes the name unique, and how a copy is found again. */
export function urlHash(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, HASH_LENGTH);
}

/**
 * `<hash>-<base>.<ext>`: the URL's hash, the last path segment without its extension (lowercase ASCII letters,
 * digits, `_` and `-`), and the extension of the URL when it names the type served, else the content type's.
 */
export function imageFileName(url: string, contentType: string | undefined): string {
  const { base, extension } = splitName(url);
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const fromUrl = extension && BY_EXTENSION[extension] ? extension : undefined;
  const chosen =
    fromUrl && (BY_EXTENSION[fromUrl] === type || !BY_TYPE[type]) ? fromUrl : (BY_TYPE[type] ?? 'img');
  return `${urlHash(url)}-${base}.${chosen}`;
}

/** The hash a file name written by `imageFileName` starts with, or undefined for other files. */
export function hashOfFileName(name: string): string | undefined {
  const match = /^([0-9a-f]{12})-[a-z0-9_-]+\.[a-z0-9]+$/.exec(name);
  return match?.[1];
}

function splitName(url: string): { base: string; extension: string | undefined } {
  let segment = '';
  try {
    segment = new URL(url).pathname.split('/').pop() ?? '';
    segment = decodeURIComponent(segment);
  } catch {
    // An undecodable segment keeps its percent signs, which the cleaning below removes.
  }
  const dot = /\.([a-z0-9]{1,5})$/i.exec(segment);
  const stem = dot ? segment.slice(0, dot.index) : segment;
  const base = stem
    // Accents come off letters (é to e) rather than turning into dashes.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE)
    .replace(/-+$/, '');
  return { base: base || 'image', extension: dot?.[1]?.toLowerCase() };
}
