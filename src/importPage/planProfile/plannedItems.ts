/** The page's entries as the items to write: orders that keep the page's order, duplicates marked, hidden ones joined. */
import type { ItemKind } from '../../model/items.js';
import type { SourcedEntry } from '../readEntries/importedItems.js';
import { entryDraft, type ItemDraft, withOrder } from './entryFiles.js';
import { type SectionRead, titleKey } from './sectionReads.js';

export interface PlannedItem {
  /** The file's front matter and body, with `order` (and a publication's key) decided. */
  draft: ItemDraft;
  entry: SourcedEntry;
  /** Shown by a section of items; false when its section is kept as written (the item is data only). */
  onPage: boolean;
  /** Its section in `sections` of the plan. */
  section: number;
  /** An item also found earlier on the page: the line of that one; it is not imported twice. */
  duplicateOf?: number;
}

/** Every entry as an item file: orders that keep the page's order, selected and hidden flags, duplicates marked. */
export function planItems(
  reads: readonly SectionRead[],
  publicationTarget: number,
  duplicates: ReadonlyMap<SourcedEntry, number>,
): PlannedItem[] {
  const placed: { entry: SourcedEntry; section: number; onPage: boolean }[] = [];
  const ownLayouts = new Map<SourcedEntry, string>();
  reads.forEach((read, section) => {
    for (const [entry, layout] of read.itemLayouts) ownLayouts.set(entry, layout);
    for (const entry of read.listEntries) placed.push({ entry, section, onPage: read.rendered });
    const target = reads[publicationTarget];
    for (const entry of read.foreign) {
      const joins = target !== undefined;
      if (joins && target.only === 'selected' && entry.entry.kind === 'publication') entry.entry.selected = true;
      placed.push({ entry, section: joins ? publicationTarget : section, onPage: joins });
    }
  });
  // The page's order: by line (a hidden paper beside the contact lines comes before the list it joins).
  placed.sort((a, b) => a.entry.line - b.entry.line);
  // An item kept only as data (its section kept as written) that the page also lists elsewhere is imported once.
  const firstLineOf = new Map<string, number>();
  for (const { entry, onPage } of placed) {
    if (onPage && !duplicates.has(entry) && !firstLineOf.has(titleKey(entry)))
      firstLineOf.set(titleKey(entry), entry.line);
  }
  const rank = new Map<ItemKind, number>();
  const sameDate = new Map<string, number>();
  const sameDateCount = new Map<string, number>();
  const planned: PlannedItem[] = [];
  const kept: typeof placed = [];
  for (const item of placed) {
    const key = titleKey(item.entry);
    const earlier = duplicates.get(item.entry) ?? (item.onPage ? undefined : firstLineOf.get(key));
    if (earlier !== undefined) {
      planned.push({ ...item, draft: entryDraft(item.entry.entry, item.entry.hidden), duplicateOf: earlier });
      continue;
    }
    if (!firstLineOf.has(key)) firstLineOf.set(key, item.entry.line);
    kept.push(item);
    const date = dateKey(item.entry);
    if (date) sameDateCount.set(date, (sameDateCount.get(date) ?? 0) + 1);
  }
  for (const { entry, section, onPage } of kept) {
    const draft = entryDraft(entry.entry, entry.hidden);
    let order: number | undefined;
    if (draft.kind === 'publication' || draft.kind === 'service') {
      order = (rank.get(draft.kind) ?? 0) + 1;
      rank.set(draft.kind, order);
    } else {
      // News and talks are listed newest first; `order` keeps the page's order among those of one date.
      const date = dateKey(entry);
      if (date && (sameDateCount.get(date) ?? 0) > 1) {
        order = (sameDate.get(date) ?? 0) + 1;
        sameDate.set(date, order);
      }
    }
    const layout = ownLayouts.get(entry);
    if (layout !== undefined) draft.data.layout = layout;
    planned.push({ draft: withOrder(draft, order), entry, onPage, section });
  }
  return planned.sort((a, b) => a.entry.line - b.entry.line);
}

function dateKey(entry: SourcedEntry): string | undefined {
  const item = entry.entry;
  if (item.kind !== 'news' && item.kind !== 'talk') return undefined;
  const { year, month, day } = item.date.date;
  return `${item.kind} ${year}-${month ?? ''}-${day ?? ''}`;
}
