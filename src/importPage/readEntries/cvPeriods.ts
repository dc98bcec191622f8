/**
 * The dates of a CV line: a period (`*2019.06 - 2022.04*`, `2015–2020`, `Fall 2019`, `2022.04 - Now`) or one date,
 * at the start of the line (in emphasis, brackets or bare, before a separator) or at its end (`, 2014`, `(2015–2020)`).
 */
import type { PartialDate } from '../../model/partialDate.js';
import { parseDateText } from './pageDates.js';

export interface CvPeriod {
  start?: PartialDate;
  end?: PartialDate;
  /** `- now`, `– Present`. */
  current?: boolean;
  /** The period as written, without its brackets or emphasis (`Fall 2019`, `2019.09 - 2020.01`). */
  text: string;
  /** One date, not a period. */
  single: boolean;
  /** Written with a season (`Fall 2019`), which the dates do not hold. */
  season?: boolean;
}

export interface PeriodAndRest {
  period: CvPeriod;
  /** The line without the period, its brackets and the separator next to it. */
  rest: string;
}

const monthName =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const season = '(?:fall|spring|summer|winter|autumn)';
const oneDate = `(?:(?:${monthName}\\.?\\s+|${season}\\s+)?(?:19|20)\\d{2}(?:[./-]\\d{1,2}){0,2}|\\d{1,2}/(?:19|20)\\d{2})`;
const ongoing = '(?:now|present|current|today|ongoing|至今|现在)';
const periodSource = `${oneDate}(?:\\s*(?:[-–—~]{1,2}|to)\\s*(?:${oneDate}|${ongoing}))?`;

// The line's first 80 characters only: a period is short, and the work stays bounded whatever the line.
const leadingBare = new RegExp(`^(${periodSource})(?![\\p{L}\\p{N}])`, 'iu');
const wrappers: readonly (readonly [string, string])[] = [
  ['**', '**'],
  ['__', '__'],
  ['*', '*'],
  ['_', '_'],
  ['\\[', '\\]'],
  ['[', ']'],
  ['(', ')'],
  ['`', '`'],
];
const separatorAfter = /^\s*(?:[,:：|]|[-–—]{1,2}(?=\s))?\s*/;

/** The period a line opens with, and the rest of the line. */
export function leadingPeriod(line: string): PeriodAndRest | undefined {
  const head = line.slice(0, 80);
  for (const [open, close] of wrappers) {
    if (!head.startsWith(open)) continue;
    const closeAt = head.indexOf(close, open.length);
    if (closeAt < 0) continue;
    const inner = head.slice(open.length, closeAt).trim().replace(/[:,]$/, '');
    const period = readPeriod(inner);
    if (!period) return undefined;
    const after = line.slice(closeAt + close.length);
    if (after.startsWith('(')) return undefined;
    return withRest(period, after);
  }
  const bare = leadingBare.exec(head);
  if (!bare?.[1]) return undefined;
  const period = readPeriod(bare[1]);
  const after = line.slice(bare[1].length);
  // A bare date needs a separator or a space before a capital, as `2021 Best Paper Award` has.
  if (!period || !/^\s*(?:[,:：|–—-]|\s\p{Lu})/u.test(after)) return undefined;
  return withRest(period, after);
}

/**
 * The period a line closes with (`…, 2014`, `… (2015–2020)`, `… — 2021`), and the rest of the line. Each place a
 * separator stands in the line's last 80 characters is tried, the first first, so that a period's own dash is not
 * taken for the separator.
 */
export function endingPeriod(line: string): PeriodAndRest | undefined {
  const trimmed = line.trimEnd().replace(/\.$/, '');
  const tailStart = Math.max(0, trimmed.length - 80);
  for (let at = tailStart; at < trimmed.length; at++) {
    const char = trimmed[at] ?? '';
    const spaced = /[-–—|]/.test(char) && trimmed[at - 1] === ' ' && trimmed[at + 1] === ' ';
    if (char !== ',' && char !== '(' && !spaced) continue;
    let candidate = trimmed.slice(at + 1).trim();
    if (char === '(') {
      if (!candidate.endsWith(')')) continue;
      candidate = candidate.slice(0, -1).trim();
    }
    // `(Oxford, 2022)`: a date inside parentheses that open before the separator is not the line's.
    if (/[()]/.test(candidate)) continue;
    const period = readPeriod(candidate);
    const rest = trimmed.slice(0, at).trimEnd();
    if (period && rest !== '') return { period, rest };
  }
  return undefined;
}

function withRest(period: CvPeriod, after: string): PeriodAndRest | undefined {
  const rest = after.slice(separatorAfter.exec(after)?.[0].length ?? 0).trim();
  return rest === '' ? undefined : { period, rest };
}

/** `2019.06 - 2022.04`, `2022.04 - Now`, `Fall 2019`, `2015–2020`, `Jun 2019`: the whole text is one period. */
export function readPeriod(text: string): CvPeriod | undefined {
  const written = text.trim();
  // A period is short; a longer text is not one, and the work stays bounded whatever the text.
  if (written.length > 80) return undefined;
  const read = periodDates(written);
  return read && new RegExp(`(?:^|\\s)${season}\\s`, 'i').test(written) ? { ...read, season: true } : read;
}

function periodDates(written: string): CvPeriod | undefined {
  const single = dateOf(written);
  if (single) return { start: single, text: written, single: true };
  // Each dash (or `to`) is tried as the one between the two ends: `2019-06 - 2022-04` has three.
  for (const separator of written.matchAll(/[-–—~]{1,2}|\bto\b/giu)) {
    const start = dateOf(written.slice(0, separator.index));
    // `2022.08 - (now)`
    const endText = written
      .slice(separator.index + separator[0].length)
      .trim()
      .replace(/^\((.*)\)$/, '$1');
    if (!start || endText === '') continue;
    if (ongoingWord.test(endText)) return { start, current: true, text: written, single: false };
    const end = dateOf(endText);
    if (end) return { start, end, text: written, single: false };
  }
  return undefined;
}

const ongoingWord = new RegExp(`^${ongoing}$`, 'iu');

/** One date: `2019.06`, `Jun 2019`, `2019`, `Fall 2019` (the year). */
function dateOf(text: string): PartialDate | undefined {
  const withoutSeason = text.trim().replace(new RegExp(`^${season}\\s+`, 'i'), '');
  return parseDateText(withoutSeason)?.date;
}
