// Choosing among candidates for lost bytes: Unicode sequence rules first, then the frequency prior.
import { hasKeywords, keywordHit, priorBonus } from './prior.js';
import { isInvisible, isPictographic, isRareForm, isRgiEmoji, rgiMatches, VS16, ZWJ } from './unicode.js';

export interface Slot {
  /** Offset of the slot in the assembled text. */
  readonly at: number;
  readonly candidates: readonly string[];
}

export interface Ranked {
  /** Chosen text, then the alternatives (one slot changed at a time), best first. */
  readonly texts: string[];
}

const MAX_COMBINATIONS = 512;
const MAX_ALTERNATIVES = 8;

/**
 * Assemble `parts` (fixed strings, with one slot per uncertain sequence) choosing, for each slot, the candidate
 * that fits best. `line` is the surrounding line, for the keyword tie-breaker.
 */
// Rankings depend on the parts and on which keywords the line holds; both recur, so memoize.
const memo = new Map<string, Ranked>();
const MEMO_LIMIT = 5_000;

export function rankSlots(parts: ReadonlyArray<string | readonly string[]>, line: string): Ranked {
  // The line matters only through which candidates' keywords it holds: that goes into the key.
  // Candidate lists are shared arrays, so a list stands in the key as a number.
  let key = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      key += p + '\u0000';
      continue;
    }
    const { id, keyworded } = listInfo(p);
    key += `\u0001${id}`;
    for (const k of keyworded) if (keywordHit(p[k] ?? '', line)) key += `.${k}`;
    key += '\u0000';
  }
  const known = memo.get(key);
  if (known) return known;
  const ranked = rankUncached(parts, line);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, ranked);
  return ranked;
}

interface ListInfo {
  id: number;
  /** Indices of the candidates that have keywords. */
  keyworded: readonly number[];
}
const lists = new WeakMap<readonly string[], ListInfo>();
let nextListId = 0;

function listInfo(list: readonly string[]): ListInfo {
  let info = lists.get(list);
  if (!info) {
    const keyworded: number[] = [];
    list.forEach((c, k) => {
      if (hasKeywords(c)) keyworded.push(k);
    });
    info = { id: nextListId++, keyworded };
    lists.set(list, info);
  }
  return info;
}

function rankUncached(parts: ReadonlyArray<string | readonly string[]>, line: string): Ranked {
  const slots = parts.filter((p): p is readonly string[] => typeof p !== 'string');
  let combos = 1;
  for (const s of slots) combos *= s.length;
  let best: number[] = slots.map(() => 0);
  if (combos <= MAX_COMBINATIONS) {
    let bestScore = -Infinity;
    const pick = slots.map(() => 0);
    for (let c = 0; c < combos; c++) {
      let rest = c;
      for (let k = 0; k < slots.length; k++) {
        const n = slots[k]?.length ?? 1;
        pick[k] = rest % n;
        rest = Math.floor(rest / n);
      }
      const score = scoreChoice(parts, pick, line);
      if (score > bestScore) {
        bestScore = score;
        best = [...pick];
      }
    }
  } else {
    // Too many joint choices: choose slot by slot, left to right.
    for (let k = 0; k < slots.length; k++) {
      let bestScore = -Infinity;
      const n = slots[k]?.length ?? 1;
      for (let v = 0; v < n; v++) {
        const pick = [...best];
        pick[k] = v;
        const score = scoreChoice(parts, pick, line);
        if (score > bestScore) {
          bestScore = score;
          best = pick;
        }
      }
    }
  }
  const chosen = assemble(parts, best).text;
  // Alternatives: change one slot at a time; when the choice fits an emoji sequence, keep emoji alternatives.
  // When no emoji alternative exists (a VS16 or ZWJ that only one byte completes), the others are listed,
  // so that an uncertain repair always shows what else the byte could have been.
  let alternatives = listAlternatives(parts, slots, best, line, true);
  if (alternatives.length === 0) alternatives = listAlternatives(parts, slots, best, line, false);
  const texts = [chosen];
  for (const a of alternatives) {
    if (texts.length > MAX_ALTERNATIVES) break;
    if (!texts.includes(a.text)) texts.push(a.text);
  }
  return { texts };
}

function listAlternatives(
  parts: ReadonlyArray<string | readonly string[]>,
  slots: ReadonlyArray<readonly string[]>,
  best: readonly number[],
  line: string,
  emojiFilter: boolean,
): Array<{ text: string; score: number }> {
  const alternatives: Array<{ text: string; score: number }> = [];
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k] ?? [];
    const emojiOnly = emojiFilter && isEmojiish(slot[best[k] ?? 0] ?? '');
    for (let v = 0; v < slot.length; v++) {
      if (v === best[k]) continue;
      if (emojiOnly && !isEmojiish(slot[v] ?? '')) continue;
      const pick = [...best];
      pick[k] = v;
      const text = assemble(parts, pick).text;
      if (emojiOnly && !fitsEmoji(text)) continue;
      alternatives.push({ text, score: scoreChoice(parts, pick, line) });
    }
  }
  return alternatives.sort((a, b) => b.score - a.score);
}

/** No joiner or variation selector is left outside an RGI emoji sequence. */
function fitsEmoji(text: string): boolean {
  let rest = text;
  for (const [s, e] of [...rgiMatches(text)].reverse()) rest = rest.slice(0, s) + rest.slice(e);
  return !rest.includes(ZWJ) && !rest.includes(VS16);
}

function isEmojiish(char: string): boolean {
  return char === ZWJ || char === VS16 || isRgiEmoji(char) || isRgiEmoji(char + VS16);
}

function assemble(
  parts: ReadonlyArray<string | readonly string[]>,
  pick: readonly number[],
): { text: string; at: Array<readonly [number, string]> } {
  let text = '';
  let k = 0;
  const at: Array<readonly [number, string]> = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      text += p;
    } else {
      const c = p[pick[k] ?? 0] ?? '';
      at.push([text.length, c]);
      text += c;
      k++;
    }
  }
  return { text, at };
}

function scoreChoice(
  parts: ReadonlyArray<string | readonly string[]>,
  pick: readonly number[],
  line: string,
): number {
  const { text, at } = assemble(parts, pick);
  const matches = rgiMatches(text);
  let score = 0;
  for (const [pos, c] of at) {
    const inLonger = matches.some(([s, e]) => s <= pos && pos + c.length <= e && e - s > c.length);
    if (inLonger) {
      score += 4; // completes an emoji sequence (ZWJ between emoji, VS16 after a character that takes it)
    } else if (
      c === ZWJ &&
      isPictographic(text.codePointAt(pos - 2)) &&
      isPictographic(text.codePointAt(pos + 1))
    ) {
      score += 3; // a joiner between two emoji: a ZWJ sequence, even one outside the RGI list (🐱‍💻)
    } else if (c === VS16 && isPictographic(text.codePointAt(pos - 1) ?? text.codePointAt(pos - 2))) {
      score -= 1; // a selector after an emoji that does not take it: odd, but it happens
    } else if (c === ZWJ || c === VS16) {
      score -= 5; // a joiner or selector outside any emoji sequence is never what was written
    } else if (isRareForm(c)) {
      score -= 2;
    } else if (isRgiEmoji(c)) {
      score += 1.5;
    } else if (isInvisible(c)) {
      score -= 2;
    }
    score += priorBonus(c);
    if (keywordHit(c, line)) score += 2;
  }
  return score;
}
