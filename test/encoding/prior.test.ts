import { describe, expect, it } from 'vitest';
import { FREQUENT_CHARS, FREQUENT_COUNTS } from '../../src/encoding/char-frequency.js';
import { CODE_PAGES, repairMojibake } from '../../src/encoding/index.js';
import { getCodePage } from '../../src/encoding/codepages.js';
import { priorBonus } from '../../src/encoding/prior.js';
import { lostByteCandidates } from '../../src/encoding/segment.js';
import { damage, replay } from './helpers.js';

const PRIVATE_OR_UNASSIGNED = /[\p{Co}\p{Cn}]/u;

function fix(text: string): string {
  const result = repairMojibake(text);
  expect(replay(text, result)).toBe(result.text);
  return result.text;
}

describe('frequency prior', () => {
  it('is a generated table: entries and counts line up, most frequent first', () => {
    const chars = FREQUENT_CHARS.split(' ');
    const counts = FREQUENT_COUNTS.split(' ').map(Number);
    expect(chars.length).toBe(counts.length);
    expect(new Set(chars).size).toBe(chars.length);
    for (let i = 1; i < counts.length; i++) {
      expect(counts[i]).toBeGreaterThan(0);
      expect(counts[i]).toBeLessThanOrEqual(counts[i - 1] ?? 0);
    }
    for (const c of chars) {
      expect([...c].some((x) => (x.codePointAt(0) ?? 0) > 0x7f)).toBe(true);
      expect(c).not.toContain('\ufe0f');
    }
  });

  it('gives used characters a bonus that grows with use, unused ones none', () => {
    expect(priorBonus('\u2019')).toBeGreaterThan(0);
    expect(priorBonus('🎉')).toBeGreaterThan(0);
    expect(priorBonus('⚙\ufe0f')).toBe(priorBonus('⚙'));
    expect(priorBonus('🉐')).toBe(0);
    expect(priorBonus('a')).toBe(0);
    expect(priorBonus('🎉')).toBeGreaterThan(priorBonus('🎨'));
  });
});

describe('lost bytes through Windows-1254 (0x81 0x8D 0x8E 0x8F 0x90 0x9D 0x9E dropped)', () => {
  // Every emoji of U+1F380..U+1F3BF has 0x8E as third byte: the byte is lost, and the frequency prior
  // tells 🎉 from 🉐, 🎯 from 🍯, 🎨 from 🍨.
  it.each([
    ['🎉', 'Release day 🎉 it shipped'],
    ['🎯', '- 🎯 Goal: one command'],
    ['🎨', '## 🎨 Styling the page'],
  ])('restores %s from frequency alone', (emoji, line) => {
    const damaged = damage(line, 'windows-1254', 'drop');
    expect(damaged).not.toContain(emoji);
    expect(fix(damaged)).toBe(line);
  });

  // 🎓 (lost 0x8E) competes with 📝 (lost 0x9D), and 🎁 (lost 0x8E and 0x81) with 🍁: the corpus uses the
  // second of each pair more often, so these come back where a keyword on the line names them.
  it.each([
    ['🎓', '## 🎓 Graduation and the first job'],
    ['🎁', '🎁 Bonus: a small gift for readers'],
  ])('restores %s with a keyword on the line', (emoji, line) => {
    const damaged = damage(line, 'windows-1254', 'drop');
    expect(damaged).not.toContain(emoji);
    expect(fix(damaged)).toBe(line);
  });

  it('restores a ligature copied from a PDF, which the corpus also counts', () => {
    const line = 'the ﬁrst ﬂoor';
    for (const cp of ['windows-1252', 'windows-1254']) expect(fix(damage(line, cp, 'drop'))).toBe(line);
  });

  it('restores a mixed line and lists the alternatives', () => {
    const text = '⚙️ Settings and 🎉 party, 🎯 target, 🎨 art ’ — 🚀 text';
    const result = repairMojibake(damage(text, 'windows-1254', 'drop'));
    expect(result.text).toBe(text);
    const party = result.uncertain.find((u) => u.after === '🎉');
    expect(party?.candidates).toContain('🉐');
  });
});

describe('candidates for lost bytes', () => {
  it('are never private-use or unassigned code points', () => {
    const text = '⚙️ Settings and 🎉 party, 🎯 target, 🎨 art ’ — 🚀 text 🔍 ✅ 📦';
    for (const cp of ['windows-1252', 'windows-1254'] as const) {
      const result = repairMojibake(damage(text, cp, 'drop'));
      expect(result.uncertain.length).toBeGreaterThan(0);
      for (const u of result.uncertain) {
        for (const c of u.candidates ?? []) expect(c).not.toMatch(PRIVATE_OR_UNASSIGNED);
      }
    }
  });

  it('exclude private use and unassigned code points for every code page and lead', () => {
    for (const name of CODE_PAGES) {
      const page = getCodePage(name);
      if (page.undefinedBytes.length === 0) continue;
      for (let lead = 0xe0; lead <= 0xef; lead++) {
        for (let second = 0x80; second <= 0xbf; second++) {
          for (const c of lostByteCandidates([lead, second], 3, page)) {
            expect(c).not.toMatch(PRIVATE_OR_UNASSIGNED);
          }
        }
      }
      for (const lead of [0xf0, 0xf3]) {
        for (let second = 0x80; second <= 0xbf; second++) {
          for (const c of lostByteCandidates([lead, second], 4, page)) {
            expect(c).not.toMatch(PRIVATE_OR_UNASSIGNED);
          }
        }
      }
    }
  });
});
