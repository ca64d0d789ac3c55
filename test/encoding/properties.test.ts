// Property tests: damage then repair gives the original back; clean text is never changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { CODE_PAGES, repairMojibake } from '../../src/encoding/index.js';
import { damage, replay } from './helpers.js';

// Words in many scripts, emoji (with ZWJ and VS16 sequences) and the punctuation blogs use.
const WORDS = [
  'docker',
  'build',
  'the',
  'and',
  'code',
  'run',
  '42',
  '(x)',
  'a-b',
  '#tag',
  'C:\\path',
  'café',
  'naïve',
  'déjà',
  'Größe',
  'niño',
  'ação',
  'İstanbul',
  'Łódź',
  'český',
  'Ελληνικά',
  'Привет',
  'мир',
  'שלום',
  'مرحبا',
  'हिन्दी',
  '中文',
  '日本語',
  '한국어',
  'Tiếng',
  'Việt',
];
const STRONG = ['’', '“', '”', '–', '—', '…', '→', '🚀', '🔍', '✅', '📦', '⚙️', '☁️', '🧑‍💻', '👩‍👩‍👧', '🛡️', '€'];
const SEPARATORS = [' ', ' ', ' ', '\n', ', ', '. ', ': '];

const token = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...STRONG));
// Precondition for repair: at least two sequences that can only be mojibake (3- or 4-byte characters),
// so that the damage carries enough evidence for a document-level decision in every code page.
// DOS code pages count as weaker evidence (their mojibake is rare and their letters look like words), so
// text damaged through them carries four such sequences.
const damageable = (strong: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...STRONG), { minLength: strong, maxLength: strong }),
      fc.array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { maxLength: 30 }),
    )
    .map(([must, rest]) => must.join(' ') + ' ' + rest.map(([t, s]) => t + s).join(''));
const DOS = new Set(['cp437', 'cp850', 'koi8-r']);

// Code pages where every byte 0x80..0xFF is defined (or passes through as a C1 control), so damage is
// reversible. Characters a code page cannot represent are not at stake: damage only produces its own.
const REVERSIBLE = [
  'windows-1252',
  'iso-8859-1',
  'windows-1250',
  'windows-1251',
  'windows-1254',
  'iso-8859-2',
  'iso-8859-15',
  'macintosh',
  'cp437',
  'cp850',
  'koi8-r',
];

// Precondition: the damage is unambiguous. If a code page the engine prefers (earlier in CODE_PAGES) also
// reads the damaged text as valid UTF-8, with a different result, the two are indistinguishable without a
// language model (`×Š` is `ש` through ISO-8859-2 and `צ` through ISO-8859-15), and the preferred one wins.
const utf8 = new TextDecoder('utf-8', { fatal: true });
function unambiguous(original: string, damaged: string, cp: string): boolean {
  for (const other of CODE_PAGES) {
    if (other === cp) return true;
    const bytes = iconv.encode(damaged, other);
    if (iconv.decode(bytes, other) !== damaged) continue;
    try {
      if (utf8.decode(bytes) !== original) return false;
    } catch {
      // not valid UTF-8 in that code page: no competitor
    }
  }
  return true;
}

describe('damage then repair', () => {
  for (const cp of REVERSIBLE) {
    it(`restores text damaged through ${cp}`, () => {
      fc.assert(
        fc.property(damageable(DOS.has(cp) ? 4 : 2), (original) => {
          const damaged = damage(original, cp);
          fc.pre(unambiguous(original, damaged, cp));
          const result = repairMojibake(damaged);
          expect(result.text).toBe(original);
          expect(replay(damaged, result)).toBe(result.text);
          // Idempotent: repairing the repaired text changes nothing.
          expect(repairMojibake(result.text).text).toBe(result.text);
        }),
        { numRuns: 60 },
      );
    });
  }

  for (const [inner, outer] of [
    ['windows-1252', 'windows-1252'],
    ['iso-8859-1', 'windows-1252'],
    ['windows-1252', 'iso-8859-1'],
    ['macintosh', 'windows-1252'],
    ['windows-1251', 'windows-1252'],
  ] as const) {
    it(`restores text damaged twice (${inner}, then ${outer})`, () => {
      fc.assert(
        fc.property(damageable(2), (original) => {
          const result = repairMojibake(damage(damage(original, inner), outer));
          expect(result.text).toBe(original);
          expect(result.encoding?.split('+')).toHaveLength(2);
        }),
        { numRuns: 40 },
      );
    });
  }

  it('restores emoji that lost a byte when a strict decoder dropped it (Windows-1254)', () => {
    // Only the sequences whose lost byte the prior and Unicode rules decide are generated here.
    const lossy = fc
      .array(
        fc.tuple(fc.constantFrom(...WORDS.slice(0, 10), '🔍', '⚙️', '🧑‍💻', '’', '”', '🚀'), fc.constant(' ')),
        {
          minLength: 1,
          maxLength: 20,
        },
      )
      .map((parts) => '🔍 ' + parts.map(([t, s]) => t + s).join('') + '”');
    fc.assert(
      fc.property(lossy, (original) => {
        const result = repairMojibake(damage(original, 'windows-1254', 'drop'));
        expect(result.text).toBe(original);
      }),
      { numRuns: 60 },
    );
  });
});

describe('clean text', () => {
  const clean = fc
    .array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
    .map((parts) => parts.map(([t, s]) => t + s).join(''));

  it('is never changed', () => {
    fc.assert(
      fc.property(clean, (text) => {
        const result = repairMojibake(text);
        expect(result.text).toBe(text);
        expect(result.repairs).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is never changed, for arbitrary Unicode strings without mojibake-shaped runs', () => {
    // Random code points from real scripts, one non-ASCII character between ASCII ones: a single character
    // can never be a UTF-8 sequence of two or more bytes.
    const spaced = fc
      .array(fc.tuple(fc.integer({ min: 0xa0, max: 0x2fff }), fc.constantFrom('a', ' ', '1', '.')), {
        maxLength: 40,
      })
      .map((parts) => parts.map(([c, s]) => String.fromCodePoint(c) + s).join(''));
    fc.assert(
      fc.property(spaced, (text) => {
        expect(repairMojibake(text).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
