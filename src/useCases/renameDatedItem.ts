/** An item whose file name starts with its date (`news/2025-07-joined-lab`) follows its date when the date changes. */

import { parseFrontMatterFile } from '../frontMatter/frontMatter.js';
import { formatIsoDate, type PartialDate, parsePartialDate } from '../model/partialDate.js';
import type { ItemFileRef } from '../store/itemFileList.js';
import { renameItemFile } from '../store/itemFiles.js';
import { withProfileLock } from '../store/profileLock.js';
import type { ItemUpdate } from './changeItems.js';

/**
 * The file name the item would have after its date was set: the old date at its start replaced by the new one. A name
 * that still holds an older date (the rename was declined when the date changed) gets the new date at the precision
 * it was written with, so that `--rename` can follow the note afterwards.
 */
export function stemForNewDate(update: ItemUpdate): string | undefined {
  const after = (update.item.fields as { date?: PartialDate }).date;
  if (after === undefined) return undefined;
  const newPrefix = formatIsoDate(after);
  const { stem } = update.ref;
  const oldPrefix = dateBefore(update);
  if (oldPrefix !== undefined && stem.startsWith(`${oldPrefix}-`)) {
    return oldPrefix === newPrefix ? undefined : `${newPrefix}${stem.slice(oldPrefix.length)}`;
  }
  const written = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=-)/.exec(stem)?.[0];
  if (written === undefined || !parsePartialDate(written).ok) return undefined;
  const wanted = newPrefix.slice(0, written.length);
  return wanted === written ? undefined : `${wanted}${stem.slice(written.length)}`;
}

/** The date the file had before the edit, as a file name writes it. */
function dateBefore(update: ItemUpdate): string | undefined {
  const beforeText = parseFrontMatterFile(update.before, update.ref.file).data.date;
  if (beforeText === undefined) return undefined;
  const before = parsePartialDate(
    String(beforeText instanceof Date ? beforeText.toISOString().slice(0, 10) : beforeText),
  );
  return before.ok ? formatIsoDate(before.date) : undefined;
}

/** Renames the item's file while the profile is locked; another item's name is never taken. */
export function renameItem(dir: string, ref: ItemFileRef, stem: string): Promise<{ id: string; file: string }> {
  return withProfileLock(dir, () => renameItemFile(dir, ref.kind, ref.file, stem));
}
