import { describe, expect, it } from 'vitest';
import { describeEncoding, guessLegacyEncoding, repairMojibake } from '../../src/encoding/index.js';
import { damage, replay } from './helpers.js';

function fix(text: string): string {
  const result = repairMojibake(text);
  expect(replay(text, result)).toBe(result.text);
  return result.text;
}

describe('repairMojibake: whole documents', () => {
  it('restores UTF-8 read as Windows-1252', () => {
    const r = repairMojibake('Itâ€™s â€œfineâ€\u009d â€“ cafÃ© ðŸš€');
    expect(r.text).toBe('It’s “fine” – café 🚀');
    expect(r.encoding).toBe('windows-1252');
    expect(r.repairs.map((x) => [x.before, x.after])).toEqual([
      ['â€™', '’'],
      ['â€œ', '“'],
      ['â€\u009d', '”'],
      ['â€“', '–'],
      ['Ã©', 'é'],
      ['ðŸš€', '🚀'],
    ]);
    expect(r.repairs.every((x) => x.level === 'document')).toBe(true);
    expect(r.uncertain).toEqual([]);
  });

  it('restores UTF-8 read as Mac Roman, emoji included', () => {
    const original = '## 🚀 Mastering Docker\nIn today’s world, “works on my machine” → gone. 🔹 Done';
    const damaged = damage(original, 'macintosh');
    expect(damaged).toContain('‚Äô');
    expect(damaged).toContain('üöÄ');
    const r = repairMojibake(damaged);
    expect(r.text).toBe(original);
    expect(r.encoding).toBe('macintosh');
    expect(describeEncoding(r.encoding ?? '')).toBe('Mac Roman');
  });

  it('repairs two layers of Windows-1252', () => {
    const r = repairMojibake('Itâ€™s and Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d, Ã¢â‚¬â„¢');
    expect(r.text).toBe('Itâ€™s and “quoted”, ’'.replace('â€™', '’'));
    expect(r.encoding).toBe('windows-1252+windows-1252');
    expect(r.repairs.find((x) => x.before === 'Ã¢â‚¬â„¢')?.encodings).toEqual([
      'windows-1252',
      'windows-1252',
    ]);
  });

  it('repairs Cyrillic read as Windows-1252', () => {
    expect(fix(damage('Привет, мир! Как дела?', 'windows-1252'))).toBe('Привет, мир! Как дела?');
  });

  it('repairs code too when the document-level decision holds', () => {
    const text = 'Itâ€™s here: `echo â€œhiâ€\u009d`';
    const r = repairMojibake(text, { protectedRanges: [[11, text.length]] });
    expect(r.text).toBe('It’s here: `echo “hi”`');
  });
});

