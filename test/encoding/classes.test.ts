// Damage classes beyond a plain code page mix-up: no-break spaces turned into spaces, CESU-8, short texts.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { repairMojibake } from '../../src/encoding/index.js';
import { damage, replay } from './helpers.js';

function fix(text: string): string {
  const result = repairMojibake(text);
  expect(replay(text, result)).toBe(result.text);
  return result.text;
}

/** Windows-1252 damage whose no-break spaces (byte 0xA0) then became plain spaces. */
function damageNbspToSpace(text: string, cp = 'windows-1252'): string {
  return damage(text, cp).replaceAll('\u00a0', ' ');
}

describe('byte 0xA0 turned from a no-break space into a space', () => {
  it('restores Cyrillic letters whose second byte was 0xA0', () => {
    const text = 'Рабочий Репозиторий: Развёртывание';
    expect(fix(damageNbspToSpace(text))).toBe(text);
  });

  it('restores a Thai letter whose last byte was 0xA0', () => {
    const text = 'ภาพรวม ภาษา';
    expect(fix(damageNbspToSpace(text))).toBe(text);
  });

  it('keeps the word `à` apart from the next word, whose space the editor merged', () => {
    expect(fix('Ã midi, la rÃ©union Ã Lyon')).toBe('à midi, la réunion à Lyon');
    expect(fix('Il est arrivÃ© dÃ©jÃ  lundi')).toBe('Il est arrivé déjà lundi');
  });

  it('glues `à` to the rest of a Portuguese contraction', () => {
    expect(fix('Chegou Ã s trÃªs horas, Ã quela hora')).toBe('Chegou às três horas, àquela hora');
  });

  it('takes a lone `Ã ` after a small letter as `à`', () => {
    expect(fix('un cafÃ© et voilÃ  fini')).toBe('un café et voilà fini');
    expect(fix('Ecco la cittÃ nuova')).toBe('Ecco la città nuova');
  });

  it('does not take a space after an emoji that lost a byte (the lost byte wins)', () => {
    expect(fix('ğŸ”\u0090 ğŸ” Search')).toBe('🔐 🔍 Search');
  });

  it('leaves all-caps words and a letter named on its own alone', () => {
    for (const text of ['IRMÃ E IRMÃO', 'the letter Ã and the letter Ð here', 'Ð Ñ']) {
      expect(repairMojibake(text).text).toBe(text);
    }
  });
});

describe('CESU-8 (characters past U+FFFF as two surrogate sequences)', () => {
  /** Each UTF-16 code unit (surrogates too) written as UTF-8, then read byte by byte as `cp`. */
  function cesu(text: string, cp: string): string {
    const bytes: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      if (u < 0x80) bytes.push(u);
      else if (u < 0x800) bytes.push(0xc0 | (u >> 6), 0x80 | (u & 0x3f));
      else bytes.push(0xe0 | (u >> 12), 0x80 | ((u >> 6) & 0x3f), 0x80 | (u & 0x3f));
    }
    return bytes
      .map((b) => {
        const c = iconv.decode(Buffer.from([b]), cp);
        return c === '\ufffd' ? String.fromCharCode(b) : c;
      })
      .join('');
  }

  it('restores emoji written as CESU-8 and read as Windows-1252 or Latin-1', () => {
    expect(fix(cesu('Shipped 🚀 and 🎉 today', 'windows-1252'))).toBe('Shipped 🚀 and 🎉 today');
    expect(fix(cesu('Great work 👍', 'iso-8859-1'))).toBe('Great work 👍');
  });
});

