// Test helpers: damaging text the way real software did, and replaying repairs.
import iconv from 'iconv-lite';
import type { MojibakeResult } from '../../src/encoding/index.js';

const tables = new Map<string, string[]>();

function table(cp: string): string[] {
  let t = tables.get(cp);
  if (!t) {
    t = [];
    for (let b = 0; b < 256; b++) t.push(iconv.decode(Buffer.from([b]), cp));
    // Mac decoders give the Apple logo for 0xF0, which iconv-lite leaves undefined.
    if (cp === 'macintosh') t[0xf0] = '\uf8ff';
    tables.set(cp, t);
  }
  return t;
}

/**
 * UTF-8 bytes of `text` decoded as `cp`. Bytes the code page leaves undefined become the C1 control of the
 * same value (`mode: 'keep'`, what lenient decoders do) or vanish (`mode: 'drop'`, what strict ones do).
 */
export function damage(text: string, cp: string, mode: 'keep' | 'drop' = 'keep'): string {
  const t = table(cp);
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) {
    const c = t[b] ?? '';
    if (c !== '\ufffd') out += c;
    else if (mode === 'keep' && b >= 0x80 && b < 0xa0) out += String.fromCharCode(b);
    else if (mode === 'keep') out += '\ufffd';
  }
  return out;
}

/** Replaying the repairs on the input must give the result text, and they must be sorted and disjoint. */
export function replay(input: string, result: MojibakeResult): string {
  let out = '';
  let at = 0;
  for (const r of result.repairs) {
    if (r.start < at || r.end < r.start) throw new Error(`overlapping or unsorted repair at ${r.start}`);
    if (input.slice(r.start, r.end) !== r.before) throw new Error(`before mismatch at ${r.start}`);
    out += input.slice(at, r.start) + r.after;
    at = r.end;
  }
  return out + input.slice(at);
}
