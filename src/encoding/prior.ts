// Frequency prior for restoring lost bytes: when several characters fit, prefer the one writers use most.
//
// The frequencies are generated (char-frequency.ts, by scripts/generate-char-frequency.js) from the real
// Hashnode posts of the shared corpus: every emoji and non-ASCII punctuation or symbol character, counted.
// A character's bonus grows with the logarithm of its count, so 🎉 (used in many posts) beats 🉐 (never
// used), and a character the corpus never holds gets none. Keywords are a weak tie-breaker, kept by hand:
// a candidate whose keyword starts a word on the same line is preferred (🌐 on a line about networking,
// 📏 on a line about size). They hold no frequency: the order of the list below means nothing.

import { FREQUENT_CHARS, FREQUENT_COUNTS } from './char-frequency.js';
import { isRgiEmoji, VS16, ZWJ } from './unicode.js';

export interface KeywordEntry {
  readonly char: string;
  readonly keywords: readonly string[];
}

export const KEYWORDS: readonly KeywordEntry[] = [
  { char: '❤', keywords: ['love', 'heart', 'thanks'] },
  { char: '🚀', keywords: ['launch', 'deploy', 'start', 'fast'] },
  { char: '✅', keywords: ['done', 'check', 'success', 'pass'] },
  { char: '🔍', keywords: ['search', 'find', 'inspect', 'scan', 'analy', 'explor'] },
  { char: '🌐', keywords: ['network', 'web', 'internet', 'dns', 'http', 'domain', 'url', 'browser'] },
  { char: '📝', keywords: ['note', 'write', 'file', 'docs', 'summary', 'reflection', 'blog'] },
  { char: '📦', keywords: ['package', 'container', 'bundle', 'install'] },
  { char: '🔐', keywords: ['secur', 'secret', 'password', 'auth', 'lock', 'encrypt'] },
  { char: '🔁', keywords: ['repeat', 'loop', 'retry', 'sync', 'again', 'restart'] },
  { char: '☁', keywords: ['cloud', 'hub', 'aws', 'azure', 'gcp', 'registry'] },
  { char: '🏗', keywords: ['build', 'architect', 'construct', 'infrastructure'] },
  { char: '📏', keywords: ['size', 'length', 'measure', 'ruler', 'dimension'] },
  { char: '📁', keywords: ['folder', 'director', 'structure', 'files'] },
  { char: '📍', keywords: ['location', 'map', 'address', 'pin', 'where'] },
  { char: '🌍', keywords: ['world', 'global', 'earth', 'region'] },
  { char: '🤝', keywords: ['collaborat', 'together', 'partner', 'connect', 'hand'] },
  { char: '🐳', keywords: ['docker', 'whale', 'container'] },
  { char: '🐱', keywords: ['cat', 'github', 'hacker'] },
  { char: '🏁', keywords: ['finish', 'conclusion', 'final', 'end', 'race'] },
  { char: '🔝', keywords: ['top', 'best'] },
  { char: '🎓', keywords: ['graduat', 'degree', 'certif', 'student', 'educat', 'universit', 'course'] },
  { char: '🎁', keywords: ['gift', 'bonus', 'present', 'surprise', 'reward'] },
  { char: '🍔', keywords: ['burger', 'food'] },
  { char: '🐔', keywords: ['chicken'] },
  { char: '☝', keywords: ['point at', 'pointing'] },
  { char: '🗝', keywords: ['old key', 'unlock'] },
  { char: '🔏', keywords: ['privacy', 'sign'] },
  { char: '🌏', keywords: ['asia', 'australia'] },
  { char: '📐', keywords: ['triangle', 'geometry', 'angle', 'design'] },
  { char: '🍌', keywords: ['banana'] },
  { char: '🐌', keywords: ['slow', 'snail'] },
];

let bonus: Map<string, number> | null = null;

function bonuses(): Map<string, number> {
  if (bonus === null) {
    bonus = new Map();
    const chars = FREQUENT_CHARS.split(' ');
    const counts = FREQUENT_COUNTS.split(' ').map(Number);
    const top = Math.log1p(counts[0] ?? 1);
    chars.forEach((c, i) => bonus?.set(c, Math.log1p(counts[i] ?? 0) / top));
  }
  return bonus;
}

/** Bonus in (0, 1] for characters the corpus holds (log of the count, the most frequent = 1), 0 otherwise. */
export function priorBonus(char: string): number {
  return bonuses().get(char.includes(VS16) ? char.replace(/\ufe0f/g, '') : char) ?? 0;
}

let keywordMap: Map<string, RegExp> | null = null;

function keywords(): Map<string, RegExp> {
  if (keywordMap === null) {
    keywordMap = new Map();
    for (const e of KEYWORDS) {
      keywordMap.set(e.char, new RegExp(`(?<![\\p{L}])(?:${e.keywords.join('|')})`, 'iu'));
    }
  }
  return keywordMap;
}

export function hasKeywords(char: string): boolean {
  return keywords().has(char.replace(/\ufe0f/g, ''));
}

/** True when one of the character's keywords starts a word on the line. */
export function keywordHit(char: string, line: string): boolean {
  // Every candidate of every damaged run on a line asks about the same line: keep the answers for it.
  if (line !== hitLine) {
    hitLine = line;
    hits.clear();
  }
  let hit = hits.get(char);
  if (hit === undefined) {
    const re = keywords().get(char.replace(/\ufe0f/g, ''));
    hit = re !== undefined && re.test(line);
    hits.set(char, hit);
  }
  return hit;
}

let hitLine = '';
const hits = new Map<string, boolean>();

/**
 * Lost bytes are guessed only where something tells the candidates apart: emoji and their joiners, and
 * frequent punctuation. A lost byte of a letter (`Ä` + lost byte: ā? č? ď?) becomes U+FFFD instead.
 */
export function isGuessable(candidates: readonly string[]): boolean {
  let v = guessable.get(candidates);
  if (v === undefined) {
    v = candidates.some(
      (c) => priorBonus(c) > 0 || c === ZWJ || c === VS16 || isRgiEmoji(c) || isRgiEmoji(c + VS16),
    );
    guessable.set(candidates, v);
  }
  return v;
}

// Candidate lists are shared (memoized by the segmenter), so the answer can be kept with the list.
const guessable = new WeakMap<readonly string[], boolean>();
