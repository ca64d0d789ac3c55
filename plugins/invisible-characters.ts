import type { Nodes, Root } from 'mdast';
import { walk } from '../src/rules/tree-index.js';
import { defineRule } from '../src/rules/define-rule.js';
import type { Edit, Span } from '../src/rules/types.js';
import { codePointAt, codePointBefore, describeCharacter } from '../src/text/characters.js';
import { pendingEdits } from '../src/text/pending-edits.js';
import { LineCursor, lineEnd, lineStart, spanOf } from '../src/text/spans.js';

export interface InvisibleCharactersOptions {
  /** Also clean fenced, indented and inline code (off by default: code may mean every character). */
  code?: boolean;
}

/** Every character the rule is about. */
const CANDIDATE = /[\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** What may stand before a character at the start of a line: indentation, quote markers, other debris. */
const PADDING = /[ \t>\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]/;
const PADDING_ALL = new RegExp(PADDING.source, 'g');
/** Characters a line-end run of debris is made of (joiners are left: they may belong to the character before). */
const TRAILING = /[ \t\u00A0\u00AD\u200B\u2060\uFEFF]/;
/**
 * A line prefix that a removed character could turn into a list item, heading, thematic break or table row: list,
 * heading and break markers in any combination (`1. -`, `* #`), or digits that a `.` or `)` would make a list.
 */
const BLOCK_PREFIX = /^[-*+#=_~`:|.)\d]*$/;

/** Scripts whose spelling uses the joiners (Persian `می‌خواهم`, Hindi conjuncts, Sinhala, Mongolian…). */
const JOINING_SCRIPT =
  /[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}\p{scx=Tibetan}\p{scx=Myanmar}\p{scx=Khmer}]/u;
/** Scripts written without spaces, where a zero-width space marks where a line may break. */
const UNSPACED_SCRIPT =
  /[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Javanese}\p{scx=Balinese}\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
/** What may end the part of an emoji sequence before a joiner: 🧑 in 🧑‍💻, a skin tone, VS16, a keycap. */
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\uFE0F\u20E3]/u;
const EMOJI_AFTER = /\p{Extended_Pictographic}/u;
/** French puts a no-break space before these and after `«`. */
const FRENCH_BEFORE = new Set([':', ';', '?', '!', '»']);
/** `10 km`, `5 %`, `1 000 000`: a no-break space keeps a number with its unit or its next digit group. */
const UNIT_AFTER = /^(?:\p{Nd}|[%‰°′″€$£¥₹]|\p{L}{1,3}(?!\p{L}))/u;
/** Emphasis delimiters: a character removed next to one could change what it opens or closes. */
const DELIMITERS = new Set(['*', '_', '~']);
/** Characters that start syntax with what follows them: an escape, an entity, HTML or an autolink. */
const OPENERS = new Set(['\\', '&', '<']);
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
/** Text that becomes a link when it is no longer split: a URL scheme, `www.`, an email address. */
const LINK_LIKE = /:\/\/|www\.|@/i;

/**
 * Finds zero-width and no-break characters that editors and copy-paste leave in prose: they break search,
 * spell checking and copied code, and no reader sees them.
 */
export const invisibleCharacters = defineRule<InvisibleCharactersOptions>(
  {
    id: 'invisible-characters',
    description:
      'Prose holds no stray zero-width characters, soft hyphens or no-break spaces used as spaces.',
    severity: 'warn',
    fixable: true,
    tags: ['text', 'debris'],
  },
  ({ tree, file, source, options, report }) => {
    const pending = pendingEdits(file, source);
    const lines = new LineStarts(source);
    for (const { span, code } of scannedSpans(tree, source, options?.code === true)) {
      let resume = span.start;
      const text = source.slice(span.start, span.end);
      for (const match of text.matchAll(CANDIDATE)) {
        const index = span.start + match.index;
        if (index < resume || (index === 0 && match[0] === '\uFEFF')) continue;
        const finding = code ? inCode(source, index, span) : inProse(source, index, lines);
        if (!finding) continue;
        if ('skip' in finding) {
          resume = finding.skip;
          continue;
        }
        resume = finding.edit.end;
        const name = describeCharacter(match[0]);
        const where = finding.lineEnd ? ' at the end of a line' : '';
        const expected = finding.edit.text === ' ' ? 'a space' : 'nothing';
        report({
          at: { start: index, end: index + 1 },
          reason: `Unexpected ${name}${where}, expected ${expected}`,
          expected: [finding.edit.text],
          fix: pending(finding.edit) ? undefined : finding.edit,
        });
      }
    }
  },
);

export default invisibleCharacters;

