import type { Definition, Html, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { findCallouts } from '../images/callout.js';
import { destinationRange } from './images/locate.js';
import { imageNodes } from './images/urls.js';

/** How a target writes what only Hashnode understands. `undefined` keeps the Hashnode syntax. */
export interface SyntaxPreset {
  /** Replaces a `%[url]` embed line. */
  embed?: (url: string) => string;
  /** Replaces a callout's HTML. */
  callout?: (emoji: string, text: string) => string;
  /** Replaces a `%%[name]` widget line. */
  widget?: (name: string) => string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Rewrites the Hashnode-only nodes of a post in place: each edit replaces exactly the node's source, the
 * rest of the text stays byte for byte as it was. `rewriteImage` changes only the bytes of an image's URL
 * (in the image, or in the definition an image reference uses).
 */
export function convertSyntax(
  source: string,
  tree: Root,
  preset: SyntaxPreset,
  rewriteLink?: (url: string) => string | undefined,
  rewriteImage?: (url: string) => string | undefined,
): string {
  const edits: Edit[] = [];
  const at = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? undefined : { start, end };
  };
  const withImageUrl: ReadonlySet<unknown> = new Set(rewriteImage ? imageNodes(tree) : []);
  visit(tree, (node, _index, parent) => {
    const place = at(node);
    if (!place) return;
    const linkEdited =
      (node.type === 'link' || node.type === 'definition') && rewriteLink
        ? linkEdit(source, place, node, rewriteLink)
        : undefined;
    if (linkEdited) {
      edits.push(linkEdited);
    } else if ((node.type === 'image' || node.type === 'definition') && withImageUrl.has(node)) {
      const next = rewriteImage!(node.url);
      const range = next === undefined ? undefined : destinationRange(source, place, node.url, node.type);
      if (range) edits.push({ ...range, text: next! });
    } else if (node.type === 'hashnodeEmbed' && preset.embed) {
      edits.push({ ...place, text: preset.embed(node.url) });
    } else if (node.type === 'hashnodeWidget' && preset.widget) {
      edits.push({ ...place, text: preset.widget(node.name) });
    } else if (node.type === 'html' && parent?.type === 'root' && preset.callout) {
      // Only top-level HTML: inside a blockquote or list the source has markers between the tags.
      for (const callout of findCallouts((node as Html).value, place.start)) {
        edits.push({
          start: callout.start,
          end: callout.end,
          text: preset.callout(callout.emoji, callout.text),
        });
      }
    }
  });
  let text = source;
  let before = Infinity;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    // An edit inside one already made (an image in a replaced callout) would cut into the new text.
    if (edit.end > before) continue;
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    before = edit.start;
  }
  return text;
}

/** Replaces the destination of a link or definition, found in its source; an autolink becomes `[url](new)`. */
function linkEdit(
  source: string,
  place: { start: number; end: number },
  node: Link | Definition,
  rewriteLink: (url: string) => string | undefined,
): Edit | undefined {
  const next = rewriteLink(node.url);
  if (next === undefined) return undefined;
  const raw = source.slice(place.start, place.end);
  if (node.type === 'link' && !raw.startsWith('[')) {
    return { ...place, text: `[${raw.replace(/^<|>$/g, '')}](${next})` };
  }
  // The destination comes after the text (which may repeat the URL), so the last occurrence is it.
  const at = raw.lastIndexOf(node.url);
  if (at === -1) return undefined;
  return { start: place.start + at, end: place.start + at + node.url.length, text: next };
}

/** `[url](url)`: a link every Markdown reader (MDX included) understands. */
export const linkLine = (url: string) => `[${url}](${url})`;

export const widgetComment = (name: string) =>
  `<!-- Hashnode widget \`${name}\` (renders only on Hashnode) -->`;

export const blockquote = (emoji: string, text: string) => `> ${[emoji, text].filter(Boolean).join(' ')}`;

export const githubAlert = (emoji: string, text: string) => `> [!NOTE]\n${blockquote(emoji, text)}`;

/** Plain syntax for targets without shortcodes: links, blockquotes, comments. */
export const PLAIN: SyntaxPreset = { embed: linkLine, callout: blockquote, widget: widgetComment };
