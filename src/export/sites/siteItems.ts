/** Which items a site publishes, and the names and full dates their files get. */
import { type Item, safeFileStem } from '../../model/items.js';
import { formatIsoDate, type PartialDate } from '../../model/partialDate.js';
import { stemFromCitationKey } from '../../model/slug.js';

/** Hidden items are private drafts or an archive: a site never publishes them as items. */
export function visibleItems<T extends Item>(items: readonly T[]): T[] {
  return items.filter((item) => item.fields.hidden !== true);
}

/** The item's file name without `.md` (`wang2024wise`), which the loader has already checked is safe. */
export function itemStem(item: Item): string {
  const stem = item.id.slice(item.id.indexOf('/') + 1);
  return safeFileStem.test(stem) ? stem : stemFromCitationKey(stem);
}

/**
 * `YYYY-MM-DD`, which the generators require: a month-precision date becomes the 1st of the month, a year the
 * 1st of January.
 */
export function dayDate(date: PartialDate): string {
  return formatIsoDate({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 });
}

/**
 * The `date` of each item's file, for items in the profile's order (newest first). Jekyll sorts a collection by date,
 * then by file name, and the sites list it newest first; items that share a day get seconds after midnight, the
 * first in the profile's order the latest, so that they keep that order. A lone item of its day keeps the day alone.
 */
export function datesInProfileOrder<T extends { fields: { date?: PartialDate | undefined } }>(
  items: readonly T[],
): Map<T, string> {
  const perDay = new Map<string, T[]>();
  for (const item of items) {
    if (item.fields.date === undefined) continue;
    const day = dayDate(item.fields.date);
    perDay.set(day, [...(perDay.get(day) ?? []), item]);
  }
  const dates = new Map<T, string>();
  for (const [day, sameDay] of perDay) {
    sameDay.forEach((item, index) => {
      dates.set(item, sameDay.length === 1 ? day : `${day} ${timeOfDay(sameDay.length - 1 - index)}`);
    });
  }
  return dates;
}

function timeOfDay(seconds: number): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/** `2024-11-14-cambridge-cst` for a stem that already starts with the item's own date, else `date-stem`. */
export function datedStem(date: PartialDate, stem: string): string {
  const leadingDate = /^\d{4}(?:-\d{2}){0,2}/.exec(stem)?.[0];
  const ownDate =
    leadingDate !== undefined &&
    stem.length > leadingDate.length + 1 &&
    stem[leadingDate.length] === '-' &&
    [date, { year: date.year, month: date.month }, { year: date.year }].some(
      (part) => formatIsoDate(part) === leadingDate,
    );
  return `${dayDate(date)}-${ownDate ? stem.slice(leadingDate.length + 1) : stem}`;
}

/** A title, venue or name on one line: a newline inside it is only whitespace. */
export function singleLine(text: string): string {
  return text.replace(/(?<!\s)\s*\n\s*/g, ' ').trim();
}

/**
 * A value Jekyll layouts print unescaped (`{{ page.title }}`, `{{ post.venue }}`): on one line, and `<` `>` as
 * entities, so that a tag in a title from someone else's BibTeX shows as text instead of running.
 */
export function jekyllText(text: string): string {
  return withoutHtmlTags(singleLine(text));
}

/**
 * A plain-text title for a layout that runs it through `markdownify` (academicpages' headings and lists): its
 * Markdown characters escaped, so that kramdown shows `*x*`, `[x]`, `a | b` or a leading `1.` as written, as the
 * about page and the citation do, then as `jekyllText`. A `{` is escaped too, which also keeps `{{` from Liquid.
 */
export function jekyllMarkdownTitle(text: string): string {
  const escaped = singleLine(text)
    .replace(/[\\`*_[\]{}|$]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#>+=-])/, '\\$1');
  return withoutHtmlTags(escaped);
}

/** `<` and `>` as entities: the text shows as written and no tag in it is live. */
export function withoutHtmlTags(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
