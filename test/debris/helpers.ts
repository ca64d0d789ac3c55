import { tidy } from '../../src/pipeline/tidy.js';
import type { RuleSetting } from '../../src/rules/types.js';
import { onlyRule } from '../helpers.js';

export interface Outcome {
  /** The text after fixing. */
  text: string;
  /** `line:column reason` of every message found before fixing. */
  found: string[];
}

/** Checks and fixes `input` with one rule on (at `setting`, or `warn`). */
export function runRule(id: string, input: string, setting: RuleSetting = 'warn'): Outcome {
  const rules = onlyRule(id, setting);
  const checked = tidy(input, { rules, fix: false });
  return {
    text: tidy(input, { rules }).text,
    found: checked.messages.map((message) => `${message.line}:${message.column} ${message.reason}`),
  };
}
