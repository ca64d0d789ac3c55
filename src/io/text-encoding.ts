import iconv from 'iconv-lite';
import { guessLegacyEncoding } from '../encoding/legacy.js';

export type LineEnding = 'lf' | 'crlf' | 'mixed';

/** How a file's bytes became text, so that writing can turn the text back into the same kind of bytes. */
export interface TextFormat {
  /** `utf-8`, `utf-16le`, `utf-16be`, or the iconv-lite name of a legacy code page. */
  encoding: string;
  bom: boolean;
  eol: LineEnding;
  /** For a legacy code page: byte offset of the first byte that is not valid UTF-8. */
  firstInvalidUtf8Byte?: number;
}

export interface DecodedText {
  /** The text with a BOM removed and CRLF line endings read as LF (unless they were mixed). */
  text: string;
  format: TextFormat;
}

export class BinaryFileError extends Error {
  constructor(readonly offset: number) {
    super(`Unexpected NUL byte at byte ${offset}: this is a binary file, not a Markdown post`);
  }
}

export class UnencodableTextError extends Error {}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withLineEndings(decodeUtf16(bytes, 'utf-16le'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withLineEndings(decodeUtf16(bytes, 'utf-16be'));
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new BinaryFileError(nul);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return withLineEndings({ text: strictUtf8.decode(body), encoding: 'utf-8', bom });
  } catch {
    const encoding = guessLegacyEncoding(body);
    return withLineEndings({
      text: iconv.decode(Buffer.from(body), encoding),
      encoding,
      bom,
      firstInvalidUtf8Byte: firstInvalidUtf8(body) + (bom ? 3 : 0),
    });
  }
}

export function encodeText(text: string, format: TextFormat): Uint8Array {
  const withEol = format.eol === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
  if (format.encoding === 'utf-8') {
    const body = Buffer.from(withEol, 'utf8');
    return format.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const body = iconv.encode(withEol, format.encoding, { addBOM: format.bom });
  if (iconv.decode(body, format.encoding, { stripBOM: format.bom }) !== withEol) {
    throw new UnencodableTextError(
      `The fixed text has characters that ${format.encoding} cannot hold; save the file as UTF-8 first`,
    );
  }
  return body;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be') {
  return {
    text: iconv.decode(Buffer.from(bytes.subarray(2)), encoding, { stripBOM: false }),
    encoding,
    bom: true,
  };
}

function withLineEndings(decoded: Omit<TextFormat, 'eol'> & { text: string }): DecodedText {
  const { text, ...format } = decoded;
  const eol = lineEnding(text);
  return { text: eol === 'crlf' ? text.replace(/\r\n/g, '\n') : text, format: { ...format, eol } };
}

/** CRLF only when every line break is CRLF; a file that mixes them is kept as it is. */
function lineEnding(text: string): LineEnding {
  const crlf = text.split('\r\n').length - 1;
  if (crlf === 0) return 'lf';
  const lf = text.split('\n').length - 1;
  const cr = text.split('\r').length - 1;
  return crlf === lf && crlf === cr ? 'crlf' : 'mixed';
}

/** Byte offset of the first sequence that is not valid UTF-8 (the lenient decoder marks it with U+FFFD). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes);
  const lenient = buffer.toString('utf8');
  for (let index = lenient.indexOf('\uFFFD'); index !== -1; index = lenient.indexOf('\uFFFD', index + 1)) {
    const offset = Buffer.byteLength(lenient.slice(0, index));
    // A real U+FFFD in the file is the bytes EF BF BD; anything else is where decoding failed.
    if (!(buffer[offset] === 0xef && buffer[offset + 1] === 0xbf && buffer[offset + 2] === 0xbd))
      return offset;
  }
  return 0;
}
