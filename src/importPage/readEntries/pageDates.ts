/**
 * Dates as home pages write them next to news and talks: `**\[2025.07\]**`, `[2025.07]`, `**2025-07-01**:`,
 * `*Jul 2025*:`, `(07/2025)`, `Jul 15, 2025`, after an emoji or before a dash; at the start of an item or,
 * in parentheses or after a dash, at its end.
 */
import { type DateStyle, formatIsoDate, type PartialDate, parsePartialDate } from '../../model/partialDate.js';

export interface PageDate {
  date: PartialDate;
  /** The style the page wrote it in, when it is one the export can write. */
  style: DateStyle | undefined;
  /** The date alone, as written (`2025.07`, `Jul 15, 2025`). */
  text: string;
}

export interface DatedText extends PageDate {
  /** What is left: the item's text without the date, its brackets and the separator after it. */
  rest: string;
}

const monthNames =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ordinal = '(?:st|nd|rd|th)?';

interface DateForm {
  pattern: RegExp;
  read: (match: RegExpExecArray) => { iso: string; style: DateStyle | undefined } | undefined;
  /** A bare year or a month name needs brackets, emphasis or a separator to be read as an item's date. */
  weak?: boolean;
}

const separatorStyles: Readonly<Record<string, DateStyle>> = { '.': 'dotted', '-': 'iso', '/': 'slashed' };

const dateForms: readonly DateForm[] = [
  {
    pattern: /(\d{4})([-./])(\d{1,2})\2(\d{1,2})/y,
    read: (m) => ({ iso: `${m[1]}-${pad(m[3])}-${pad(m[4])}`, style: separatorStyles[m[2] ?? ''] }),
  },
  {
    // 30.07.2025 and 30-07-2025 are day first; 07/30/2025 is read only when the day cannot be a month.
    pattern: /(\d{1,2})([-./])(\d{1,2})\2(\d{4})/y,
    read: (m) => {
      const [a, b] = [Number(m[1]), Number(m[3])];
      const dayFirst = m[2] !== '/' || a > 12;
      if (m[2] === '/' && a <= 12 && b <= 12) return undefined;
      const [day, month] = dayFirst ? [a, b] : [b, a];
      return { iso: `${m[4]}-${pad(String(month))}-${pad(String(day))}`, style: 'slashed' };
    },
  },
  {
    pattern: /(\d{4})([-./])(\d{1,2})/y,
    read: (m) => ({ iso: `${m[1]}-${pad(m[3])}`, style: separatorStyles[m[2] ?? ''] }),
  },
  {
    pattern: /(\d{1,2})[-./](\d{4})/y,
    read: (m) => ({ iso: `${m[2]}-${pad(m[1])}`, style: 'slashed' }),
  },
  {
    pattern: new RegExp(`(${monthNames})\\.?\\s+(\\d{1,2})${ordinal},?\\s+(\\d{4})`, 'iy'),
    read: (m) => monthNameDate(m[1], m[3], m[2]),
  },
  {
    pattern: new RegExp(`(\\d{1,2})${ordinal}\\s+(${monthNames})\\.?,?\\s+(\\d{4})`, 'iy'),
    read: (m) => monthNameDate(m[2], m[3], m[1]),
  },
  {
    pattern: new RegExp(`(${monthNames})\\.?,?\\s+(\\d{4})`, 'iy'),
    read: (m) => monthNameDate(m[1], m[2], undefined),
    weak: true,
  },
  { pattern: /((?:19|20)\d{2})/y, read: (m) => ({ iso: m[1] ?? '', style: undefined }), weak: true },
];

function pad(digits: string | undefined): string {
  return (digits ?? '').padStart(2, '0');
}

function monthNameDate(month: string | undefined, year: string | undefined, day: string | undefined) {
  const parsed = parsePartialDate(`${month ?? ''} ${year ?? ''}`);
  if (!parsed.ok || parsed.date.month === undefined) return undefined;
  const iso = `${year}-${pad(String(parsed.date.month))}${day === undefined ? '' : `-${pad(day)}`}`;
  return { iso, style: 'month-name' as const };
}

interface DateAt extends PageDate {
  end: number;
  weak: boolean;
}

/** A date that starts exactly at `at` and ends before a letter or digit. */
function dateAt(text: string, at: number): DateAt | undefined {
  for (const form of dateForms) {
    form.pattern.lastIndex = at;
    const match = form.pattern.exec(text);
    if (!match) continue;
    const end = at + match[0].length;
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const read = form.read(match);
    if (!read) return undefined;
    const parsed = parsePartialDate(read.iso);
    if (!parsed.ok) return undefined;
    return { date: parsed.date, style: read.style, text: match[0], end, weak: form.weak ?? false };
  }
  return undefined;
}