interface Finding {
  edit: Edit;
  lineEnd?: boolean;
}

/** Left alone, with the offset where scanning resumes (so long runs are looked at once). */
interface Skip {
  skip: number;
}

interface Scanned {
  span: Span;
  code: boolean;
}

/** Prose is text nodes; code only on request, without its fences and backticks. */
function scannedSpans(tree: Root, source: string, withCode: boolean): Scanned[] {
  const spans: Scanned[] = [];
  walk(tree, (node: Nodes) => {
    const span = spanOf(node);
    if (!span) return;
    // Autolinks and bare URLs: the text is the URL, where these characters are part of the address.
    if (node.type === 'link' && source[span.start] !== '[') return 'skip';
    if (node.type === 'text') spans.push({ span, code: false });
    else if (withCode && node.type === 'inlineCode')
      spans.push({ span: inlineContent(source, span), code: true });
    else if (withCode && node.type === 'code') spans.push({ span: codeContent(source, span), code: true });
  });
  return spans.sort((a, b) => a.span.start - b.span.start);
}

/** The lines between the opening and closing fence of fenced code; indented code is all content. */
function codeContent(source: string, span: Span): Span {
  if (!/^[ \t]*(?:`{3,}|~{3,})/.test(source.slice(span.start, span.start + 64))) return span;
  const first = lineEnd(source, span.start);
  if (first >= span.end) return { start: span.end, end: span.end };
  const last = lineStart(source, span.end);
  const closed = last > first && /^[ \t]*(?:`{3,}|~{3,})[ \t]*$/.test(source.slice(last, span.end));
  return { start: first + 1, end: closed ? last : span.end };
}

/** Inline code without its backticks: a character removed between two of them would change the delimiter. */
function inlineContent(source: string, span: Span): Span {
  let ticks = 0;
  while (source[span.start + ticks] === '`') ticks++;
  return { start: span.start + ticks, end: Math.max(span.start + ticks, span.end - ticks) };
}

/** Where each line starts, ends and has its content (after indentation, quote markers and debris). */
class LineStarts extends LineCursor {
  private line = -1;
  private content = -1;
  constructor(private readonly text: string) {
    super(text);
  }

  contentStart(start: number): number {
    if (start !== this.line) {
      let at = start;
      while (at < this.text.length && PADDING.test(this.text[at]!)) at++;
      this.line = start;
      this.content = at;
    }
    return this.content;
  }
}

/** What to do with a character in prose, or nothing when it carries meaning or cannot be touched safely. */
function inProse(source: string, index: number, lines: LineStarts): Finding | Skip | undefined {
  const character = source[index]!;
  const before = codePointBefore(source, index);
  const after = codePointAt(source, index + 1);
  const start = lines.lineStart(index);
  const content = lines.contentStart(start);
  // At the start of a line (or right after a list, heading or quote marker), these characters stand where indentation
  // or a block marker would: removing them could turn a paragraph into code, a list or a heading. A zero-width
  // character right before a word is safe to drop.
  const marker =
    index >= content &&
    index - content <= 12 &&
    BLOCK_PREFIX.test(source.slice(content, index).replace(PADDING_ALL, ''));
  if (index < content || marker) {
    const next = codePointAt(source, index + 1);
    if (
      character === '\u00A0' ||
      next === undefined ||
      !/[\p{L}\p{So}({"'“‘«]/u.test(next) ||
      meaningful(character, before, after) ||
      joinsSyntax(source, index, before, after)
    ) {
      return { skip: index < content ? content : index + 1 };
    }
    return { edit: { start: index, end: index + 1, text: '' } };
  }
  const end = lines.lineEnd(index);
  const joiner = character === '\u200C' || character === '\u200D';
  if (isTrailing(source, index, end)) {
    // After a bare URL the character may be part of the address, which ends at whitespace.
    if (joinsSyntax(source, index, before, after) || (joiner && meaningful(character, before, after))) {
      return undefined;
    }
    return trailingRun(source, index, end);
  }
  if (meaningful(character, before, after)) return undefined;
  if (character !== '\u00A0') {
    return joinsSyntax(source, index, before, after)
      ? undefined
      : { edit: { start: index, end: index + 1, text: '' } };
  }
  // A run of no-break spaces is spacing someone wanted; one between words is an ordinary space.
  if (before === '\u00A0' || after === '\u00A0') return { skip: runEnd(source, index) };
  // `<b\u00A0>` would become a tag.
  if (insideTag(source, index)) return undefined;
  // `Title\u00A0#` would become a closing sequence and lose the `#`.
  if (/^#+[ \t]*$/.test(source.slice(index + 1, end))) return undefined;
  return { edit: { start: index, end: index + 1, text: ' ' } };
}

/** In code everything is content: no-break spaces become spaces (Python indentation), zero-width ones go. */
function inCode(source: string, index: number, span: Span): Finding | undefined {
  const character = source[index]!;
  const before = codePointBefore(source, index);
  const after = codePointAt(source, index + 1);
  if (character !== '\u00A0') {
    return meaningful(character, before, after)
      ? undefined
      : { edit: { start: index, end: index + 1, text: '' } };
  }
  // Inline code strips one space at both ends; a no-break space there is not stripped, so it stays.
  if (before === '`' || after === '`' || index === span.start || index === span.end - 1) return undefined;
  return { edit: { start: index, end: index + 1, text: ' ' } };
}

/** Joiners inside emoji and joining scripts, unspaced-script break hints, French and number spacing. */
function meaningful(character: string, before: string | undefined, after: string | undefined): boolean {
  const near = (pattern: RegExp) =>
    (before !== undefined && pattern.test(before)) || (after !== undefined && pattern.test(after));
  switch (character) {
    case '\u200D':
      return (
        (before !== undefined && EMOJI_BEFORE.test(before)) ||
        (after !== undefined && EMOJI_AFTER.test(after)) ||
        near(JOINING_SCRIPT)
      );
    case '\u200C':
      return near(JOINING_SCRIPT);
    case '\u200B':
      return near(UNSPACED_SCRIPT);
    case '\u00A0':
      return (
        (after !== undefined && FRENCH_BEFORE.has(after)) || before === '«' || numberSpacing(before, after)
      );
    default:
      return false;
  }
}

function numberSpacing(before: string | undefined, after: string | undefined): boolean {
  return (
    before !== undefined && /\p{Nd}/u.test(before) && after !== undefined && UNIT_AFTER.test(after + '\n')
  );
}

/** Only spaces and debris follow up to the line ending. */
function isTrailing(source: string, index: number, end: number): boolean {
  for (let at = index + 1; at < end; at++) if (!TRAILING.test(source[at]!)) return false;
  return true;
}

/**
 * Debris at the end of a line goes with the spaces before it, so that `word  \u200B` does not become a hard break;
 * spaces after the last debris character are left to decide for themselves (they may be a hard break already).
 */
function trailingRun(source: string, index: number, end: number): Finding | undefined {
  let start = index;
  while (start > 0 && TRAILING.test(source[start - 1]!)) start--;
  // `\\` before a line ending is a hard break, and a table row's last cell may be the debris itself.
  const previous = source[start - 1] ?? '';
  // `<b>` alone on a line is an HTML block.
  if (previous === '\\' || previous === '|' || previous === '>' || DELIMITERS.has(previous)) return undefined;
  let last = index;
  for (let at = index + 1; at < end; at++) if (source[at] !== ' ' && source[at] !== '\t') last = at;
  return { edit: { start, end: last + 1, text: '' }, lineEnd: true };
}

/** End of the run of no-break spaces, spaces and tabs starting at `index`. */
function runEnd(source: string, index: number): number {
  let end = index;
  while (end < source.length && /[ \t\u00A0]/.test(source[end]!)) end++;
  return end;
}

/**
 * Removing a zero-width character joins its neighbours; it is kept where that would make syntax out of text:
 * `]` + `(` (a link), `\\` + `!` (an escape), `<` + `div` (HTML), `user` + `@host` (an email autolink), a
 * character beside an emphasis delimiter (which could change what it opens or closes).
 */
function joinsSyntax(
  source: string,
  index: number,
  before: string | undefined,
  after: string | undefined,
): boolean {
  if (before !== undefined && (DELIMITERS.has(before) || OPENERS.has(before))) return true;
  if (insideTag(source, index)) return true;
  if (after !== undefined && DELIMITERS.has(after)) return true;
  if (before && after && ASCII_PUNCTUATION.test(before) && ASCII_PUNCTUATION.test(after)) return true;
  return linkLike(source, index);
}

function linkLike(source: string, index: number): boolean {
  return LINK_LIKE.test(source.slice(Math.max(0, index - 40), index) + source.slice(index + 1, index + 13));
}

/** After a `<` with no `>` yet on the line: a changed character could make it an HTML tag (`<b\u00A0>`, `<!x`). */
function insideTag(source: string, index: number): boolean {
  // Bounded: a tag's attributes rarely run longer, and long lines must not make the scan quadratic.
  const stop = Math.max(0, index - 256);
  for (let at = index - 1; at >= stop; at--) {
    if (source[at] === '>' || source[at] === '\n') return false;
    if (source[at] === '<') return true;
  }
  return false;
}
