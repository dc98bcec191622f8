/** A month joined with `#` to a day or another month: which values are joins, and the month and day they name. */
import { describe, expect, test } from 'vitest';
import { monthJoinDate, monthJoinParts } from '../../../src/bibtex/monthJoin.js';

describe('monthJoinParts', () => {
  test('month macros, numbers, quoted and braced parts joined by #', () => {
    expect(monthJoinParts('dec # "~24"')).toStrictEqual([{ macro: 'dec' }, { text: '~24' }]);
    expect(monthJoinParts('"31~" # jan')).toStrictEqual([{ text: '31~' }, { macro: 'jan' }]);
    expect(monthJoinParts('may # " 31--2 " # jun')).toStrictEqual([
      { macro: 'may' },
      { text: ' 31--2 ' },
      { macro: 'jun' },
    ]);
    expect(monthJoinParts('Oct#{--}#NOV')).toStrictEqual([{ macro: 'oct' }, { text: '--' }, { macro: 'nov' }]);
    expect(monthJoinParts('10 # "~" # jan')).toStrictEqual([{ text: '10' }, { text: '~' }, { macro: 'jan' }]);
    expect(monthJoinParts('may # "{"}"')).toStrictEqual([{ macro: 'may' }, { text: '{"}' }]);
  });

  test('anything else is no join: one part, no month macro, another macro, unbalanced or unclosed parts', () => {
    for (const value of [
      'dec',
      '{dec # "~24"}',
      '12~24',
      '"June~" # 12',
      'conf # "~24"',
      'dec # "~24',
      'dec # "a}b"',
      'dec # {a',
      'dec # "~24" # ',
      'dec "~24"',
      'dec # "~\n@misc{x}"',
      '{{18}} # dec',
      '{%} # dec',
    ]) {
      expect(monthJoinParts(value), value).toBeUndefined();
    }
  });
});

describe('monthJoinDate', () => {
  test('the month of the first macro; the day where the text around one macro is one day', () => {
    expect(monthJoinDate('dec # "~24"')).toStrictEqual({ month: 12, day: 24 });
    expect(monthJoinDate('"31~" # jan')).toStrictEqual({ month: 1, day: 31 });
    expect(monthJoinDate('10 # "~" # jan')).toStrictEqual({ month: 1, day: 10 });
    expect(monthJoinDate('jul # { 4th,}')).toStrictEqual({ month: 7, day: 4 });
    expect(monthJoinDate('may # " 28{--}30"')).toStrictEqual({ month: 5 });
    expect(monthJoinDate('jun # "~12--15"')).toStrictEqual({ month: 6 });
    expect(monthJoinDate('may # " 31--2 " # jun')).toStrictEqual({ month: 5 });
    expect(monthJoinDate('jun # "-" # aug')).toStrictEqual({ month: 6 });
    expect(monthJoinDate('dec # " 24, 2019"')).toStrictEqual({ month: 12 });
    expect(monthJoinDate('dec # "~124"')).toStrictEqual({ month: 12 });
  });

  test('no join, no date', () => {
    expect(monthJoinDate(undefined)).toBeUndefined();
    expect(monthJoinDate('dec')).toBeUndefined();
    expect(monthJoinDate('12~24')).toBeUndefined();
  });
});
