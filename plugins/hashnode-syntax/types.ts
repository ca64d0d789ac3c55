import type { Data, Node } from 'mdast';

/** Attributes written after an image destination, such as `align="center"`. */
export type HashnodeImageAttributes = Record<string, string>;

/** What an image with attributes carries in `node.data.hashnode`. */
export interface HashnodeImageData {
  attributes: HashnodeImageAttributes;
}

/** `%[https://…]` on its own line: an embedded URL (video, pen, tweet…). */
export interface HashnodeEmbed extends Node {
  type: 'hashnodeEmbed';
  /** The text between `%[` and `]`, verbatim. */
  url: string;
  data?: Data | undefined;
}

/** `%%[name]` on its own line: a reusable Hashnode widget. */
export interface HashnodeWidget extends Node {
  type: 'hashnodeWidget';
  /** The text between `%%[` and `]`, verbatim. */
  name: string;
  data?: Data | undefined;
}

declare module 'mdast' {
  interface ImageData {
    /** Present when the image was written with attributes. */
    hashnode?: HashnodeImageData | undefined;
  }

  interface BlockContentMap {
    hashnodeEmbed: HashnodeEmbed;
    hashnodeWidget: HashnodeWidget;
  }

  interface RootContentMap {
    hashnodeEmbed: HashnodeEmbed;
    hashnodeWidget: HashnodeWidget;
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    hashnodeImage: 'hashnodeImage';
    hashnodeImageMarker: 'hashnodeImageMarker';
    hashnodeImageAlt: 'hashnodeImageAlt';
    hashnodeImageDestination: 'hashnodeImageDestination';
    hashnodeImageDestinationMarker: 'hashnodeImageDestinationMarker';
    hashnodeImageTitle: 'hashnodeImageTitle';
    hashnodeImageTitleMarker: 'hashnodeImageTitleMarker';
    hashnodeImageWhitespace: 'hashnodeImageWhitespace';
    hashnodeImageAttribute: 'hashnodeImageAttribute';
    hashnodeImageAttributeName: 'hashnodeImageAttributeName';
    hashnodeImageAttributeMarker: 'hashnodeImageAttributeMarker';
    hashnodeImageAttributeValueMarker: 'hashnodeImageAttributeValueMarker';
    hashnodeImageAttributeValue: 'hashnodeImageAttributeValue';
    hashnodeEmbed: 'hashnodeEmbed';
    hashnodeWidget: 'hashnodeWidget';
    hashnodeEmbedMarker: 'hashnodeEmbedMarker';
    hashnodeEmbedValue: 'hashnodeEmbedValue';
  }
}

declare module 'mdast-util-from-markdown' {
  interface CompileData {
    /** Name of the image attribute being read. */
    hashnodeAttributeName?: string | undefined;
    /** Value of the image attribute being read. */
    hashnodeAttributeValue?: string | undefined;
  }
}
