import type { Language } from './languages.js';

/**
 * One piece of evidence for a language. `line` is tested against each trimmed non-blank line of
 * the sample (at most `cap` matching lines count); `first` restricts it to the first code line.
 * Patterns are anchored and free of nested quantifiers so they run in linear time.
 */
export interface Signal {
  lang: Language;
  weight: number;
  line: RegExp | ((line: string) => boolean);
  why: string;
  first?: boolean;
  cap?: number;
}

export function sig(
  lang: Language,
  weight: number,
  line: Signal['line'],
  why: string,
  opts: Partial<Signal> = {},
): Signal {
  return { lang, weight, line, why, ...opts };
}
