import type { Sample } from './sample.js';
import { isCommandLine } from './shell-commands.js';

const WORD = /^[A-Za-z][a-z']*[,.;:!?]?$/;

/** A line of natural language: several tokens, nearly all plain words, no code punctuation. */
function isProseLine(line: string): boolean {
  // A sentence in a comment (`# Output: ...`, `// then retry`) is still part of the code.
  if (/^(#|\/\/|--|\/?\*) /.test(line)) return false;
  const tokens = line.split(' ').filter((t) => t !== '');
  if (tokens.length < 5 || isCommandLine(line)) return false;
  // Sentences start with a capital or end with punctuation; `npm run build and test` does neither.
  if (!/^[A-Z]/.test(line) && !/[.:!?]$/.test(line)) return false;
  let words = 0;
  for (const t of tokens) if (WORD.test(t)) words++;
  return words / tokens.length >= 0.8;
}

/** Share of lines that read as sentences rather than code. */
export function proseRatio(sample: Sample): number {
  if (sample.code.length === 0) return 0;
  let n = 0;
  for (const l of sample.code) if (isProseLine(l)) n++;
  return n / sample.code.length;
}
