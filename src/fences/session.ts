import type { Sample } from './sample.js';

/** `$ cmd`, `user@host:~/dir$ cmd`, `root@host:/# cmd`, `[user@host ~]$ cmd`. */
const PROMPT =
  /^(\$|[\w.-]+@[\w.-]+:[^\s$#]*[$#]|[\w.-]+@[\w.-]+ [^\s$#]*[$#%]|\[[^\]\s]{0,60}( [^\]\s]{1,60})?\][$#]) \S/;

export interface SessionShape {
  prompts: number;
  output: number;
}

/** Count prompt lines and the output lines between them (comments and continuations are neither). */
export function sessionShape(sample: Sample): SessionShape {
  let prompts = 0;
  let output = 0;
  let continued = false;
  for (const l of sample.code) {
    const isPrompt = PROMPT.test(l);
    if (isPrompt) prompts++;
    else if (prompts > 0 && !continued && !l.startsWith('#')) output++;
    continued = l.endsWith('\\');
  }
  return { prompts, output };
}
