import { decodeEntities, squash } from './text.js';

/** Hashnode's callout block, as its editor writes it into the Markdown. */
export interface Callout {
  emoji: string;
  /** The callout's text, tags removed. */
  text: string;
  start: number;
  end: number;
}

/*
 * No HTML parser is installed (parse5, hast-util-from-html), and adding one for a single, fixed construct is not
 * worth it: Hashnode writes exactly
 *   <div data-node-type="callout"><div data-node-type="callout-emoji">E</div>
 *   <div data-node-type="callout-text">TEXT</div></div>
 * with whitespace between the tags and only inline tags inside TEXT. So this matcher reads exactly that, step by
 * step with sticky expressions and `indexOf`, each step moving forward only: linear in the input.
 */
const OPEN = /<div\s+data-node-type\s*=\s*(["'])callout\1\s*>/g;
const EMOJI = /\s*<div\s+data-node-type\s*=\s*(["'])callout-emoji\1\s*>([^<]*)<\/div>/y;
const TEXT_OPEN = /\s*<div\s+data-node-type\s*=\s*(["'])callout-text\1\s*>/y;
const CLOSE = /\s*<\/div>/y;

/** Callouts in raw HTML that starts at source offset `offset`. */
export function findCallouts(raw: string, offset: number): Callout[] {
  const found: Callout[] = [];
  OPEN.lastIndex = 0;
  for (let open = OPEN.exec(raw); open; open = OPEN.exec(raw)) {
    const callout = readCallout(raw, open.index + open[0].length);
    if (!callout) continue;
    found.push({ ...callout, start: offset + open.index, end: offset + callout.end });
    OPEN.lastIndex = callout.end;
  }
  return found;
}

function readCallout(raw: string, at: number): { emoji: string; text: string; end: number } | undefined {
  EMOJI.lastIndex = at;
  const emoji = EMOJI.exec(raw);
  if (emoji) at = EMOJI.lastIndex;
  TEXT_OPEN.lastIndex = at;
  if (!TEXT_OPEN.exec(raw)) return undefined;
  const textStart = TEXT_OPEN.lastIndex;
  // Only inline tags go inside the text, so the first `</div>` closes it.
  const textEnd = raw.indexOf('</div>', textStart);
  if (textEnd === -1) return undefined;
  CLOSE.lastIndex = textEnd + 6;
  if (!CLOSE.exec(raw)) return undefined;
  const text = squash(decodeEntities(raw.slice(textStart, textEnd).replace(/<[^<>]*>/g, '')));
  return { emoji: squash(decodeEntities(emoji?.[2] ?? '')), text, end: CLOSE.lastIndex };
}

/**
 * The callouts of one `html` node, given its source text and its value. In a blockquote the source has `> `
 * markers between the tags, which the matcher does not skip; the value has them removed, so it is read
 * instead, and its callouts are placed at the whole node. Returns the text that was read, too.
 */
export function calloutsOfNode(
  raw: string,
  value: string,
  start: number,
): { read: string; callouts: Callout[] } {
  const callouts = findCallouts(raw, start);
  if (callouts.length > 0 || raw === value) return { read: raw, callouts };
  const fromValue = findCallouts(value, 0);
  if (fromValue.length === 0) return { read: raw, callouts };
  return {
    read: value,
    callouts: fromValue.map((callout) => ({ ...callout, start, end: start + raw.length })),
  };
}
