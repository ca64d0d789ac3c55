// Choosing a code page for bytes that are not UTF-8 (the io layer decodes files with it).
import { getCodePage } from './codepages.js';

/**
 * The most plausible single-byte code page for non-UTF-8 bytes: Windows-1252, which is what "Latin-1" text
 * on the web almost always is, unless bytes appear that Windows-1252 leaves undefined; then ISO-8859-1,
 * which maps every byte.
 */
export function guessLegacyEncoding(bytes: Uint8Array): string {
  const undefinedBytes = new Set(getCodePage('windows-1252').undefinedBytes);
  for (let i = 0; i < bytes.length; i++) {
    if (undefinedBytes.has(bytes[i] ?? 0)) return 'iso-8859-1';
  }
  return 'windows-1252';
}
