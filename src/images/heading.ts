import type { Heading } from 'mdast';
import { plainText, shorten } from './text.js';

/** A heading as messages name it: its text, or its `##` marker when it has none. */
export function headingName(heading: Heading): string {
  return shorten(plainText(heading), 50) || '#'.repeat(heading.depth);
}
