import type { FoundImage } from './sections.js';
import { shorten } from './text.js';

const EXTENSION = /\.(?:png|jpe?g|gif|webp|svg|avif|bmp|tiff?|heic)$/i;
/**
 * A word that names the medium, not the content (or a placeholder left in: `alt text`), optionally followed by what cameras and screenshot tools
 * append: a number or a date and time (`Screenshot 2024-01-01 at 10.00.00`, `image (3)`, `IMG_2041`).
 */
const GENERIC =
  /^(?:image|img|screenshot|screen[\s_-]?shot|picture|pic|photo|untitled|alt(?:[\s_-]?text)?|image description)(?:[\s_-]*(?:\d|\()[\w\s().:,-]*)?$/i;

/** What is wrong with an image's alt text on its own, as a message; `undefined` when nothing is. */
export function altProblem(image: FoundImage): string | undefined {
  const alt = image.alt.trim();
  if (alt === '') {
    // `alt=""` in HTML is a deliberate mark of a decorative image; a Markdown image has no such convention.
    if (image.kind === 'html' && image.hasAlt) return undefined;
    const target = image.kind === 'reference' ? `[${image.identifier ?? ''}]` : image.url;
    return `Unexpected image with empty alt text (\`${shortenUrl(target)}\`), expected a short description of what it shows`;
  }
  const name = fileName(image.url);
  const lower = alt.toLowerCase();
  if (
    name &&
    (lower === name || lower === name.replace(EXTENSION, '') || lower === name.replace(/\.\w+$/, ''))
  ) {
    return `Unexpected alt text \`${shorten(alt)}\` that is the file name, expected a short description of what the image shows`;
  }
  if (GENERIC.test(alt.replace(EXTENSION, ''))) {
    return `Unexpected generic alt text \`${shorten(alt)}\`, expected a short description of what the image shows`;
  }
  return undefined;
}

/** Alt texts that read the same to a listener are the same. */
export function altKey(alt: string): string {
  return alt.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The last path segment, decoded and lower-cased; `''` when there is none. */
function fileName(url: string): string {
  const path = url.split(/[?#]/, 1)[0]!;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

/** Long CDN URLs make messages unreadable; the file name is what identifies the image. */
function shortenUrl(url: string): string {
  if (url.length <= 60) return url;
  const name = url.slice(url.lastIndexOf('/') + 1);
  return name.length > 0 && name.length <= 57 ? `…/${name}` : `${url.slice(0, 57)}…`;
}
