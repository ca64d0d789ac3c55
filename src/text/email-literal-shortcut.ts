import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { codes } from 'micromark-util-symbol';
import type { Construct, ConstructRecord, Extension } from 'micromark-util-types';
import type { Processor } from 'unified';

/**
 * GFM's email autolink literal (`contact@example.org`) is tried at the start of every word: its construct is
 * registered on every letter and digit, so micromark breaks each run of text into one-letter attempts. That
 * is about a sixth of the parse of a typical post, and most posts hold no email at all.
 *
 * An email literal needs an address character, `@`, then a domain with a dot, all in the source as written.
 * A document without that pattern parses to the same tree without the construct, so it is parsed without it.
 */
const MAY_HOLD_EMAIL = /[\w.+-]@[\w.-]*\./;

/** Whether `document` could contain a GFM email autolink literal. */
export function mayHoldEmailLiteral(document: string): boolean {
  return MAY_HOLD_EMAIL.test(document);
}

/** The construct object GFM registers for email literals; the same object sits in every combined extension. */
const emailConstruct = (gfmAutolinkLiteral().text as ConstructRecord)[codes.digit0] as Construct;

/** `extension` with the email literal construct taken out (the same object when it has none). */
export function withoutEmailLiteral(extension: Extension): Extension {
  const text = extension.text;
  if (!text) return extension;
  let changed = false;
  const kept: ConstructRecord = {};
  for (const [code, entry] of Object.entries(text)) {
    const list = (Array.isArray(entry) ? entry : [entry]) as Construct[];
    const rest = list.filter((construct) => construct !== emailConstruct);
    if (rest.length !== list.length) changed = true;
    if (rest.length > 0) kept[code] = rest;
  }
  return changed ? { ...extension, text: kept } : extension;
}

/**
 * unified plugin, used after remark-parse and the syntax plugins: documents that cannot hold an email literal
 * are parsed with the same extensions minus that one construct. The tree is identical (test/text).
 */
export function remarkEmailLiteralShortcut(this: Processor) {
  const parseWithEveryConstruct = this.parser;
  if (!parseWithEveryConstruct) throw new Error('remarkEmailLiteralShortcut must come after remark-parse');
  const data = this.data();
  // Built on the first parse: by then the processor is frozen and every plugin has added its extensions.
  let lean: Extension[] | undefined;
  this.parser = (document, file) => {
    if (mayHoldEmailLiteral(document)) return parseWithEveryConstruct(document, file);
    lean ??= (data.micromarkExtensions ?? []).map(withoutEmailLiteral);
    return fromMarkdown(document, {
      ...data.settings,
      extensions: lean,
      mdastExtensions: data.fromMarkdownExtensions ?? [],
    });
  };
}
