/** An item whose file name starts with its date (`news/2025-07-joined-lab`) follows its date when the date changes. */

import { parseFrontMatterFile } from '../frontMatter/frontMatter.js';
import { formatIsoDate, type PartialDate, parsePartialDate } from '../model/partialDate.js';
import type { ItemFileRef } from '../store/itemFileList.js';
import { renameItemFile } from '../store/itemFiles.js';
import { withProfileLock } from '../store/profileLock.js';
import type { ItemUpdate } from './changeItems.js';

/** The file name the item would have after its date changed: the old date at its start replaced by the new one. */
export function stemForNewDate(update: ItemUpdate): string | undefined {
  const after = (update.item.fields as { date?: PartialDate }).date;
  const beforeText = parseFrontMatterFile(update.before, update.ref.file).data.date;
  if (after === undefined || beforeText === undefined) return undefined;
  const before = parsePartialDate(
    String(beforeText instanceof Date ? beforeText.toISOString().slice(0, 10) : beforeText),
  );
  if (!before.ok) return undefined;
  const oldPrefix = formatIsoDate(before.date);
  const newPrefix = formatIsoDate(after);
  const { stem } = update.ref;
  if (oldPrefix === newPrefix || !stem.startsWith(`${oldPrefix}-`)) return undefined;
  return `${newPrefix}${stem.slice(oldPrefix.length)}`;
}

/** Renames the item's file while the profile is locked; another item's name is never taken. */
export function renameItem(dir: string, ref: ItemFileRef, stem: string): Promise<{ id: string; file: string }> {
  return withProfileLock(dir, () => renameItemFile(dir, ref.kind, ref.file, stem));
}