describe('short texts: evidence by character class and position', () => {
  it('repairs a single pair whose symbol is glued to a small letter, in any code page', () => {
    expect(fix(damage('Gdańsk', 'windows-1252'))).toBe('Gdańsk');
    expect(fix(damage('Jūrmala', 'windows-1252'))).toBe('Jūrmala');
    expect(fix(damage('café', 'macintosh'))).toBe('café');
    expect(fix(damage('Hbα', 'windows-1252'))).toBe('Hbα');
  });

  it('writes U+FFFD for a letter that lost a byte inside a word, which no reading can restore', () => {
    // `č` is C4 8D; a strict Windows-1252 decoder writes U+FFFD for the undefined 0x8D.
    expect(fix('zloÄ\ufffdin')).toBe('zlo\ufffdin');
  });

  it('repairs DOS code pages once two glued pairs agree', () => {
    expect(fix(damage('Řešení', 'cp437'))).toBe('Řešení');
  });

  it('repairs Cyrillic read as box drawing when the pairs spell a word', () => {
    expect(fix(damage('#привет', 'cp437'))).toBe('#привет');
    expect(fix(damage('Тихий океан', 'cp437'))).toBe('Тихий океан');
  });

  it('repairs typography between two capitals, which no all-caps word has', () => {
    expect(fix(damage('CÔTE', 'windows-1252'))).toBe('CÔTE');
  });

  it('repairs combining strike-through and ligatures', () => {
    expect(fix(damage('price $̶9̶9̶ now', 'windows-1252'))).toBe('price $̶9̶9̶ now');
    expect(fix(damage('the ﬁrst ﬂoor', 'windows-1251'))).toBe('the ﬁrst ﬂoor');
  });

  it('leaves symbols after capitals, emoticons, camel case and quoted all-caps words alone', () => {
    for (const text of [
      'JOSÉ® and LÉA™',
      'I ¬_¬ you, o¬o',
      'It costs 5¢ or 10¢; A=45°±2°',
      '#ДобровЂорђевић',
      'Ele disse “IRMÃ” e saiu',
      'mañana ¿sí? x² + y²',
    ]) {
      expect(repairMojibake(text).text).toBe(text);
    }
  });
});

describe('readings that would mostly write U+FFFD', () => {
  it('are not a document-level decision: only the evident damage is repaired', () => {
    const r = repairMojibake('ãƒ.ã‚.ã¢.æ’ itâ€™s');
    expect(r.encoding).toBeNull();
    expect(r.text).toBe('ãƒ.ã‚.ã¢.æ’ it’s');
  });
});

describe('runs that recur (results are memoized)', () => {
  it('still ranks lost bytes by their neighbours: a keycap digit, the words on the line', () => {
    const text = 'Step 1️⃣ then x️⃣ and 2️⃣\n### 📝 Notes\n### 📏 Size comparison\n### 📝 Notes\n';
    const damaged = damage(text, 'windows-1254', 'drop');
    const r = repairMojibake(damaged);
    expect(r.text.startsWith('Step 1️⃣ then x')).toBe(true);
    expect(r.text).not.toContain('x️⃣');
    expect(r.text.endsWith(' and 2️⃣\n### 📝 Notes\n### 📏 Size comparison\n### 📝 Notes\n')).toBe(true);
    const notes = r.uncertain.filter((x) => x.after === '📝');
    expect(notes).toHaveLength(2);
    expect(notes[0]?.candidates).not.toBe(notes[1]?.candidates);
  });
});

describe('damage found only in protected ranges', () => {
  it('is quoted on purpose: no document-level decision rests on it alone', () => {
    const text = 'Read as Latin-1, ’ turns into `Ã¢â‚¬â„¢`, and “ into `â€œ` or `â€`.';
    const code: Array<[number, number]> = [];
    for (const m of text.matchAll(/`[^`]*`/g)) code.push([m.index, m.index + m[0].length]);
    const r = repairMojibake(text, { protectedRanges: code });
    expect(r.encoding).toBeNull();
    expect(r.text).toBe(text);
  });

  it('still repairs code when the prose is damaged too', () => {
    const text = damage('It’s done — see `const s = “hi”`.', 'windows-1252');
    const start = text.indexOf('`');
    const r = repairMojibake(text, { protectedRanges: [[start, text.length - 1]] });
    expect(r.text).toBe('It’s done — see `const s = “hi”`.');
  });
});
