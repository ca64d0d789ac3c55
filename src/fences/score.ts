import type { Language } from './languages.js';
import type { Sample } from './sample.js';
import type { Signal } from './signal.js';

/** Accumulated evidence for one language. */
export interface Tally {
  score: number;
  /** why -> contribution, so variants can look at single signals and evidence can be ranked. */
  hits: Map<string, number>;
}

export type Tallies = Map<Language, Tally>;

export function addEvidence(tallies: Tallies, lang: Language, points: number, why: string): void {
  let t = tallies.get(lang);
  if (!t) {
    t = { score: 0, hits: new Map() };
    tallies.set(lang, t);
  }
  t.score += points;
  t.hits.set(why, (t.hits.get(why) ?? 0) + points);
}

/** Run every signal over the sample; each contributes weight x matching lines (up to its cap). */
export function scoreSignals(sample: Sample, signals: readonly Signal[], tallies: Tallies): void {
  const firstLine = sample.code[0] ?? '';
  for (const s of signals) {
    const line = s.line;
    const test = typeof line === 'function' ? line : (l: string) => line.test(l);
    const cap = s.cap ?? 3;
    let n = 0;
    if (s.first) {
      n = test(firstLine) ? 1 : 0;
    } else {
      for (const l of sample.code) {
        if (test(l) && ++n >= cap) break;
      }
    }
    if (n > 0) addEvidence(tallies, s.lang, s.weight * n, s.why);
  }
}

export function scoreOf(tallies: Tallies, lang: Language): number {
  return tallies.get(lang)?.score ?? 0;
}

export function hit(tallies: Tallies, lang: Language, why: string): number {
  return tallies.get(lang)?.hits.get(why) ?? 0;
}

/** Take back one signal's contribution (a context rule decided it does not apply here). */
export function dropHit(tallies: Tallies, lang: Language, why: string): void {
  const t = tallies.get(lang);
  const points = t?.hits.get(why);
  if (!t || points === undefined) return;
  t.score -= points;
  t.hits.delete(why);
}
