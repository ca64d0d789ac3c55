// Strict UTF-8 decoding of one sequence: no overlongs, no surrogates, nothing above U+10FFFF.

/** Number of bytes a sequence starting with this lead byte needs, or 0 when it cannot start one. */
export function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

/** Code point of bytes[start, start + n) when it is one valid UTF-8 sequence of length n, else -1. */
export function decodeSequence(bytes: ArrayLike<number>, start: number, n: number): number {
  const lead = bytes[start] ?? 0;
  if (sequenceLength(lead) !== n) return -1;
  const b1 = bytes[start + 1] ?? 0;
  if (!isContinuation(b1)) return -1;
  if (n === 2) return ((lead & 0x1f) << 6) | (b1 & 0x3f);
  // The second byte's allowed range depends on the lead (this is what excludes overlongs and surrogates).
  if (lead === 0xe0 && b1 < 0xa0) return -1;
  if (lead === 0xed && b1 > 0x9f) return -1;
  if (lead === 0xf0 && b1 < 0x90) return -1;
  if (lead === 0xf4 && b1 > 0x8f) return -1;
  const b2 = bytes[start + 2] ?? 0;
  if (!isContinuation(b2)) return -1;
  if (n === 3) return ((lead & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  const b3 = bytes[start + 3] ?? 0;
  if (!isContinuation(b3)) return -1;
  return ((lead & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
}
