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

  it('restores the VS16 of an emoji whose last byte was that 0xA0, in the next run', () => {
    // ⚠ is E2 9A A0: the 0xA0 became a space, which ends the run; the VS16 (EF B8 8F) lost its 0x8F.
    const text = 'Atenção: ⚠️ não esqueça o prêmio ⚠️ hoje';
    const damaged = damage(text, 'windows-1252', 'drop').replaceAll('\u00a0', ' ');
    expect(damaged).toBe('AtenÃ§Ã£o: âš ï¸ nÃ£o esqueÃ§a o prÃªmio âš ï¸ hoje');
    const result = repairMojibake(damaged);
    expect(result.text).toBe(text);
    expect(replay(damaged, result)).toBe(text);
    expect(result.uncertain.map((r) => [r.before, r.candidates])).toEqual([
      ['ï¸', ['\ufe0f', '\ufe01', '\ufe0d', '\ufe10']],
      ['ï¸', ['\ufe0f', '\ufe01', '\ufe0d', '\ufe10']],
    ]);
    // The same with U+FFFD written for the lost byte.
    expect(fix(damaged.replaceAll('ï¸', 'ï¸\ufffd'))).toBe(text);
  });

  it('reads the space before a variation selector as 0xA0, even where a lost byte fits', () => {
    // ☠ is E2 98 A0; E2 98 with a lost byte would be ☁ or ☝, but no space takes a selector.
    const text = 'Olá ☠️ e ⚠️ fim';
    const damaged = damage(text, 'windows-1252', 'drop').replaceAll('\u00a0', ' ');
    expect(damaged).toBe('OlÃ¡ â˜ ï¸ e âš ï¸ fim');
    expect(fix(damaged)).toBe(text);
    // A real accent beside the damage stays as it is.
    expect(fix('Olá, tudo bem? âš ï¸ cuidado')).toBe('Olá, tudo bem? ⚠️ cuidado');
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

  it('leave a run alone when the reading that explains most of it is mostly U+FFFD', () => {
    // Three layers of Windows-1252, then lowercased: `Ã` became `ã`, a 3-byte lead. Windows-1252 explains
    // the whole run but would write U+FFFD for most of it; Mac Roman explains only pieces (`ãľՋ≩l`).
    const triple = (s: string): string =>
      damage(damage(damage(s, 'windows-1252'), 'windows-1252'), 'windows-1252').toLowerCase();
    expect(triple('él')).toBe('ãƒæ’ã‚â©l');
    for (const s of ['él', 'ça', 'Don’t', '“ok”']) {
      const text = triple(s);
      expect(repairMojibake(text).text).toBe(text);
    }
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

describe('question marks an encoder wrote for lost bytes', () => {
  /** Damage through `cp`, then an encoder to Windows-1252 that writes `?` for what it cannot hold. */
  function questioned(text: string, cp: string): string {
    return iconv.decode(iconv.encode(damage(text, cp), 'windows-1252'), 'windows-1252');
  }

  it('writes U+FFFD for each sequence a `?` completes: the `?` can be any byte', () => {
    const damaged = questioned('He rated it “good” and “fine”, then left.', 'windows-1252');
    expect(damaged).toBe('He rated it â€œgoodâ€? and â€œfineâ€?, then left.');
    const result = repairMojibake(damaged);
    expect(result.text).toBe('He rated it “good\ufffd and “fine\ufffd, then left.');
    expect(replay(damaged, result)).toBe(result.text);
    expect(result.uncertain.map((r) => [r.before, r.after, r.candidates])).toEqual([
      ['â€?', '\ufffd', ['\ufffd']],
      ['â€?', '\ufffd', ['\ufffd']],
    ]);
    // A question mark after a letter that is a 2-byte lead (É is C9) stays: only `Â?` and `Ã?` are read.
    expect(fix(`${damaged} Who? JOSÉ?`)).toBe(
      'He rated it “good\ufffd and “fine\ufffd, then left. Who? JOSÉ?',
    );
  });

  it('reads a `?` inside a sequence, and two for one character', () => {
    // Latin-1 gives C1 controls for 0x80 0x82 0x99, which Windows-1252 cannot encode.
    const damaged = questioned('Only 5 € at the café, it’s cheap', 'iso-8859-1');
    expect(damaged).toBe('Only 5 â?¬ at the cafÃ©, itâ??s cheap');
    expect(fix(damaged)).toBe('Only 5 \ufffd at the café, it\ufffds cheap');
  });

  it('keeps a question mark after a byte a strict decoder dropped', () => {
    // One `?` after a short sequence is not a pattern; a byte dropped unmarked elsewhere rules marks out.
    const once = 'Did you find it 🔍? Yes, it’s done';
    expect(fix(damage(once, 'windows-1254', 'drop'))).toBe(once);
    const twice = 'Found it 🔍? Good. Wrote 📝? Good. Search 🔍 again';
    const dropped = damage(twice, 'windows-1254', 'drop');
    expect(dropped).toBe('Found it ğŸ”? Good. Wrote ğŸ“? Good. Search ğŸ” again');
    expect(fix(dropped)).toBe(twice);
  });
});
