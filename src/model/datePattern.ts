/** Dates written by a page layout's pattern (`%Y.%m`, `%b. %Y`, `%-d %B %Y`), at the date's own precision. */
import { type DateStyle, monthNames, type PartialDate, shortMonthNames } from './partialDate.js';

type DatePart = 'year' | 'month' | 'day';

interface Directive {
  part: DatePart;
  write: (date: Required<PartialDate>) => string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** strftime's letters, as Jekyll's `date` filter knows them; `%-m` and `%-d` drop the leading zero, as there. */
const directives: Readonly<Record<string, Directive>> = {
  Y: { part: 'year', write: (date) => String(date.year) },
  y: { part: 'year', write: (date) => pad(date.year % 100) },
  m: { part: 'month', write: (date) => pad(date.month) },
  '-m': { part: 'month', write: (date) => String(date.month) },
  b: { part: 'month', write: (date) => shortMonthNames[date.month - 1] ?? '' },
  // `%b.`: the abbreviation's period, which May, not being abbreviated, goes without (`Nov. 2024`, `May 2024`).
  'b.': { part: 'month', write: (date) => `${shortMonthNames[date.month - 1] ?? ''}${date.month === 5 ? '' : '.'}` },
  B: { part: 'month', write: (date) => monthNames[date.month - 1] ?? '' },
  d: { part: 'day', write: (date) => pad(date.day) },
  '-d': { part: 'day', write: (date) => String(date.day) },
};

export const datePatternLetters = ['%Y', '%y', '%m', '%-m', '%b', '%b.', '%B', '%d', '%-d', '%%'] as const;

/** A pattern read once: the text before the first field, then each field with the text that follows it. */
export interface DatePattern {
  readonly prefix: string;
  readonly fields: readonly { directive: Directive; after: string }[];
}

export type DatePatternResult = { ok: true; pattern: DatePattern } | { ok: false; reason: string };

export function parseDatePattern(text: string): DatePatternResult {
  let prefix = '';
  const fields: { directive: Directive; after: string }[] = [];
  const appendText = (value: string) => {
    const last = fields[fields.length - 1];
    if (last) last.after += value;
    else prefix += value;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char !== '%') {
      appendText(char);
      continue;
    }
    const dash = text[index + 1] === '-';
    const letter = text[index + (dash ? 2 : 1)];
    if (letter === '%' && !dash) {
      appendText('%');
      index++;
      continue;
    }
    const withPeriod = !dash && letter === 'b' && text[index + 2] === '.';
    const directive =
      letter === undefined ? undefined : directives[`${dash ? '-' : ''}${letter}${withPeriod ? '.' : ''}`];
    if (directive === undefined) {
      const written = `%${dash ? '-' : ''}${letter ?? ''}`;
      return {
        ok: false,
        reason: `"${written}" is not a date field; use ${datePatternLetters.join(' ')} (e.g. %Y.%m, %b %Y)`,
      };
    }
    fields.push({ directive, after: '' });
    index += (dash ? 2 : 1) + (withPeriod ? 1 : 0);
  }
  if (fields.length === 0) return { ok: false, reason: `"${text}" has no date field such as %Y, %m or %b` };
  return { ok: true, pattern: { prefix, fields } };
}

/**
 * The date written by the pattern. A date less precise than the pattern leaves out the fields it lacks, with
 * the text that joined them: `%d %b %Y` writes `Jul 2025` for 2025-07 and `2025` for 2025; between two fields
 * that stay, the text after the first of them is kept (`%b %-d, %Y` gives `Jul 2025`).
 */
export function formatDateByPattern(date: PartialDate, pattern: DatePattern): string {
  const known = (part: DatePart) => part === 'year' || (part === 'month' ? date.month : date.day) !== undefined;
  const full = { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
  const kept = pattern.fields.filter((field) => known(field.directive.part));
  const last = pattern.fields[pattern.fields.length - 1];
  const suffix = last?.after ?? '';
  if (kept.length === 0) return `${pattern.prefix}${date.year}${suffix}`;
  const written = kept.map(
    (field, index) => field.directive.write(full) + (index < kept.length - 1 ? field.after : suffix),
  );
  return pattern.prefix + written.join('');
}

/** The pattern of each `dateStyle`: the date at its own precision, as the page wrote it before layouts. */
export const dateStylePatterns: Readonly<Record<DateStyle, string>> = {
  dotted: '%Y.%m.%d',
  iso: '%Y-%m-%d',
  slashed: '%Y/%m/%d',
  'month-name': '%-d %b %Y',
};
