/** The end of every `add-*` command: a repeated item is refused or asked about, and on a terminal the page line and the file are shown and confirmed before it is written. */
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import type { ItemDraft } from '../model/itemDrafts.js';
import { displayPath } from '../profileDir.js';
import { itemPageLine } from '../render/itemLines.js';
import { loadProfile } from '../store/loadProfile.js';
import { printAdded } from '../ui/printChanges.js';
import { askConfirm } from '../ui/prompts.js';
import { type AddedItem, addItem } from '../useCases/addItem.js';
import { DuplicateItemError } from '../useCases/duplicateItems.js';

export interface AddFlowOptions {
  dir: string;
  json?: boolean;
  dryRun?: boolean;
  /** A person answered questions: show the file and ask before writing it. */
  confirm?: boolean;
  /** Add it even when the same item (date and text or title) is already there. */
  force?: boolean;
}

export async function addWithConfirmation(
  draft: ItemDraft,
  options: AddFlowOptions,
  context: CommandContext,
): Promise<void> {
  const displayDir = displayPath(options.dir, context.cwd);
  let allowDuplicate = options.force === true;
  // A repeat is refused without a terminal (--force adds it); on one, the person decides.
  const add = async (dryRun: boolean): Promise<AddedItem | undefined> => {
    try {
      return await addItem(options.dir, draft, { displayDir, dryRun, allowDuplicate });
    } catch (error) {
      if (!(error instanceof DuplicateItemError) || !context.interactive || options.json) throw error;
      context.stderr.write(`warning: ${error.message}\n`);
      if (!(await askConfirm('Add it anyway?', false))) return undefined;
      allowDuplicate = true;
      return addItem(options.dir, draft, { displayDir, dryRun, allowDuplicate });
    }
  };
  if (options.confirm && !options.dryRun) {
    const preview = await add(true);
    if (preview === undefined) return nothingWritten(context);
    const { profile } = await loadProfile(options.dir);
    const line = profile && itemPageLine(preview.item, profile);
    if (line !== undefined) context.stdout.write(`\nOn the page:\n${line}\n`);
    context.stdout.write(`\n${path.join(displayDir, preview.item.file)}:\n${preview.text}\n`);
    if (!(await askConfirm('Add it?', true))) return nothingWritten(context);
  }
  const added = await add(options.dryRun === true);
  if (added === undefined) return nothingWritten(context);
  printAdded(added, options, context);
}

function nothingWritten(context: CommandContext): void {
  context.stderr.write('nothing was written\n');
}
