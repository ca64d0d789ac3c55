import type { Sample } from './sample.js';
import { isCommandLine } from './shell-commands.js';

/**
 * Lines no Python statement has: C-family terminators and openers, other languages' comment and
 * declaration keywords, Go's `:=`, Ruby/JS-style `name:` arguments, markup and shell prompts.
 */
const NOT_PYTHON =
  /[;{]$|^[}<$]|^\/[/*]|^(const|let|var|val|func|fn|function|public|private|protected|export|package|using|end)\b|:=|\bfmt\.|[(,] ?[a-z_]\w*: /;
const CALL = /^[A-Za-z_][\w.]*(\[[^\]]*\](\.\w+)*)?\(.*\)$/;
const ASSIGN = /^[A-Za-z_][\w.]*(\[[^\]]*\])?( ?, ?[A-Za-z_]\w*)* ([-+*/]?=) (?!=)\S/;
const COMMENT = /^#( |$)/;
/** What sets a bare-statement block apart from config files and shell: calls, keyword args, snake_case. */
const PYTHONIC =
  /\w\(.*\b[a-z_]\w*=[^=]|\b[a-z]+_[a-z_]+\(|\b(True|False|None)\b|^[a-z]+_[a-z0-9_]* [-+]?= |(^|[^\w.])(print|len|range|open|type|isinstance|enumerate|zip|sorted|input)\(/;
/** A `#` comment after code on the same line (the sample has already cut it off the code lines). */
const TRAILING_COMMENT = /\S\s+#( |$)/;

export interface PythonShape {
  /** Points for Python; 0 when the block does not read as bare Python statements. */
  score: number;
  why: string;
}

/**
 * Short Python fragments often have no `def`, `import` or block header: just assignments, calls
 * and `#` comments. Such a block earns points only when every line could be Python, some line is
 * a call, and something beyond `name = value` (a `#` comment, a keyword argument, a snake_case
 * call, `True`/`None`) rules out config files and semicolon-free JavaScript.
 */
export function pythonShape(sample: Sample): PythonShape {
  const none = { score: 0, why: '' };
  let calls = 0;
  let assigns = 0;
  let comments = 0;
  let pythonic = 0;
  for (const l of sample.code) {
    if (COMMENT.test(l)) {
      comments++;
      continue;
    }
    if (NOT_PYTHON.test(l) || isCommandLine(l)) return none;
    const assign = ASSIGN.test(l);
    if (assign) assigns++;
    if (CALL.test(l) || (assign && /\w\(/.test(l))) calls++;
    if (PYTHONIC.test(l)) pythonic++;
  }
  for (const l of sample.lines) if (!COMMENT.test(l.trim()) && TRAILING_COMMENT.test(l)) comments++;
  if (calls === 0 || (comments === 0 && pythonic === 0) || calls + assigns < 2 - comments) return none;
  return { score: 2.5, why: 'bare Python statements (calls, assignments, `#` comments, no `;`)' };
}