/** A whole text that is one date (a table cell, a talk's date field). */
export function parseDateText(text: string): PageDate | undefined {
  const plain = withoutClosingMarks(text.trim().replace(/^(?:\*\*|__|\*|_|`|\\?\[|\(|<b>|<strong>|<em>|<i>)+/, ''))
    .replace(/[:.,]$/, '')
    .trim();
  const found = dateAt(plain, 0);
  return found && found.end === plain.length ? { date: found.date, style: found.style, text: found.text } : undefined;
}

const openers = ['**', '__', '\\[', '<strong>', '<b>', '<em>', '<i>', '*', '_', '`', '[', '(', '【'] as const;
const closers: Readonly<Record<(typeof openers)[number], string>> = {
  '**': '**',
  __: '__',
  '\\[': '\\]',
  '<strong>': '</strong>',
  '<b>': '</b>',
  '<em>': '</em>',
  '<i>': '</i>',
  '*': '*',
  _: '_',
  '`': '`',
  '[': ']',
  '(': ')',
  '【': '】',
};
// Emoji, their joiners and variation selectors, and `:tada:` shortcodes may stand before the date.
const leadingDecoration = /^(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D|:[a-z0-9_+-]+:)*/u;
const separator = /^(?:[ \t]*(?:[:：|,]|[-–—]{1,2}|&nbsp;|&ensp;|&emsp;|\u00a0))+[ \t]*|^[ \t]+/;

/** A date at the start of an item, with what wraps it; the rest keeps any emoji that stood before the date. */
export function leadingDate(text: string): DatedText | undefined {
  const decoration = leadingDecoration.exec(text)?.[0] ?? '';
  let at = decoration.length;
  const opened: (typeof openers)[number][] = [];
  while (opened.length < 4) {
    const opener = openers.find((candidate) => text.startsWith(candidate, at));
    if (!opener) break;
    opened.push(opener);
    at += opener.length;
  }
  const found = dateAt(text, at);
  if (!found) return undefined;
  at = found.end;
  for (const opener of [...opened].reverse()) {
    if (/[:,]/.test(text[at] ?? '') && text.startsWith(closers[opener], at + 1)) at++;
    if (!text.startsWith(closers[opener], at)) return undefined;
    at += closers[opener].length;
  }
  // `[2025.07](url)` is a link, not a date.
  if (text[at] === '(' && opened.at(-1) === '[') return undefined;
  const gap = separator.exec(text.slice(at))?.[0] ?? '';
  const hasSeparator = /[:：|,\-–—]/.test(gap);
  if (gap === '' && at < text.length) return undefined;
  if (found.weak && opened.length === 0 && !hasSeparator) return undefined;
  const rest = text
    .slice(at + gap.length)
    .replace(/^(?:&nbsp;|&ensp;|&emsp;|\u00a0|\s)+/, '')
    .trimEnd();
  if (rest === '') return undefined;
  const before = decoration.trim();
  return { date: found.date, style: found.style, text: found.text, rest: before === '' ? rest : `${before} ${rest}` };
}

/** A date closing an item: `… (Jul 2025)`, `… [2025.07]`, `… — 2025-07-01.` */
export function trailingDate(text: string): DatedText | undefined {
  const trimmed = text.trimEnd();
  // A date closing an item is short: only the end of the text is looked at.
  const tailStart = Math.max(0, trimmed.length - 64);
  const match =
    /(?:\\?[([][ \t]*([^()[\]\s][^()[\]\n]{3,39}?)[ \t]*\\?[)\]]|[ \t][—–-][ \t]+([^\n—–\s][^\n—–]{3,39}?))\.?$/.exec(
      trimmed.slice(tailStart),
    );
  if (!match) return undefined;
  const found = parseDateText(match[1] ?? match[2] ?? '');
  if (!found) return undefined;
  const rest = trimmed.slice(0, tailStart + match.index).trimEnd();
  return rest === '' ? undefined : { ...found, rest };
}

/** The canonical form the files store. */
export function isoDate(date: PartialDate): string {
  return formatIsoDate(date);
}

const closingMarks = ['**', '__', '*', '_', '`', '\\]', ']', ')', '</b>', '</strong>', '</em>', '</i>'];

/**
 * The text without the emphasis, brackets and closing tags it ends with, taken off one by one from the end: a
 * pattern such as `(?:\*|_)+$` would read a long run of them again from every character of it.
 */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  for (;;) {
    const mark = closingMarks.find(
      (candidate) => end >= candidate.length && text.startsWith(candidate, end - candidate.length),
    );
    if (mark === undefined) return text.slice(0, end);
    end -= mark.length;
  }
}
