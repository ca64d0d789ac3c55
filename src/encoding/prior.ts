// Frequency prior for restoring lost bytes: when several characters fit, prefer the one writers use most.
//
// Hand-curated, not generated. Order (most frequent first) follows the published Unicode emoji frequency
// ranking, adjusted for technical blogs (where 🚀 🔍 🌐 ⚙️ 📝 📦 are far more common than in chat), plus the
// punctuation that UTF-8 mojibake most often damages. Only characters that can compete for a lost byte
// matter; anything not listed gets no bonus. Keywords are a weak tie-breaker: a candidate whose keyword
// starts a word on the same line is preferred (🌐 on a line about networking, 📏 on a line about size).

import { isRgiEmoji, VS16, ZWJ } from './unicode.js';

export interface PriorEntry {
  readonly char: string;
  readonly keywords?: readonly string[];
}

export const PRIOR: readonly PriorEntry[] = [
  { char: '\u2019' }, // ’
  { char: '\u201d' }, // ”
  { char: '\u201c' }, // “
  { char: '\u2013' }, // –
  { char: '\u2014' }, // —
  { char: '\u2026' }, // …
  { char: '\u2022' }, // •
  { char: '\u2192' }, // →
  { char: '\u2190' }, // ←
  { char: '❤', keywords: ['love', 'heart', 'thanks'] },
  { char: '\ufb01' }, // ﬁ (ligature, common in text copied from PDFs)
  { char: '\ufb02' }, // ﬂ
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
  { char: '👍' },
  { char: '🙏' },
  { char: '🤝', keywords: ['collaborat', 'together', 'partner', 'connect', 'hand'] },
  { char: '🐳', keywords: ['docker', 'whale', 'container'] },
  { char: '🐱', keywords: ['cat', 'github', 'hacker'] },
  { char: '🏁', keywords: ['finish', 'conclusion', 'final', 'end', 'race'] },
  { char: '🔝', keywords: ['top', 'best'] },
  { char: '🍔', keywords: ['burger', 'food'] },
  { char: '🐔', keywords: ['chicken'] },
  { char: '☝', keywords: ['point at', 'pointing'] },
  { char: '🗝', keywords: ['old key', 'unlock'] },
  { char: '🔏', keywords: ['privacy', 'sign'] },
  { char: '🌏', keywords: ['asia', 'australia'] },
  { char: '📐', keywords: ['triangle', 'geometry', 'angle', 'design'] },
  { char: '🍌', keywords: ['banana'] },
  { char: '🐌', keywords: ['slow', 'snail'] },
  { char: '🌝' },
  { char: '🌁' },
];

let rank: Map<string, number> | null = null;

/** Bonus in (0, 1] for listed characters (earlier = larger), 0 otherwise. */
export function priorBonus(char: string): number {
  if (rank === null) {
    rank = new Map();
    for (let i = 0; i < PRIOR.length; i++) rank.set(PRIOR[i]?.char ?? '', i);
  }
  const r = rank.get(char.replace(/\ufe0f/g, ''));
  return r === undefined ? 0 : 1 - r / PRIOR.length;
}

let keywordMap: Map<string, RegExp> | null = null;

function keywords(): Map<string, RegExp> {
  if (keywordMap === null) {
    keywordMap = new Map();
    for (const e of PRIOR) {
      if (e.keywords) keywordMap.set(e.char, new RegExp(`(?<![\\p{L}])(?:${e.keywords.join('|')})`, 'iu'));
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
