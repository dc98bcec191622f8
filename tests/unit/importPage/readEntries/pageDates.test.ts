// Proves every date form the issue lists is read at its own precision, with the style the export can write back,
// and that what only looks like a date (a link, a bare year in a sentence) is not taken for one.
import { describe, expect, test } from 'vitest';
import { leadingDate, parseDateText, trailingDate } from '../../../../src/importPage/readEntries/pageDates.js';

describe('leadingDate', () => {
  test.each([
    ['**\\[2025.07\\]** I joined.', { year: 2025, month: 7 }, 'dotted', 'I joined.'],
    ['[2025.07] I joined.', { year: 2025, month: 7 }, 'dotted', 'I joined.'],
    ['**2025-07-01**: Started.', { year: 2025, month: 7, day: 1 }, 'iso', 'Started.'],
    ['*Jul 2025*: Accepted.', { year: 2025, month: 7 }, 'month-name', 'Accepted.'],
    ['(07/2025) A tutorial.', { year: 2025, month: 7 }, 'slashed', 'A tutorial.'],
    ['🎉 **[2025.07]** Accepted!', { year: 2025, month: 7 }, 'dotted', '🎉 Accepted!'],
    ['*2022.02*: &nbsp;🎉🎉 Lorem', { year: 2022, month: 2 }, 'dotted', '🎉🎉 Lorem'],
    ['**May 15, 2025** – Two papers.', { year: 2025, month: 5, day: 15 }, 'month-name', 'Two papers.'],
    ['**Jul 2025** — A workshop.', { year: 2025, month: 7 }, 'month-name', 'A workshop.'],
    ['2025-05-01: Started.', { year: 2025, month: 5, day: 1 }, 'iso', 'Started.'],
    ['2025.07 No wrapper.', { year: 2025, month: 7 }, 'dotted', 'No wrapper.'],
    ['\\[2025.05.30\\] 浙江省科协；大模型', { year: 2025, month: 5, day: 30 }, 'dotted', '浙江省科协；大模型'],
    ['<b>[Jan. 2025]</b> Joined.', { year: 2025, month: 1 }, 'month-name', 'Joined.'],
    ['**2024**: A year.', { year: 2024 }, undefined, 'A year.'],
    ['*2024.06*, A talk', { year: 2024, month: 6 }, 'dotted', 'A talk'],
    ['30.07.2025: Day first.', { year: 2025, month: 7, day: 30 }, 'slashed', 'Day first.'],
  ])('%s', (text, date, style, rest) => {
    expect(leadingDate(text)).toMatchObject({ date, style, rest });
  });

  test.each([
    ['[2025.07](https://x.org) is a link'],
    ['2024 was a good year'],
    ['July 2025 came'],
    ['07/08/2025 is ambiguous'],
    ['**[2025.13]** no such month'],
    ['**[2025.07]**'],
    ['Our paper at KDD 2025'],
  ])('%s is not a dated item', (text) => {
    expect(leadingDate(text)).toBeUndefined();
  });
});

describe('trailingDate', () => {
  test.each([
    ['A paper was accepted (Jul 2025)', { year: 2025, month: 7 }, 'A paper was accepted'],
    ['Moved to Zurich — 2025-07-01.', { year: 2025, month: 7, day: 1 }, 'Moved to Zurich'],
    ['Gave a talk [2024.11]', { year: 2024, month: 11 }, 'Gave a talk'],
  ])('%s', (text, date, rest) => {
    expect(trailingDate(text)).toMatchObject({ date, rest });
  });

  test('a parenthesis that is not a date', () => {
    expect(trailingDate('A paper at ICML (Oral)')).toBeUndefined();
  });
});

describe('parseDateText', () => {
  test('a table cell or a comma-separated part that is one date', () => {
    expect(parseDateText('Jan 15, 2016')).toEqual({
      date: { year: 2016, month: 1, day: 15 },
      style: 'month-name',
      text: 'Jan 15, 2016',
    });
    expect(parseDateText('**Nov 2023**')).toEqual({
      date: { year: 2023, month: 11 },
      style: 'month-name',
      text: 'Nov 2023',
    });
    expect(parseDateText('Harvard Medical School')).toBeUndefined();
  });
});
