import { isGenericLabel, isKnownLanguageLabel, normalizeLanguageLabel } from './labels.js';

export interface CopyArtifact {
  /** The exact leading text to remove (leading whitespace, language word, button label). */
  debris: string;
  /** Canonical language named by the debris, or null when it names none (or a generic one). */
  language: string | null;
  /** What is left of the line after the debris. */
  rest: string;
}

/** Button labels, longest first so `Copy code` wins over `Copy`. Matched case-insensitively. */
const BUTTON_LABELS: readonly RegExp[] = [
  /^copy {0,2}to {1,2}clipboard/i,
  /^copy {0,2}code/i,
  /^copy {0,2}edit/i,
  /^copied!/i,
  /^copy/i,
];

/** Longest language word worth trying as a prefix (e.g. `powershell`, `typescript`). */
const MAX_PREFIX = 16;

function matchButton(text: string): string | null {
  for (const re of BUTTON_LABELS) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

/** A character that could continue an identifier or start a call / member access. */
function continuesCode(ch: string): boolean {
  return /^[\w$(=.:<[]$/.test(ch);
}

/**
 * Recognise copy-button text pasted in front of a code block's first line:
 * `bashCopyEditdocker run ...`, `pythonCopy code`, `Copy code`, `Copied!`.
 *
 * Bare button text (no language word before it) only counts when nothing code-like follows,
 * so `CopyEditor`, `CopyEdit()` and `const CopyEdit = 1` are left alone. With a known language
 * word glued in front (`bashCopyEdit...`) whatever follows is code.
 */
export function findCopyArtifact(firstLine: string): CopyArtifact | null {
  const indent = /^[ \t]*/.exec(firstLine)?.[0] ?? '';
  const line = firstLine.slice(indent.length);
  const at = line.search(/cop(y|ied!)/i);
  if (at < 0 || at > MAX_PREFIX + 1) return null;

  let prefix = line.slice(0, at);
  const spaced = prefix.endsWith(' ');
  prefix = prefix.trimEnd();
  if (prefix !== '' && (prefix.includes(' ') || (!isKnownLanguageLabel(prefix) && !isGenericLabel(prefix))))
    return null;

  const tail = line.slice(at);
  const button = matchButton(tail);
  if (button === null) return null;
  const after = tail.slice(button.length);
  const next = after.charAt(0);

  if (prefix === '') {
    // A bare `Copy` is an ordinary word (and a plausible one-word block), so it never counts alone.
    if (/^copy$/i.test(button)) return null;
    if (after.trim() === '') return build(firstLine, indent.length + at + button.length, null);
    if (next === ' ' || next === '\t' || continuesCode(next)) return null;
    if (!/^copyedit$|^copied!$|^copy {0,2}code$/i.test(button)) return null;
    return build(firstLine, indent.length + at + button.length, null);
  }

  // A language word glued to the button must be followed by a capital C (`bashCopy`), as pasted.
  if (!spaced && tail.charAt(0) !== 'C') return null;
  // `bash Copy the file` is prose, not debris: with a space, the button must end the line.
  if (spaced && after.trim() !== '') return null;
  const language = isGenericLabel(prefix) ? null : normalizeLanguageLabel(prefix);
  return build(firstLine, indent.length + at + button.length, language);
}

function build(firstLine: string, end: number, language: string | null): CopyArtifact {
  const rest = firstLine.slice(end);
  return { debris: firstLine.slice(0, end), language, rest: rest.trim() === '' ? '' : rest };
}
