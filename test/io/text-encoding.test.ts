import { describe, expect, it } from 'vitest';
import { BinaryFileError, decodeBytes, encodeText } from '../../src/io/text-encoding.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))),
  );

describe('decodeBytes', () => {
  it('reads UTF-8 and keeps a BOM in the format, not the text', () => {
    const decoded = decodeBytes(bytes([0xef, 0xbb, 0xbf], '# Café\n'));
    expect(decoded.text).toBe('# Café\n');
    expect(decoded.format).toEqual({ encoding: 'utf-8', bom: true, eol: 'lf' });
  });

  it('reads CRLF files as LF and remembers to write CRLF', () => {
    const decoded = decodeBytes(bytes('a\r\nb\r\n'));
    expect(decoded.text).toBe('a\nb\n');
    expect(decoded.format.eol).toBe('crlf');
  });

  it('leaves mixed line endings exactly as they are', () => {
    const decoded = decodeBytes(bytes('a\r\nb\nc\r\n'));
    expect(decoded.text).toBe('a\r\nb\nc\r\n');
    expect(decoded.format.eol).toBe('mixed');
  });

  it('reads UTF-16 by its BOM, both byte orders', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Ünïcode 🚀\n', 'utf16le')]);
    expect(decodeBytes(le).text).toBe('# Ünïcode 🚀\n');
    expect(decodeBytes(le).format.encoding).toBe('utf-16le');
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeBytes(be).text).toBe('# Ünïcode 🚀\n');
    expect(decodeBytes(be).format.encoding).toBe('utf-16be');
  });

  it('refuses a file with a NUL byte as binary, naming the offset', () => {
    expect(() => decodeBytes(bytes('\x89PNG\r\n', [0x1a, 0x0a, 0x00, 0x00]))).toThrowError(BinaryFileError);
    expect(() => decodeBytes(bytes('abc', [0]))).toThrowError('Unexpected NUL byte at byte 3');
  });

  it('reads bytes that are not UTF-8 through a legacy code page and says where UTF-8 failed', () => {
    const decoded = decodeBytes(bytes('caf', [0xe9], ' cr', [0xe8, 0x6d, 0x65]));
    expect(decoded.text).toBe('café crème');
    expect(decoded.format).toEqual({
      encoding: 'windows-1252',
      bom: false,
      eol: 'lf',
      firstInvalidUtf8Byte: 3,
    });
  });

  it('falls back to Latin-1 when Windows-1252 would lose a byte', () => {
    const decoded = decodeBytes(bytes('a', [0x81, 0xe9]));
    expect(decoded.format.encoding).toBe('iso-8859-1');
    expect(encodeText(decoded.text, decoded.format)).toEqual(bytes('a', [0x81, 0xe9]));
  });

  it('counts a real U+FFFD before the first bad byte correctly', () => {
    expect(decodeBytes(bytes('\uFFFD x ', [0xff])).format.firstInvalidUtf8Byte).toBe(6);
  });

  it('reads an empty file as empty text', () => {
    expect(decodeBytes(new Uint8Array()).text).toBe('');
  });
});

describe('encodeText', () => {
  const cases: [string, Buffer][] = [
    ['UTF-8', bytes('# T\n\nbody ✓\n')],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], '# T\n')],
    ['CRLF', bytes('# T\r\n\r\nbody\r\n')],
    ['CRLF with BOM', bytes([0xef, 0xbb, 0xbf], '# T\r\n')],
    ['mixed endings', bytes('a\r\nb\n')],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# T\r\n', 'utf16le')])],
    ['Windows-1252', bytes('caf', [0xe9, 0x0a])],
  ];
  it.each(cases)('gives back the same bytes for %s', (_name, input) => {
    const decoded = decodeBytes(input);
    expect(Buffer.from(encodeText(decoded.text, decoded.format))).toEqual(input);
  });

  it('refuses to write characters a legacy code page cannot hold', () => {
    expect(() => encodeText('🚀', { encoding: 'windows-1252', bom: false, eol: 'lf' })).toThrowError(
      /cannot hold/,
    );
  });
});
