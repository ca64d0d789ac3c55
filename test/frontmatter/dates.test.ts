import { describe, expect, it } from 'vitest';
import { judgeDate } from '../../src/frontmatter/dates.js';

describe('judgeDate', () => {
  it.each([
    ['Sun Jun 08 2025 13:19:59 GMT+0000 (Coordinated Universal Time)', '2025-06-08T13:19:59.000Z'],
    ['Tue Aug 12 2025 18:05:41 GMT+0530 (India Standard Time)', '2025-08-12T18:05:41.000+05:30'],
    ['Thu Jan 01 1970 00:00:00 GMT-0330 (Newfoundland Standard Time)', '1970-01-01T00:00:00.000-03:30'],
    ['Sun, 08 Jun 2025 13:19:59 +0000', '2025-06-08T13:19:59.000Z'],
    ['Sun, 08 Jun 2025 13:19:59 PDT', '2025-06-08T13:19:59.000-07:00'],
    ['8 Jun 2025 13:19 GMT', '2025-06-08T13:19:00.000Z'],
    ['1749388799000', '2025-06-08T13:19:59.000Z'],
    ['1749388799', '2025-06-08T13:19:59.000Z'],
    ['2025-06-08 13:19:59 +02:00', '2025-06-08T13:19:59.000+02:00'],
    ['2025-06-08T13:19:59.5+0200', '2025-06-08T13:19:59.500+02:00'],
    ['June 8, 2025 13:19 UTC', '2025-06-08T13:19:00.000Z'],
    ['8 June 2025, 13:19:59 GMT+02:00', '2025-06-08T13:19:59.000+02:00'],
  ])('rewrites `%s` as %s', (text, expected) => {
    expect(judgeDate(text)).toMatchObject({ kind: 'fix', text: expected });
  });

  it.each(['2025-06-08T13:19:59.000Z', '2025-06-08T13:19:59+05:30', '2025-06-08T13:19Z', '2025-06-08'])(
    'leaves `%s` as it is',
    (text) => {
      expect(judgeDate(text)).toEqual({ kind: 'clean' });
    },
  );

  it('does not guess the zone of a date and time without one', () => {
    expect(judgeDate('2025-06-08T13:19:59')).toEqual({
      kind: 'no-zone',
      suggestion: '2025-06-08T13:19:59.000Z',
    });
    expect(judgeDate('Sun Jun 08 2025 13:19:59')).toMatchObject({ kind: 'no-zone' });
  });

  it.each([
    'June 8, 2025',
    '1 UTC',
    'yesterday',
    'Mon Feb 30 2025 10:00:00 GMT+0000',
    '2025-13-01T00:00:00Z',
    '2025',
    'Sun Jun 08 2025 13:19:59 GMT+9900',
  ])('reports `%s` as not a date', (text) => {
    expect(judgeDate(text)).toMatchObject({ kind: 'invalid' });
  });

  it('reports the year 275760, the last year JavaScript dates reach, without throwing', () => {
    for (const text of [
      'Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)',
      '+275760-09-13T00:00:00.000Z',
      'Sun Sep 14 275760 00:00:00 GMT+0000 (Coordinated Universal Time)',
    ]) {
      expect(judgeDate(text)).toMatchObject({ kind: 'invalid', problem: expect.stringContaining('275760') });
    }
  });
});