describe('repairMojibake: lost bytes (Windows-1254 drops 0x81 0x8D 0x8F 0x90 0x9D)', () => {
  const dropped = (s: string): string => damage(s, 'windows-1254', 'drop');

  it('restores an emoji that lost its last byte, without taking the following space', () => {
    const input = dropped('## 🔍 Task 1 – find things\n\nI’ve done it — really.');
    expect(input).toContain('ğŸ” Task');
    const r = repairMojibake(input);
    expect(r.text).toBe('## 🔍 Task 1 – find things\n\nI’ve done it — really.');
    expect(r.encoding).toBe('windows-1254');
    expect(r.uncertain).toHaveLength(1);
    const u = r.uncertain[0];
    expect(u?.before).toBe('ğŸ”');
    expect(u?.candidates?.[0]).toBe('🔍');
    expect(u?.candidates).toEqual(expect.arrayContaining(['🔁', '🔏', '🔐', '🔝']));
    expect(u?.candidates).not.toContain('🔠');
  });

  it('restores VS16 after a character that takes it, and ZWJ between emoji', () => {
    const original = '### ⚙️ Engine – 🧑‍💻 CLI – ☁️ Hub – 🏗️ Build’s';
    const r = repairMojibake(dropped(original));
    expect(r.text).toBe(original);
    const gear = r.uncertain.find((x) => x.after === '⚙️');
    expect(gear?.candidates?.[0]).toBe('⚙️');
    const dev = r.uncertain.find((x) => x.after === '🧑‍💻');
    expect(dev).toBeDefined();
    const cloud = r.uncertain.find((x) => x.after === '☁️');
    expect(cloud?.candidates).toContain('☝️');
  });

  it('restores the VS16 of a keycap, whose digit is outside the damaged run', () => {
    const r = repairMojibake(dropped('Step 1️⃣ – then 2️⃣ – done’'));
    expect(r.text).toBe('Step 1️⃣ – then 2️⃣ – done’');
  });

  it('restores a closing quote that lost its last byte', () => {
    const r = repairMojibake(dropped('He said “works on my machine” – and left’.'));
    expect(r.text).toBe('He said “works on my machine” – and left’.');
    expect(r.uncertain.map((x) => x.after)).toEqual(['”']);
  });

  it('uses the line to choose between equally valid emoji', () => {
    const r = repairMojibake(dropped('### 📝 Notes – a\n### 📏 Size comparison – b\n'));
    expect(r.text).toBe('### 📝 Notes – a\n### 📏 Size comparison – b\n');
  });

  it('treats U+FFFD standing for an undefined byte the same way', () => {
    const r = repairMojibake(damage('## 🔍 Search – “quotes”', 'windows-1252').replace('\u008d', '\ufffd'));
    expect(r.text).toBe('## 🔍 Search – “quotes”');
    expect(r.uncertain[0]?.candidates?.[0]).toBe('🔍');
  });
});

describe('repairMojibake: partly damaged documents (sequence level)', () => {
  it('repairs damaged runs and leaves real accents alone', () => {
    const text = 'Café au lait — naïve. Then: Itâ€™s broken ðŸš€ here; déjà vu.';
    const r = repairMojibake(text);
    expect(r.text).toBe('Café au lait — naïve. Then: It’s broken 🚀 here; déjà vu.');
    expect(r.encoding).toBeNull();
    expect(r.repairs.every((x) => x.level === 'sequence')).toBe(true);
  });

  it('skips protected ranges at sequence level only', () => {
    // Real accents outnumber the damage, so no document-level decision holds here.
    const text = 'Café — naïve — déjà — `Itâ€™s` and Itâ€™s';
    const code = text.indexOf('`');
    const r = repairMojibake(text, { protectedRanges: [[code, code + 8]] });
    expect(r.encoding).toBeNull();
    expect(r.text).toBe('Café — naïve — déjà — `Itâ€™s` and It’s');
  });

  it('never decides on private-use characters alone', () => {
    const text = 'ÔåÆ ÔÇÖ ÔÇ£ ÔÇÖ'; // → ’ “ ’ through DOS 850; Mac Roman would read private-use characters
    expect(repairMojibake(text).encoding).not.toBe('macintosh');
  });

  it('repairs a text mixing two different damages', () => {
    const text = `${damage('It’s “one” – ', 'windows-1252')}and ${damage('it’s “two” 🚀', 'macintosh')} ok`;
    const r = repairMojibake(text);
    expect(r.text).toBe('It’s “one” – and it’s “two” 🚀 ok');
    const pages = new Set(r.repairs.flatMap((x) => x.encodings));
    expect(pages).toEqual(new Set(['windows-1252', 'macintosh']));
  });

  it('repairs Windows-1252 characters read as Latin-1 (C1 controls)', () => {
    expect(fix('Il a dit \u0084bonjour\u0093 à tous\u0085')).toBe('Il a dit „bonjour“ à tous…');
  });
});

describe('repairMojibake: evidence', () => {
  it('picks the code page the evidence supports, and says which', () => {
    // `Ã©` reads the same in Windows-1252, Latin-1 and ISO-8859-15; `â€™` only in Windows-1252 and kin.
    const r = repairMojibake('cafÃ© and itâ€™s');
    expect(r.text).toBe('café and it’s');
    expect(r.encoding).toBe('windows-1252');
    // Bytes 0x80-0x9F as C1 controls: only Latin-1 reads them so.
    const l = repairMojibake('×\u0090×\u0091×\u0091×\u0090');
    expect(l.text).toBe('אבבא');
    expect(l.encoding).toBe('iso-8859-1');
  });
});

