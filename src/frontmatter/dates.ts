/** What to do with a date value. */
export type DateVerdict =
  | { kind: 'clean' }
  | { kind: 'fix'; text: string; form: string }
  | { kind: 'invalid'; problem: string; expected: string }
  | { kind: 'no-zone'; suggestion: string };

/** ISO 8601 date and time with an offset: what every reader agrees on. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** A calendar date has no time to be read in the wrong zone. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOOSE =
  /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)? ?(Z|[+-]\d{2}:?\d{2})?$/i;
/** `Sun Jun 08 2025 13:19:59 GMT+0000 (Coordinated Universal Time)`: JavaScript's `Date#toString`. */
const JS_DATE =
  /^(?:[A-Z][a-z]{2},? +)?([A-Z][a-z]{2}) +(\d{1,2}),? +(\d{4,6}) +(\d{1,2}):(\d{2})(?::(\d{2}))?(?: *(?:GMT|UTC) *([+-]\d{2}:?\d{2})?)?(?: *\([^)]*\))?$/;
/** `Sun, 08 Jun 2025 13:19:59 +0000`: RFC 2822, as mail and RSS write it. */
const RFC_2822 =
  /^(?:[A-Z][a-z]{2}, *)?(\d{1,2}) +([A-Z][a-z]{2}) +(\d{4}) +(\d{1,2}):(\d{2})(?::(\d{2}))? *([+-]\d{4}|GMT|UTC?|Z|[ECMP][SD]T)$/;
const EPOCH = /^\d{9,13}$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, number> = { GMT: 0, UT: 0, UTC: 0, Z: 0, EST: -300, EDT: -240, CST: -360 };
Object.assign(ZONES, { CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 });

/** The years ISO 8601 writes without the expanded `+YYYYYY` form other tools reject. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

export const EXPECTED_DATE = 'an ISO 8601 date with an offset, such as `2025-06-08T13:19:59.000Z`';

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC; undefined when the text names no zone. */
  offset: number | undefined;
}

/** Reads a date as written (the value's source text) and says whether and how to rewrite it. */
export function judgeDate(text: string): DateVerdict {
  const trimmed = text.trim();
  if (ISO_WITH_OFFSET.test(trimmed) && validParts(isoParts(trimmed))) return { kind: 'clean' };
  if (ISO_DATE.test(trimmed) && validParts(isoParts(trimmed))) return { kind: 'clean' };
  const read = readParts(trimmed);
  if (!read) {
    return { kind: 'invalid', problem: `date \`${shorten(trimmed)}\``, expected: EXPECTED_DATE };
  }
  const { parts, form } = read;
  if (!validParts(parts)) {
    return {
      kind: 'invalid',
      problem: `date \`${shorten(trimmed)}\` that is not on the calendar`,
      expected: EXPECTED_DATE,
    };
  }
  if (parts.year < MIN_YEAR || parts.year > MAX_YEAR) {
    return {
      kind: 'invalid',
      problem: `date \`${shorten(trimmed)}\` in the year ${parts.year}`,
      expected: `${EXPECTED_DATE}, in the years 0001 to 9999`,
    };
  }
  if (parts.offset === undefined) {
    return { kind: 'no-zone', suggestion: format({ ...parts, offset: 0 }) };
  }
  return { kind: 'fix', text: format(parts), form };
}

function readParts(text: string): { parts: Parts; form: string } | undefined {
  let match = ISO_LOOSE.exec(text);
  if (match) {
    const parts = isoParts(text);
    return parts && { parts, form: 'ISO 8601 date' };
  }
  match = JS_DATE.exec(text);
  if (match) {
    const [, month, day, year, hour, minute, second, zone] = match;
    const gmt = /GMT|UTC/.test(text);
    return fromFields(
      year!,
      month!,
      day!,
      hour!,
      minute!,
      second,
      gmt ? (zone ?? '+0000') : undefined,
      'JavaScript date',
    );
  }
  match = RFC_2822.exec(text);
  if (match) {
    const [, day, month, year, hour, minute, second, zone] = match;
    return fromFields(year!, month!, day!, hour!, minute!, second, zone, 'RFC 2822 date');
  }
  if (EPOCH.test(text)) {
    // Eleven digits and more are milliseconds (from 1973 on); nine or ten are seconds (from 1973 to 2286).
    const milliseconds = text.length >= 11 ? Number(text) : Number(text) * 1000;
    const date = new Date(milliseconds);
    return {
      parts: { ...utcParts(date), offset: 0 },
      form: text.length >= 11 ? 'epoch milliseconds' : 'epoch seconds',
    };
  }
  return fallback(text);
}

/** Only texts that name a month, a year, a time and a zone: JavaScript's parser guesses at anything less. */
const FALLBACK_SHAPE =
  /(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?=.*\b\d{4}\b)(?=.*\b\d{1,2}:\d{2}\b)(?=.*(?:\b(?:UTC|GMT)\b|[+-]\d{2}:?\d{2}$))/i;

/** Other forms with a zone (`June 8, 2025 13:19 UTC`), read by `Date.parse`; the offset written is kept. */
function fallback(text: string): { parts: Parts; form: string } | undefined {
  if (!FALLBACK_SHAPE.test(text)) return undefined;
  const milliseconds = Date.parse(text);
  if (!Number.isFinite(milliseconds)) return undefined;
  const zone = /([+-]\d{2}:?\d{2})$/.exec(text)?.[1];
  const offset = zone === undefined ? 0 : zoneOffset(zone);
  if (offset === undefined) return undefined;
  const date = new Date(milliseconds + offset * 60_000);
  return { parts: { ...utcParts(date), offset }, form: 'date' };
}

function fromFields(
  year: string,
  month: string,
  day: string,
  hour: string,
  minute: string,
  second: string | undefined,
  zone: string | undefined,
  form: string,
): { parts: Parts; form: string } | undefined {
  const monthIndex = MONTHS.indexOf(month.toLowerCase());
  if (monthIndex === -1) return undefined;
  const offset = zone === undefined ? undefined : zoneOffset(zone);
  if (zone !== undefined && offset === undefined) return undefined;
  return {
    parts: {
      year: Number(year),
      month: monthIndex + 1,
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second ?? 0),
      millisecond: 0,
      offset,
    },
    form,
  };
}

function isoParts(text: string): Parts | undefined {
  const match = ISO_LOOSE.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: Math.floor(Number(`0.${fraction ?? '0'}`) * 1000),
    offset: zone === undefined ? (hour === undefined ? 0 : undefined) : zoneOffset(zone),
  };
}

function zoneOffset(zone: string): number | undefined {
  const named = ZONES[zone.toUpperCase()];
  if (named !== undefined) return named;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (Number(match[2]) > 23 || Number(match[3]) > 59) return undefined;
  return match[1] === '-' ? -minutes : minutes;
}

/** Fields that name a real moment: no 31 June, no 25:00. Checked without `Date`, so huge years cannot throw. */
function validParts(parts: Parts | undefined): boolean {
  if (!parts) return false;
  const { year, month, day, hour, minute, second } = parts;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function utcParts(date: Date): Omit<Parts, 'offset'> {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

/** Writes the same wall-clock time and offset the source carried: `+05:30` stays `+05:30`. */
function format(parts: Parts): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  const time = `${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}.${pad(parts.millisecond, 3)}`;
  const offset = parts.offset ?? 0;
  const sign = offset < 0 ? '-' : '+';
  const zone =
    offset === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date}T${time}${zone}`;
}

export function shorten(text: string, limit = 80): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
