/** The order items are listed in, on the page and by `list`. */
import type { NewsItem, PublicationItem, ServiceItem, TalkItem } from './items.js';
import { comparePartialDates, type PartialDate } from './partialDate.js';

/** Plain code-unit order of ids: the last, stable tie-break. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dates newest first; undated after dated. */
export function newestFirst(a: PartialDate | undefined, b: PartialDate | undefined): number {
  if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  return comparePartialDates(b, a);
}

/** News and talks: newest first; the same date by `order`, then by id. */
export function compareChronological(a: NewsItem | TalkItem, b: NewsItem | TalkItem): number {
  return (
    newestFirst(a.fields.date, b.fields.date) ||
    (a.fields.order ?? 0) - (b.fields.order ?? 0) ||
    compareText(a.id, b.id)
  );
}

/** Publications and service: by `order`; items without one follow, newest first, then by id. */
export function compareRanked(a: PublicationItem | ServiceItem, b: PublicationItem | ServiceItem): number {
  const orderA = a.fields.order ?? Number.POSITIVE_INFINITY;
  const orderB = b.fields.order ?? Number.POSITIVE_INFINITY;
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  return newestFirst(a.fields.date, b.fields.date) || compareText(a.id, b.id);
}
