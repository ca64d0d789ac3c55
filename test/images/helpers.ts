import { tidy } from '../../src/pipeline/tidy.js';
import { onlyRule } from '../helpers.js';
import type { RuleSetting } from '../../src/rules/types.js';

/** `line:column reason` of each message of one rule, run alone (at `warn` unless told). */
export function messagesOf(id: string, text: string, setting: RuleSetting = 'warn'): string[] {
  return tidy(text, { rules: onlyRule(id, setting), fix: false }).messages.map(
    (message) => `${message.line}:${message.column} ${message.reason}`,
  );
}

/** The heading lines image-only-section reports. */
export function imageOnlyLines(text: string): number[] {
  return tidy(text, { rules: onlyRule('image-only-section'), fix: false }).messages.map(
    (message) => message.line ?? 0,
  );
}
