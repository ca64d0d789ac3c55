/** Only this much of a block is inspected, so huge blocks cost bounded time. */
export const MAX_SAMPLE_CHARS = 20_000;
export const MAX_SAMPLE_LINES = 200;
/** Per-line cap before pattern tests; every pattern is linear, this just bounds the constant. */
export const MAX_LINE_CHARS = 400;

export interface Sample {
  /** The inspected prefix, common indentation removed. */
  text: string;
  /** Lines of `text`, each cut to MAX_LINE_CHARS. */
  lines: string[];
  /** Non-blank lines, trimmed. */
  code: string[];
  /** True when the block was longer than the sample. */
  truncated: boolean;
}

export function takeSample(input: string): Sample {
  let head = input.length > MAX_SAMPLE_CHARS ? input.slice(0, MAX_SAMPLE_CHARS) : input;
  let raw = head.replace(/\r\n?/g, '\n').split('\n');
  let truncated = head.length < input.length;
  if (raw.length > MAX_SAMPLE_LINES) {
    raw = raw.slice(0, MAX_SAMPLE_LINES);
    truncated = true;
  }
  // A cut mid-line leaves a fragment that can mislead the parsers.
  if (truncated && raw.length > 1 && head.length < input.length) raw.pop();
  const lines = dedent(raw).map((l) => (l.length > MAX_LINE_CHARS ? l.slice(0, MAX_LINE_CHARS) : l));
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  head = lines.join('\n');
  const code = outsideTemplates(lines.map((l) => stripTrailingComment(l.trim()))).filter((l) => l !== '');
  return { text: head, lines, code, truncated };
}

/** Remove indentation shared by all non-blank lines (pasted fragments often start indented). */
function dedent(lines: string[]): string[] {
  let common = Infinity;
  for (const l of lines) {
    if (l.trim() === '') continue;
    const n = l.length - l.trimStart().length;
    if (n < common) common = n;
  }
  if (!Number.isFinite(common) || common === 0) return lines;
  return lines.map((l) => l.slice(Math.min(common, l.length - l.trimStart().length)));
}

/**
 * Drop lines inside multi-line template literals and triple-quoted strings: markup or SQL
 * embedded in a string (Angular `template: \`...\``, Python `html = """...`) should not
 * vote against the host language.
 */
function outsideTemplates(lines: string[]): string[] {
  const out: string[] = [];
  let inside = false;
  for (const l of lines) {
    // Markdown fences are not template delimiters.
    const ticks = l.startsWith('```') ? 0 : countTicks(l) + count(l, '"""') + count(l, "'''");
    if (!inside) out.push(l);
    if (ticks % 2 === 1) inside = !inside;
    else if (inside && ticks > 0) continue;
  }
  return out;
}

function countTicks(line: string): number {
  return count(line.replaceAll('```', ''), '`');
}

function count(line: string, needle: string): number {
  let n = 0;
  for (let i = line.indexOf(needle); i >= 0; i = line.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** `x = 1  # note` -> `x = 1`: trailing `#` comments hide line shapes (shell, Python, Ruby, YAML). */
export function stripTrailingComment(line: string): string {
  if (line.startsWith('#')) return line;
  const at = line.indexOf(' # ');
  return at > 0 ? line.slice(0, at).trimEnd() : line;
}
