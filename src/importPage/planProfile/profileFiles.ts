/** The files of the new folder: profile.md, one file per item and text section, with unique names and keys. */

import { serializeItemFile } from '../../frontMatter/itemFile.js';
import { type ItemKind, itemId } from '../../model/items.js';
import { stemFromCitationKey, uniqueStem } from '../../model/slug.js';
import { draftAsFile, type ItemDraft } from './entryFiles.js';
import type { ImportPlan, PlannedItem } from './planImport.js';

export interface ItemFileToWrite {
  kind: ItemKind;
  stem: string;
  text: string;
  /** The page's item it was made from (none for a text section). */
  planned?: PlannedItem;
}

export interface FolderFiles {
  profileText: string;
  items: ItemFileToWrite[];
}

/** Names already used in the folder, by kind, and the citation keys already taken. */
export interface TakenNames {
  stems: Map<ItemKind, Set<string>>;
  keys: Set<string>;
}

export function noNamesTaken(): TakenNames {
  return { stems: new Map(), keys: new Set() };
}

/** Everything a new folder holds, in a fixed order: same page, same files, byte for byte. */
export function newFolderFiles(plan: ImportPlan): FolderFiles {
  const taken = noNamesTaken();
  const items = plan.items
    .filter((item) => item.duplicateOf === undefined)
    .map((item) => itemFile(item, item.draft, taken));
  for (const section of plan.textSections) {
    items.push({
      kind: 'section',
      stem: section.stem,
      text: draftAsFile('section', section.stem, section.data, section.body).text,
    });
  }
  const profileText = serializeItemFile(withNotesAfterItems(plan, items), plan.bio);
  return { profileText, items };
}

/** profile.md's data with each list's `notesAfter`: the comments kept right under an item, by the item's id. */
function withNotesAfterItems(plan: ImportPlan, files: readonly ItemFileToWrite[]): Record<string, unknown> {
  if (plan.notes.length === 0) return plan.profileData;
  const ids = new Map(
    files.flatMap((file) => (file.planned ? [[file.planned.entry, itemId(file.kind, file.stem)]] : [])),
  );
  const page = plan.profileData.page as { sections: Record<string, unknown>[] };
  const sections = page.sections.map((section) => ({ ...section }));
  for (const { section, note } of plan.notes) {
    const target = sections[section];
    const item = ids.get(note.entry);
    // An item imported once, for an earlier line, has no file of its own: its note follows the list.
    if (!target) continue;
    const notes = (target.notesAfter as unknown[] | undefined) ?? [];
    target.notesAfter = [...notes, { item: item ?? '', comment: note.comment }];
  }
  return { ...plan.profileData, page: { ...page, sections } };
}

/** One item's file, its name and (for a publication) its key made unique against `taken`, which it then joins. */
export function itemFile(planned: PlannedItem, draft: ItemDraft, taken: TakenNames): ItemFileToWrite {
  let data = draft.data;
  let stem = draft.stem;
  if (draft.kind === 'publication') {
    const key = freeKey(String(data.key), taken.keys);
    taken.keys.add(key);
    data = { ...data, key };
    stem = stemFromCitationKey(key);
  }
  const stems = taken.stems.get(draft.kind) ?? new Set<string>();
  taken.stems.set(draft.kind, stems);
  stem = uniqueStem(stem, (candidate) => stems.has(candidate));
  stems.add(stem);
  return { kind: draft.kind, stem, text: draftAsFile(draft.kind, stem, data, draft.body).text, planned };
}

/** `li2023`, then `li2023b`, `li2023c`…, the way `add-pub` picks a free key. */
function freeKey(key: string, taken: ReadonlySet<string>): string {
  if (!taken.has(key)) return key;
  for (let letter = 98; ; letter++) {
    const candidate = letter <= 122 ? `${key}${String.fromCharCode(letter)}` : `${key}-${letter - 121}`;
    if (!taken.has(candidate)) return candidate;
  }
}
