/** `list` as a library call: the profile's items that match a filter, in the list's order (kind, newest first). */
import { citationCount } from '../model/citationCount.js';
import { itemDate } from '../model/itemSummary.js';
import { allItems, cvItemKinds, type Item, type ItemKind } from '../model/items.js';
import { comparePartialDates, type PartialDate } from '../model/partialDate.js';
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
  const shown = matching.filter((item) => filter.all || item.fields.hidden !== true);
  const items = sortedForList(shown, filter.sort === 'citations');
  const invalid =
    filter.year === undefined && !filter.selected
      ? rejected
          .filter((file) => kindOrder.includes(file.kind) && (filter.kind === undefined || file.kind === filter.kind))
          .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || (a.id < b.id ? -1 : 1))
      : [];
  return { items, problems, invalid, hiddenCount: matching.length - items.length };
}

/** What the list's order compares of an item, worked out once per item rather than once per comparison. */
interface SortKey {
  item: Item;
  kindIndex: number;
  date: PartialDate | undefined;
  order: number;
  /** Only with `--sort citations`. */
  count: number | undefined;
}

/**
 * The items in the list's order: by kind, then (with `byCitations`) publications by their count, most cited first,
 * those without one after; then newest first, then by `order`, then by id. Sorting 10,000 publications compares
 * about 130,000 pairs, so what is compared is worked out once per item.
 */
function sortedForList(items: readonly Item[], byCitations: boolean): Item[] {
  const keys: SortKey[] = items.map((item) => ({
    item,
    kindIndex: kindOrder.indexOf(item.kind),
    date: itemDate(item),
    order: item.kind === 'section' ? 0 : (item.fields.order ?? 0),
    count: byCitations && item.kind === 'publication' ? citationCount(item.fields) : undefined,
  }));
  keys.sort(byCitations ? byCitationsThenList : compareForList);
  return keys.map((key) => key.item);
}

function byCitationsThenList(a: SortKey, b: SortKey): number {
  const byKind = a.kindIndex - b.kindIndex;
  if (byKind !== 0) return byKind;
  if (a.count !== b.count) return (b.count ?? -1) - (a.count ?? -1);
  return compareForList(a, b);
}

function compareForList(a: SortKey, b: SortKey): number {
  const byKind = a.kindIndex - b.kindIndex;
  if (byKind !== 0) return byKind;
  const dateA = a.date;
  const dateB = b.date;
  if (dateA && dateB) {
    const byDate = comparePartialDates(dateB, dateA);
    if (byDate !== 0) return byDate;
  } else if (dateA !== dateB) {
    return dateA ? -1 : 1;
  }
  const idA = a.item.id;
  const idB = b.item.id;
  return a.order - b.order || (idA < idB ? -1 : idA > idB ? 1 : 0);
}
