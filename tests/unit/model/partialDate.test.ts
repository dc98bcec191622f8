/** Dates keep the precision they were written with; every accepted spelling and every refusal. */
import { describe, expect, test } from 'vitest';
import {
  comparePartialDates,
  type DateStyle,
  formatDateForPage,
  formatIsoDate,
  type PartialDate,
  parsePartialDate,
} from '../../../src/model/partialDate.js';

describe('parsePartialDate accepts', () => {
  test.each<[string, PartialDate]>([
    ['2025', { year: 2025 }],
    ['2025-07', { year: 2025, month: 7 }],
    ['2025.07', { year: 2025, month: 7 }],
    ['2025.7', { year: 2025, month: 7 }],
    ['2025-07-30', { year: 2025, month: 7, day: 30 }],
    ['2025.07.30', { year: 2025, month: 7, day: 30 }],
    ['2025/07/30', { year: 2025, month: 7, day: 30 }],
    ['Jul 2025', { year: 2025, month: 7 }],
    ['July 2025', { year: 2025, month: 7 }],
    ['30 Jul 2025', { year: 2025, month: 7, day: 30 }],
    ['Sept 2025', { year: 2025, month: 9 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
  ])('%s', (text, date) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, date });
  });

  test('2025.10 is October, not 2025.1', () => {
    expect(parsePartialDate('2025.10')).toEqual({ ok: true, date: { year: 2025, month: 10 } });
  });

  test('a year has no month or day keys at all', () => {
    const parsed = parsePartialDate('2025');
    expect(parsed.ok && Object.keys(parsed.date)).toEqual(['year']);
  });

  test('surrounding spaces are ignored', () => {
    expect(parsePartialDate('  2025-07 ')).toEqual({ ok: true, date: { year: 2025, month: 7 } });
  });
});

describe('parsePartialDate refuses', () => {
  test('month 13', () => {
    expect(parsePartialDate('2025.13')).toEqual({ ok: false, reason: '"2025.13" has an impossible month (13)' });
  });

  test('30 February', () => {
    expect(parsePartialDate('2025-02-30')).toEqual({
      ok: false,
      reason: '"2025-02-30" has an impossible day (2025-02 has 28 days)',
    });
  });

  test('29 February of a year that is not a leap year', () => {
    expect(parsePartialDate('2023-02-29')).toEqual({
      ok: false,
      reason: '"2023-02-29" has an impossible day (2023-02 has 28 days)',
    });
  });

  test('text that is not a date', () => {
    expect(parsePartialDate('abc')).toEqual({
      ok: false,
      reason: '"abc" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (2025.07 and Jul 2025 are read too)',
    });
  });

  test('a two-digit year', () => {
    expect(parsePartialDate('25.07')).toEqual({
      ok: false,
      reason: '"25.07" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (2025.07 and Jul 2025 are read too)',
    });
  });

  test('an unknown month name', () => {
    expect(parsePartialDate('Foo 2025')).toEqual({ ok: false, reason: '"Foo 2025" has an unknown month name' });
  });

  test('mixed separators', () => {
    expect(parsePartialDate('2025-07.30').ok).toBe(false);
  });
});

describe('formatIsoDate', () => {
  test.each<[PartialDate, string]>([
    [{ year: 2025 }, '2025'],
    [{ year: 2025, month: 7 }, '2025-07'],
    [{ year: 2025, month: 7, day: 3 }, '2025-07-03'],
    [{ year: 2025, month: 10, day: 30 }, '2025-10-30'],
  ])('%j is %s', (date, text) => {
    expect(formatIsoDate(date)).toBe(text);
  });
});

describe('formatDateForPage', () => {
  const year: PartialDate = { year: 2025 };
  const month: PartialDate = { year: 2025, month: 7 };
  const day: PartialDate = { year: 2025, month: 7, day: 3 };
  test.each<[DateStyle, PartialDate, string]>([
    ['dotted', year, '2025'],
    ['dotted', month, '2025.07'],
    ['dotted', day, '2025.07.03'],
    ['iso', year, '2025'],
    ['iso', month, '2025-07'],
    ['iso', day, '2025-07-03'],
    ['slashed', year, '2025'],
    ['slashed', month, '2025/07'],
    ['slashed', day, '2025/07/03'],
    ['month-name', year, '2025'],
    ['month-name', month, 'Jul 2025'],
    ['month-name', day, '3 Jul 2025'],
  ])('%s %j is %s', (style, date, text) => {
    expect(formatDateForPage(date, style)).toBe(text);
  });

  test('October stays two digits in the dotted style', () => {
    expect(formatDateForPage({ year: 2025, month: 10 }, 'dotted')).toBe('2025.10');
  });
});

describe('comparePartialDates', () => {
  test('sorts earlier dates first, a less precise date before a more precise one of its period', () => {
    const dates: PartialDate[] = [
      { year: 2025, month: 7, day: 30 },
      { year: 2024 },
      { year: 2025, month: 7 },
      { year: 2025 },
      { year: 2025, month: 10 },
      { year: 2025, month: 7, day: 2 },
    ];
    expect([...dates].sort(comparePartialDates).map(formatIsoDate)).toEqual([
      '2024',
      '2025',
      '2025-07',
      '2025-07-02',
      '2025-07-30',
      '2025-10',
    ]);
  });

  test('equal dates compare as 0', () => {
    expect(comparePartialDates({ year: 2025, month: 7 }, { year: 2025, month: 7 })).toBe(0);
  });

  test('the sign says which is earlier', () => {
    expect(Math.sign(comparePartialDates({ year: 2024, month: 12 }, { year: 2025, month: 1 }))).toBe(-1);
    expect(Math.sign(comparePartialDates({ year: 2025, month: 1 }, { year: 2024, month: 12 }))).toBe(1);
  });
});
