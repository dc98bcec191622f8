/** Changes the fields of existing items: every change is checked before the first file is written, and undone if a write fails. */
import path from 'node:path';
import { ProfileError, UsageError } from '../errors.js';
import { parseFrontMatterFile } from '../frontMatter/frontMatter.js';
import { updateItemFile } from '../frontMatter/updateItemFile.js';
import { withCanonicalDate } from '../model/fieldChanges.js';
import { checkItemFields } from '../model/itemSchemas.js';
import type { Item, ItemKind } from '../model/items.js';
import { resolveItemId } from '../model/resolveItemId.js';
import { assertProfileFolder, type ItemFileRef, listItemFiles, readItemText } from '../store/itemFileList.js';
import { replaceItemFileUndoably, type UndoableReplacement } from '../store/itemFiles.js';
import { withProfileLock } from '../store/profileLock.js';

/** What to do to one item's raw front matter and body; may throw a UsageError for a bad request. */
export type ItemEdit = (
  data: Readonly<Record<string, unknown>>,
  body: string,
  ref: ItemFileRef,
) => { data: Record<string, unknown>; body: string };

export interface ChangeItemsOptions {
  /** The kinds the ids may name (`select` takes publications only); default all. */
  kinds?: readonly ItemKind[];
  dryRun?: boolean;
  displayDir?: string;
}

export interface ItemUpdate {
  ref: ItemFileRef;
  /** The file's text before and after; equal when nothing changed. */
  before: string;
  after: string;
  changed: boolean;
  /** The item as it is after the change. */
  item: Item;
}

/** Resolves every id, applies `edit` to each item, validates the results, then writes the ones that changed. */
export async function changeItems(
  dir: string,
  queries: readonly string[],
  edit: ItemEdit,
  options: ChangeItemsOptions = {},
): Promise<ItemUpdate[]> {
  const displayDir = options.displayDir ?? dir;
  await assertProfileFolder(dir, displayDir);
  const work = async () => {
    const files = await listItemFiles(dir);
    const refs = [...new Set(queries.map((query) => resolveItemId(files, query, options.kinds)))];
    const updates: ItemUpdate[] = [];
    for (const ref of refs) updates.push(await updateOne(dir, displayDir, ref, edit));
    if (!options.dryRun) await writeAll(dir, displayDir, updates);
    return updates;
  };
  return options.dryRun ? work() : withProfileLock(dir, work);
}

async function updateOne(dir: string, displayDir: string, ref: ItemFileRef, edit: ItemEdit): Promise<ItemUpdate> {
  const shown = path.join(displayDir, ref.file);
  const before = await readItemText(dir, ref.file, displayDir);
  const parsed = parseFrontMatterFile(before, shown);
  const body = parsed.body.trim();
  const next = edit(parsed.data, body, ref);
  const check = checkItemFields(ref.kind, next.data);
  if (!check.ok) {
    const messages = check.issues.map((issue) => issue.message).join('; ');
    if (checkItemFields(ref.kind, parsed.data).ok) throw new UsageError(`${ref.id}: ${messages}`);
    // The file was already invalid and the change does not mend it: that is the file's problem, not the request's.
    const first = check.issues[0];
    throw new ProfileError(messages, {
      file: shown,
      ...(first && parsed.lineOf(first.path) !== undefined ? { line: parsed.lineOf(first.path) } : {}),
      hint: `fix the file first (on a terminal, \`profile edit ${ref.id}\` opens it in your editor)`,
    });
  }
  const changed = JSON.stringify([next.data, next.body.trim()]) !== JSON.stringify([parsed.data, body]);
  const after = changed ? updateItemFile(before, withCanonicalDate(next.data), next.body, shown) : before;
  const item = { kind: ref.kind, id: ref.id, file: ref.file, body: next.body.trim(), fields: check.fields } as Item;
  return { ref, before, after, changed, item };
}

/** Writes each changed file atomically; when one write fails, the ones already written are put back as they were. */
async function writeAll(dir: string, displayDir: string, updates: readonly ItemUpdate[]): Promise<void> {
  const written: UndoableReplacement[] = [];
  try {
    for (const update of updates) {
      if (!update.changed) continue;
      // Only over the text the change was made from: another program's save meanwhile is not thrown away.
      const expected = {
        text: update.before,
        display: path.join(displayDir, update.ref.file),
        hint: 'run the command again; it starts from the file as it is now',
      };
      written.push(await replaceItemFileUndoably(dir, update.ref.file, update.after, { expected }));
    }
  } catch (error) {
    for (const replacement of written.reverse()) await replacement.undo().catch(() => undefined);
    throw error;
  }
  for (const replacement of written) await replacement.commit();
}
