/** `list` as a library call: the profile's items that match a filter, in the list's order (kind, newest first). */
import { citationCount } from '../model/citationCount.js';
import { itemDate } from '../model/itemSummary.js';
import { allItems, cvItemKinds, type Item, type ItemKind } from '../model/items.js';
import { comparePartialDates } from '../model/partialDate.js';
import type { Problem } from '../problems.js';
import { loadProfileLeniently, type RejectedItemFile } from '../store/loadProfile.js';

export interface ItemFilter {
  kind?: ItemKind;
  /** Hidden items too. */
  all?: boolean;
  year?: number;
  /** Selected publications only. */
  selected?: boolean;
  /** `citations`: the most cited first (a publication's own count, else the highest a source gave); else newest. */
  sort?: 'newest' | 'citations';
}

export interface ListItemsResult {
  items: Item[];
  /** The problems of the profile's files, found while loading it; an error leaves its file out of `items`. */
  problems: Problem[];
  /** Item files of the kind asked for that have an error (their date and flags unknown, so no other filter applies). */
  invalid: RejectedItemFile[];
  /** Hidden items the filter matched but `all` left out. */
  hiddenCount: number;
}

const kindOrder: ItemKind[] = ['news', 'publication', 'talk', 'service', ...cvItemKinds];

/** Lists what it can: only an unreadable profile.md throws; an item file with an error is reported in `invalid`. */
export async function listItems(dir: string, displayDir: string, filter: ItemFilter): Promise<ListItemsResult> {
  const { profile, problems, rejected } = await loadProfileLeniently(dir, { displayDir });
  const matching = allItems(profile)
    .filter((item) => kindOrder.includes(item.kind))
    .filter((item) => filter.kind === undefined || item.kind === filter.kind)
    .filter((item) => filter.year === undefined || itemDate(item)?.year === filter.year)
    .filter((item) => !filter.selected || (item.kind === 'publication' && item.fields.selected === true));
  const items = matching
    .filter((item) => filter.all || item.fields.hidden !== true)
    .sort(filter.sort === 'citations' ? byCitationsThenList : compareForList);
  const invalid =
    filter.year === undefined && !filter.selected
      ? rejected
          .filter((file) => kindOrder.includes(file.kind) && (filter.kind === undefined || file.kind === filter.kind))
          .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || (a.id < b.id ? -1 : 1))
      : [];
  return { items, problems, invalid, hiddenCount: matching.length - items.length };
}

/** Publications by their count, most cited first, those without one after; ties and other kinds as listed. */
function byCitationsThenList(a: Item, b: Item): number {
  const byKind = kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  const countA = a.kind === 'publication' ? citationCount(a.fields) : undefined;
  const countB = b.kind === 'publication' ? citationCount(b.fields) : undefined;
  if (countA !== countB) return (countB ?? -1) - (countA ?? -1);
  return compareForList(a, b);
}

function compareForList(a: Item, b: Item): number {
  const byKind = kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  const dateA = itemDate(a);
  const dateB = itemDate(b);
  if (dateA && dateB) {
    const byDate = comparePartialDates(dateB, dateA);
    if (byDate !== 0) return byDate;
  } else if (dateA !== dateB) {
    return dateA ? -1 : 1;
  }
  const orderA = a.kind === 'section' ? 0 : (a.fields.order ?? 0);
  const orderB = b.kind === 'section' ? 0 : (b.fields.order ?? 0);
  return orderA - orderB || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
