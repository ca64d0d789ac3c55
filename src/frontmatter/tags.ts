import { parse } from 'yaml';

/** Hashnode's tag slug: lowercase letters and digits in words joined by single hyphens. */
export const TAG_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Splits a tag string the way a reader would: on commas when there is one (so `Docker Compose, k8s` is two
 * tags), otherwise on spaces. Trimmed, empty pieces dropped, duplicates dropped keeping the first.
 */
export function splitTags(text: string): string[] {
  const pieces = text.includes(',') ? text.split(',') : text.split(/\s+/);
  return unique(pieces.map((piece) => piece.trim()).filter((piece) => piece !== ''));
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The slug form of a tag: `Docker Compose` is `docker-compose`, `C#` is `c`. Empty when nothing is left. */
export function slugify(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A tag as a block list item: plain when YAML reads it back as the same string, double-quoted otherwise. */
export function yamlItem(tag: string): string {
  if (/^[\w.][^#:]*$/u.test(tag) && !/\s$/.test(tag) && readsBack(tag)) return tag;
  return JSON.stringify(tag);
}

function readsBack(text: string): boolean {
  try {
    return parse(text) === text;
  } catch {
    return false;
  }
}
