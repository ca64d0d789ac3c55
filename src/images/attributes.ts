/** `name` characters in a Hashnode image attribute, as the syntax extension reads them. */
const NAME = /[A-Za-z0-9-]/;

/**
 * In the source of one Hashnode image, `![alt](url "title" align="center")`, the span of the attributes
 * together with the blanks before them and before the `)`: what to cut to get `![alt](url "title")`.
 * Read from the end, where the attributes are, so brackets and parentheses in the alt text do not matter.
 * `undefined` when the text does not end in attributes.
 */
export function attributeSpan(text: string): { start: number; end: number } | undefined {
  if (!text.endsWith(')')) return undefined;
  const end = skipBlanks(text, text.length - 1);
  let start: number | undefined;
  let at = end;
  for (;;) {
    const quote = text[at - 1];
    if (quote !== '"' && quote !== "'") break;
    const open = text.lastIndexOf(quote, at - 2);
    if (open < 1 || text[open - 1] !== '=') break;
    let name = open - 1;
    while (name > 0 && NAME.test(text[name - 1]!)) name--;
    if (name === open - 1) break;
    const blank = skipBlanks(text, name);
    if (blank === name) break;
    start = blank;
    at = blank;
  }
  return start === undefined ? undefined : { start, end: text.length - 1 };
}

/** Moves back over spaces and tabs ending at `at`. */
function skipBlanks(text: string, at: number): number {
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at;
}
