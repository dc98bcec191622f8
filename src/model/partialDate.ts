/** Dates with the precision they were written with: a year, a month or a day. Never a JS `Date`. */

export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export type DateStyle = 'dotted' | 'iso' | 'slashed' | 'month-name';
export const dateStyles: readonly DateStyle[] = ['dotted', 'iso', 'slashed', 'month-name'];

/** English month names, as pages and Jekyll's `%B` write them. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
/** Their three-letter abbreviations (`%b`, `Jul 2025`). */
export const shortMonthNames = monthNames.map((month) => month.slice(0, 3));
const numericDate = /^(\d{4})(?:([-./])(\d{1,2})(?:\2(\d{1,2}))?)?$/;
const monthNameDate = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;

export type DateParseResult = { ok: true; date: PartialDate } | { ok: false; reason: string };

/** Reads `2025`, `2025-07`, `2025.07`, `2025.7`, `2025-07-30`, `2025.07.30`, `2025/07/30`, `Jul 2025`, `30 Jul 2025`. */
export function parsePartialDate(text: string): DateParseResult {
  const input = text.trim();
  const numeric = numericDate.exec(input);
  if (numeric) {
    return checkParts(Number(numeric[1]), optionalNumber(numeric[3]), optionalNumber(numeric[4]), input);
  }
  const named = monthNameDate.exec(input);
  if (named) {
    const month = monthFromName(named[2] ?? '');
    if (month === undefined) return { ok: false, reason: `"${input}" has an unknown month name` };
    return checkParts(Number(named[3]), month, optionalNumber(named[1]), input);
  }
  return {
    ok: false,
    reason: `"${input}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (2025.07 and Jul 2025 are read too)`,
  };
}

function optionalNumber(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}

/** `Jul`, `jul`, `July`, `Sept`: the month's number, or undefined. */
export function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = monthNames.findIndex(
    (month) => month.toLowerCase() === lower || month.slice(0, 3).toLowerCase() === lower,
  );
  if (index >= 0) return index + 1;
  return lower === 'sept' ? 9 : undefined;
}

function checkParts(year: number, month: number | undefined, day: number | undefined, input: string): DateParseResult {
  if (year < 1000 || year > 9999) return { ok: false, reason: `"${input}" has an impossible year` };
  if (month === undefined) return { ok: true, date: { year } };
  if (month < 1 || month > 12) return { ok: false, reason: `"${input}" has an impossible month (${month})` };
  if (day === undefined) return { ok: true, date: { year, month } };
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      reason: `"${input}" has an impossible day (${year}-${pad(month)} has ${daysInMonth(year, month)} days)`,
    };
  }
  return { ok: true, date: { year, month, day } };
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The canonical, stored form: `2025`, `2025-07`, `2025-07-30`. */
export function formatIsoDate(date: PartialDate): string {
  let text = String(date.year);
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.month !== undefined && date.day !== undefined) text += `-${pad(date.day)}`;
  return text;
}

/** The page's form, at the date's own precision. */
export function formatDateForPage(date: PartialDate, style: DateStyle): string {
  const parts = [String(date.year)];
  if (date.month !== undefined) parts.push(pad(date.month));
  if (date.month !== undefined && date.day !== undefined) parts.push(pad(date.day));
  switch (style) {
    case 'iso':
      return parts.join('-');
    case 'dotted':
      return parts.join('.');
    case 'slashed':
      return parts.join('/');
    case 'month-name': {
      if (date.month === undefined) return parts[0] ?? '';
      const month = shortMonthNames[date.month - 1] ?? '';
      return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
    }
  }
}

/** Orders earlier dates first; a less precise date sorts before a more precise one of the same period. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** A clock reading (local time) at month or day precision: the default date of a new item. */
export function partialDateFromClock(now: Date, precision: 'month' | 'day'): PartialDate {
  const month = { year: now.getFullYear(), month: now.getMonth() + 1 };
  return precision === 'month' ? month : { ...month, day: now.getDate() };
}
