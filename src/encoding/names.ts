// Human names for the code pages, for messages ("decoded as Mac Roman").
const HUMAN_NAMES: Readonly<Record<string, string>> = {
  'windows-1252': 'Windows-1252',
  'iso-8859-1': 'Latin-1 (ISO-8859-1)',
  'windows-1250': 'Windows-1250',
  'windows-1251': 'Windows-1251',
  'windows-1253': 'Windows-1253',
  'windows-1254': 'Windows-1254',
  'windows-1257': 'Windows-1257',
  'iso-8859-2': 'Latin-2 (ISO-8859-2)',
  'iso-8859-15': 'Latin-9 (ISO-8859-15)',
  macintosh: 'Mac Roman',
  cp437: 'DOS code page 437',
  cp850: 'DOS code page 850',
  'koi8-r': 'KOI8-R',
  'utf-8': 'UTF-8',
};

/** 'macintosh' -> 'Mac Roman'; layered names ('windows-1252+windows-1252') are described layer by layer. */
export function describeEncoding(name: string): string {
  return name
    .split('+')
    .map((part) => HUMAN_NAMES[part] ?? part)
    .join(' + ');
}
