// Legacy single-byte code pages the engine knows, and their byte <-> character maps.
// The maps are derived from iconv-lite on first use (never typed by hand, never built at import time).
import iconv from 'iconv-lite';

/** Code pages tried, in order of preference when two explain a text equally well (most common first). */
export const CODE_PAGES = [
  'windows-1252',
  'iso-8859-1',
  'iso-8859-15',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1254',
  'windows-1257',
  'iso-8859-2',
  'macintosh',
  'cp437',
  'cp850',
  'koi8-r',
] as const;

export type CodePageName = (typeof CODE_PAGES)[number];

export interface CodePage {
  readonly name: CodePageName;
  /** Character for each byte 0x80..0xFF (index byte - 0x80); '' where the code page leaves the byte undefined. */
  readonly high: readonly string[];
  /** Bytes 0x80..0xFF that iconv-lite decodes to U+FFFD: text decoded this way lost them or shows U+FFFD. */
  readonly undefinedBytes: readonly number[];
  /**
   * UTF-16 code unit -> byte. -1: not representable. Undefined bytes are also reachable from the C1 control
   * of the same value, because lenient decoders (browsers, Python's "replace" variants) pass them through so.
   */
  readonly encode: Int16Array;
}

// iconv-lite leaves Mac Roman 0xF0 undefined, while Apple's mapping (and every Mac decoder) gives the Apple
// logo, a private-use character. UTF-8 lead bytes of emoji are 0xF0, so without it no Mac Roman emoji repairs.
const SUPPLEMENT: Partial<Record<CodePageName, ReadonlyArray<readonly [number, string]>>> = {
  macintosh: [[0xf0, '\uf8ff']],
};

const cache = new Map<CodePageName, CodePage>();

export function getCodePage(name: CodePageName): CodePage {
  let page = cache.get(name);
  if (page === undefined) {
    page = buildCodePage(name);
    cache.set(name, page);
  }
  return page;
}

function buildCodePage(name: CodePageName): CodePage {
  const bytes = new Uint8Array(128);
  for (let i = 0; i < 128; i++) bytes[i] = 0x80 + i;
  const decoded = iconv.decode(Buffer.from(bytes), name);
  const high: string[] = Array.from(decoded);
  if (high.length !== 128) throw new Error(`unexpected decoding of ${name}`);
  for (const [byte, char] of SUPPLEMENT[name] ?? []) high[byte - 0x80] = char;
  const encode = new Int16Array(0x10000).fill(-1);
  for (let b = 0; b < 0x80; b++) encode[b] = b;
  const undefinedBytes: number[] = [];
  for (let i = 0; i < 128; i++) {
    const char = high[i] ?? '\ufffd';
    const byte = 0x80 + i;
    if (char === '\ufffd') {
      high[i] = '';
      undefinedBytes.push(byte);
      // A C1 control standing for an undefined byte is that byte (lenient decoders keep it).
      if (byte < 0xa0 && encode[byte] === -1) encode[byte] = byte;
      continue;
    }
    encode[char.charCodeAt(0)] = byte;
  }
  return { name, high, undefinedBytes, encode };
}

export function isCodePageName(name: string): name is CodePageName {
  return (CODE_PAGES as readonly string[]).includes(name);
}