describe('repairMojibake: text that must not change', () => {
  const clean = [
    'Não é fácil: ação, coração, São Paulo. IRMÃ E IRMÃO.',
    'El niño comió jalapeños ¿verdad? ¡Sí!',
    'Ça a été déjà un « succès » à l’hôtel.',
    'Größe, Übermaß, Straße — „Anführungszeichen“.',
    'İstanbul’da ılık bir gün; şeker, çay, ğ.',
    'Zażółć gęślą jaźń. Łódź.',
    'Příliš žluťoučký kůň úpěl ďábelské ódy. Těžší.',
    'Съешь же ещё этих мягких французских булок, да выпей чаю. ЁЖ, её.',
    'Ξεσκεπάζω την ψυχοφθόρα βδελυγμία. Η ¨ανατροφή¨',
    'Tiếng Việt có dấu: Trăm năm trong cõi người ta.',
    'Math: ∑ x² ≤ √π ± ∞, 5×£35, 10 Å—, €5, ¥100, ©2024 ACME®.',
    '┌──┐\n│ok│\n└──┘ ╔══╗ ├┤a┼┐',
    'Ã and Â in words: SÃO, MÃE, Â, VOCÊ…',
    'Emoji already fine: 🚀 🧑‍💻 ⚙️ ☁️ — “quoted” ’',
    'HÅØYA ER BLÅØYD, NESTLÉ®, AHÅ™',
  ];
  for (const text of clean) {
    it(`leaves ${JSON.stringify(text.slice(0, 30))} unchanged`, () => {
      const r = repairMojibake(text);
      expect(r.text).toBe(text);
      expect(r.repairs).toEqual([]);
    });
  }

  it('returns the very same string and does no work for ASCII', () => {
    const text = 'plain ASCII "quotes" &amp; <b>html</b>\n';
    const r = repairMojibake(text);
    expect(r.text).toBe(text);
    expect(r).toEqual({ text, repairs: [], encoding: null, uncertain: [] });
  });

  it('never straightens quotes or unescapes HTML', () => {
    expect(fix('“&amp;” Itâ€™s')).toBe('“&amp;” It’s');
  });
});

describe('repairMojibake: bad input', () => {
  it('survives lone surrogates', () => {
    const text = 'a\ud800b\udc00 Itâ€™s \ud83d';
    expect(fix(text)).toBe('a\ud800b\udc00 It’s \ud83d');
  });

  it('leaves U+FFFD everywhere alone', () => {
    const text = '\ufffd'.repeat(50) + ' x \ufffd\ufffd';
    expect(repairMojibake(text).text).toBe(text);
  });

  it('finds damage at the end of a 20 MB text', () => {
    const text = 'lorem ipsum dolor sit amet, '.repeat(750_000) + 'Itâ€™s the end ðŸš€';
    const r = repairMojibake(text);
    expect(r.text.endsWith('It’s the end 🚀')).toBe(true);
    expect(r.text.length).toBe(text.length - 4);
    expect(r.repairs).toHaveLength(2);
  });

  it('handles empty text', () => {
    expect(repairMojibake('').text).toBe('');
  });
});

describe('describeEncoding and guessLegacyEncoding', () => {
  it('names code pages for people', () => {
    expect(describeEncoding('windows-1254')).toBe('Windows-1254');
    expect(describeEncoding('macintosh')).toBe('Mac Roman');
    expect(describeEncoding('windows-1252+windows-1252')).toBe('Windows-1252 + Windows-1252');
    expect(describeEncoding('unknown-x')).toBe('unknown-x');
  });

  it('guesses Windows-1252 unless bytes undefined there appear', () => {
    expect(guessLegacyEncoding(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x93]))).toBe('windows-1252');
    expect(guessLegacyEncoding(new Uint8Array([0x63, 0x81, 0xe9]))).toBe('iso-8859-1');
    expect(guessLegacyEncoding(new Uint8Array([]))).toBe('windows-1252');
  });
});
