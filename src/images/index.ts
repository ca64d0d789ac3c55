import type { Root } from 'mdast';
import { computeSections, isImageOnly, type ImageKind } from './sections.js';

export { calloutsOfNode, findCallouts, type Callout } from './callout.js';
export { scanHtml, outsideComments, type HtmlImage, type HtmlScan } from './html.js';
export {
  computeSections,
  isEmpty,
  isImageOnly,
  readSections,
  type FoundImage,
  type ImageKind,
  type Section,
} from './sections.js';
export { plainText, shorten } from './text.js';

/** One image of a post, for reports that list them (`check --format json`). */
export interface ImageInfo {
  url: string;
  alt: string;
  line: number;
  column: number;
  /** The image is in a section that holds images and no text (what image-only-section reports). */
  inImageOnlySection: boolean;
  kind: ImageKind;
}

/**
 * Every image of a parsed post in source order: Markdown and Hashnode images, reference images resolved
 * through their definitions, HTML `<img>` tags, and Hashnode images whose malformed attributes left them as
 * text. Pure: reads the tree and its source, changes neither.
 */
export function collectImages(tree: Root, source: string): ImageInfo[] {
  const images: ImageInfo[] = [];
  // Not the rules' cache: a caller may change the tree between calls.
  for (const section of computeSections(tree, source)) {
    const imageOnly = isImageOnly(section);
    for (const image of section.headingImages) images.push(info(image, false));
    for (const image of section.images) images.push(info(image, imageOnly));
  }
  return images;
}

function info(
  image: { url: string; alt: string; line: number; column: number; kind: ImageKind },
  inImageOnlySection: boolean,
): ImageInfo {
  return {
    url: image.url,
    alt: image.alt,
    line: image.line,
    column: image.column,
    inImageOnlySection,
    kind: image.kind,
  };
}
