// Pure repair of one run of non-ASCII text in one code page: cut into sequences, choose what to replace,
// rank the candidates of lost bytes. Returns the groups it would replace; the caller assembles the text.
import type { CodePage } from './codepages.js';
import { looksLikeMojibake } from './badness.js';
import { isGuessable } from './prior.js';
import { rankSlots } from './rank.js';
import { scanRun, type Unit } from './segment.js';

export interface Group {
  start: number;
  end: number;
  after: string;
  /** Chosen text first, then the alternatives; null when certain. */
  candidates: string[] | null;
}

const MAX_LETTER_ALTERNATIVES = 8;
/** Evidence a group needs on its own: one strong sequence even in a less common code page (weight 0.8). */
const SEQUENCE_EVIDENCE = 0.75;

/**
 * Groups of consecutive recovered sequences in text[start, end). In 'sequence' mode only groups that are
 * evidently damaged are kept: a 3- or 4-byte sequence, or two sequences in a row, that look like mojibake.
 */
export function fixRun(
  text: string,
  start: number,
  end: number,
  page: CodePage,
  mode: 'document' | 'sequence',
  line: () => string,
): Group[] {
  // The same damaged runs recur all through a post (`â€™`); results without candidates do not depend on
  // the line, so they are memoized per code page, mode and run text, with offsets relative to the run.
  if (end - start > MEMO_MAX_RUN) return fixRunUncached(text, start, end, page, mode, line);
  const key = `${page.name}\u0000${mode}\u0000${text.slice(start, end)}`;
  const known = memo.get(key);
  if (known) return known.map((g) => ({ ...g, start: g.start + start, end: g.end + start }));
  const groups = fixRunUncached(text, start, end, page, mode, line);
  if (groups.every((g) => g.candidates === null)) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(
      key,
      groups.map((g) => ({ ...g, start: g.start - start, end: g.end - start })),
    );
  }
  return groups;
}

const MEMO_LIMIT = 20_000;
const MEMO_MAX_RUN = 64;
const memo = new Map<string, readonly Group[]>();

function fixRunUncached(
  text: string,
  start: number,
  end: number,
  page: CodePage,
  mode: 'document' | 'sequence',
  line: () => string,
): Group[] {
  const units: Unit[] = [];
  scanRun(text, start, end, page, units);
  const groups: Group[] = [];
  let g = 0;
  while (g < units.length) {
    let h = g + 1;
    while (h < units.length && units[h]?.start === units[h - 1]?.end) h++;
    const members = units.slice(g, h);
    g = h;
    const first = members[0];
    const last = members[members.length - 1];
    if (!first || !last) continue;
    if (mode === 'sequence') {
      // Alone, a run must be evidently damaged: a 3- or 4-byte sequence or two in a row, looking like mojibake.
      const strong = members.length >= 2 || first.bytes >= 3;
      let evidence = 0;
      for (const u of members) evidence += u.evidence;
      if (!strong || evidence < SEQUENCE_EVIDENCE || !looksLikeMojibake(text, first.start, last.end))
        continue;
    }
    groups.push(buildGroup(members, first.start, last.end, line, keycapBase(text, first.start)));
  }
  return groups;
}

/** The ASCII character before a group when it can start a keycap emoji (`1` + VS16 + U+20E3), else ''. */
function keycapBase(text: string, start: number): string {
  const prev = start > 0 ? text.charCodeAt(start - 1) : 0;
  return (prev >= 0x30 && prev <= 0x39) || prev === 0x23 || prev === 0x2a ? String.fromCharCode(prev) : '';
}

function buildGroup(
  members: readonly Unit[],
  start: number,
  end: number,
  line: () => string,
  base: string,
): Group {
  if (members.every((u) => u.candidates === null)) {
    return { start, end, after: members.map((u) => u.text).join(''), candidates: null };
  }
  const parts: Array<string | readonly string[]> = members.map((u) =>
    u.candidates === null ? u.text : isGuessable(u.candidates) ? u.candidates : '\ufffd',
  );
  // A keycap's digit is ASCII, outside the run: rank with it so that `1` + VS16 + U+20E3 counts as emoji.
  const ranked = rankSlots(base === '' ? parts : [base, ...parts], line()).texts.map((t) =>
    t.slice(base.length),
  );
  const after = ranked[0] ?? '';
  const candidates = [...ranked];
  let offset = 0;
  for (const u of members) {
    const piece = u.candidates === null ? u.text : isGuessable(u.candidates) ? null : '\ufffd';
    // Positions after a ranked slot are not fixed, so letter alternatives are listed only before it.
    if (piece === null) break;
    if (u.candidates !== null) {
      for (const c of u.candidates) {
        if (candidates.length > MAX_LETTER_ALTERNATIVES) break;
        candidates.push(after.slice(0, offset) + c + after.slice(offset + 1));
      }
    }
    offset += piece.length;
  }
  return { start, end, after, candidates };
}
