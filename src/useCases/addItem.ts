/** Adds one item to a profile: checked first, then decided and written while the profile is locked. */
import { UsageError } from '../errors.js';
import { serializeItemFile } from '../frontMatter/itemFile.js';
import { finishDraft, type ItemDraft } from '../model/itemDrafts.js';
import { checkItemFields } from '../model/itemSchemas.js';
import { type Item, itemFolders, itemId } from '../model/items.js';
import { uniqueStem } from '../model/slug.js';
import { InvalidProfileError } from '../problems.js';
import { assertProfileFolder, listItemFiles } from '../store/itemFileList.js';
import { createItemFile } from '../store/itemFiles.js';
import { loadProfile } from '../store/loadProfile.js';
import { withProfileLock } from '../store/profileLock.js';
import { assertNotDuplicate } from './duplicateItems.js';

export interface AddItemOptions {
  /** Decide everything, write nothing; the file name is the one a run now would get. */
  dryRun?: boolean;
  /** How the folder is named in messages; default `dir`. */
  displayDir?: string;
  /** Add a news item, talk or service entry even when the profile has one with the same date and text or title. */
  allowDuplicate?: boolean;
}

export interface AddedItem {
  item: Item;
  /** The file's text, as written (or as it would be). */
  text: string;
}

/**
 * Concurrent runs are safe: the lock makes each run see the items the others added (so `order` is right),
 * and createItemFile never writes over a file, even one made a moment ago.
 */
export async function addItem(dir: string, draft: ItemDraft, options: AddItemOptions = {}): Promise<AddedItem> {
  const displayDir = options.displayDir ?? dir;
  await assertProfileFolder(dir, displayDir);
  checkedFields(draft);
  const work = async (): Promise<AddedItem> => {
    const { profile, problems } = await loadProfile(dir, { displayDir });
    // Its order and key are decided from the other items: one that cannot be read might hold the same key.
    if (!profile || problems.some((problem) => problem.severity === 'error')) throw new InvalidProfileError(problems);
    const finished = finishDraft(draft, profile);
    const fields = checkedFields(finished);
    if (!options.allowDuplicate) assertNotDuplicate({ kind: finished.kind, fields, body: finished.body }, profile);
    const text = serializeItemFile(finished.data, finished.body);
    const written = options.dryRun
      ? await predictName(dir, finished)
      : await createItemFile(dir, finished.kind, finished.stem, text);
    const item = { kind: finished.kind, ...written, body: finished.body.trim(), fields } as Item;
    return { item, text };
  };
  return options.dryRun ? work() : withProfileLock(dir, work);
}

function checkedFields(draft: ItemDraft): Record<string, unknown> {
  const result = checkItemFields(draft.kind, draft.data);
  if (!result.ok) throw new UsageError(result.issues.map((issue) => issue.message).join('; '));
  return result.fields;
}

async function predictName(dir: string, draft: ItemDraft): Promise<{ id: string; file: string }> {
  const taken = new Set((await listItemFiles(dir)).filter((file) => file.kind === draft.kind).map((file) => file.stem));
  const stem = uniqueStem(draft.stem, (candidate) => taken.has(candidate));
  return { id: itemId(draft.kind, stem), file: `${itemFolders[draft.kind].folder}/${stem}.md` };
}
