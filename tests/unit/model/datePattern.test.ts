/** Date patterns of the line layouts: every format the pages use, at each precision, and the patterns refused. */
import { describe, expect, test } from 'vitest';
import { formatDateByPattern, parseDatePattern } from '../../../src/model/datePattern.js';
import type { PartialDate } from '../../../src/model/partialDate.js';

function written(pattern: string, date: PartialDate): string {
  const parsed = parseDatePattern(pattern);
  if (!parsed.ok) throw new Error(parsed.reason);
  return formatDateByPattern(date, parsed.pattern);
}

const day = { year: 2025, month: 7, day: 30 };
const month = { year: 2025, month: 7 };
const year = { year: 2025 };

describe('formatDateByPattern', () => {
  test.each([
    // pattern, a day, a month, a year
    ['%Y.%m', '2025.07', '2025.07', '2025'],
    ['%Y-%m', '2025-07', '2025-07', '2025'],
    ['%m/%Y', '07/2025', '07/2025', '2025'],
    ['%Y/%m', '2025/07', '2025/07', '2025'],
    ['%b %Y', 'Jul 2025', 'Jul 2025', '2025'],
    ['%b. %Y', 'Jul. 2025', 'Jul. 2025', '2025'],
    ['[%b. %Y]', '[Jul. 2025]', '[Jul. 2025]', '[2025]'],
    ['%B %Y', 'July 2025', 'July 2025', '2025'],
    ['%Y.%m.%d', '2025.07.30', '2025.07', '2025'],
    ['%-d %b %Y', '30 Jul 2025', 'Jul 2025', '2025'],
    ['%d/%m/%Y', '30/07/2025', '07/2025', '2025'],
    ['%b %-d, %Y', 'Jul 30, 2025', 'Jul 2025', '2025'],
    ['%y.%-m', '25.7', '25.7', '25'],
    ['\\[%Y.%m\\]', '\\[2025.07\\]', '\\[2025.07\\]', '\\[2025\\]'],
    ['100%% %Y', '100% 2025', '100% 2025', '100% 2025'],
  ])('%s writes %s, %s and %s', (pattern, ofDay, ofMonth, ofYear) => {
    expect([written(pattern, day), written(pattern, month), written(pattern, year)]).toEqual([ofDay, ofMonth, ofYear]);
  });

  test('a pattern without the year still writes the year of a date that has nothing else it asks for', () => {
    expect([written('%m/%d', day), written('%m/%d', year)]).toEqual(['07/30', '2025']);
  });

  test('%b. writes the period of an abbreviation, and none after May, which is not one', () => {
    expect([written('%b. %Y', { year: 2024, month: 11 }), written('%b. %Y', { year: 2024, month: 5 })]).toEqual([
      'Nov. 2024',
      'May 2024',
    ]);
  });

  test('single-digit days and months are padded by %d and %m, not by %-d and %-m', () => {
    const early = { year: 2024, month: 3, day: 5 };
    expect([written('%d.%m', early), written('%-d.%-m', early)]).toEqual(['05.03', '5.3']);
  });
});

describe('parseDatePattern', () => {
  test.each([
    ['%Q', '"%Q" is not a date field; use %Y %y %m %-m %b %b. %B %d %-d %% (e.g. %Y.%m, %b %Y)'],
    ['%-Y', '"%-Y" is not a date field; use %Y %y %m %-m %b %b. %B %d %-d %% (e.g. %Y.%m, %b %Y)'],
    ['%Y %', '"%" is not a date field; use %Y %y %m %-m %b %b. %B %d %-d %% (e.g. %Y.%m, %b %Y)'],
    ['YYYY.MM', '"YYYY.MM" has no date field such as %Y, %m or %b'],
  ])('refuses %s', (pattern, reason) => {
    expect(parseDatePattern(pattern)).toEqual({ ok: false, reason });
  });
});
