/** The end of every `add-*` command: on a terminal, the file is shown and confirmed before it is written. */
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import type { ItemDraft } from '../model/itemDrafts.js';
import { displayPath } from '../profileDir.js';
import { printAdded } from '../ui/printChanges.js';
import { askConfirm } from '../ui/prompts.js';
import { addItem } from '../useCases/addItem.js';

export interface AddFlowOptions {
  dir: string;
  json?: boolean;
  dryRun?: boolean;
  /** A person answered questions: show the file and ask before writing it. */
  confirm?: boolean;
}

export async function addWithConfirmation(
  draft: ItemDraft,
  options: AddFlowOptions,
  context: CommandContext,
): Promise<void> {
  const displayDir = displayPath(options.dir, context.cwd);
  if (options.confirm && !options.dryRun) {
    const preview = await addItem(options.dir, draft, { displayDir, dryRun: true });
    context.stdout.write(`\n${path.join(displayDir, preview.item.file)}:\n${preview.text}\n`);
    if (!(await askConfirm('Add it?', true))) {
      context.stderr.write('nothing was written\n');
      return;
    }
  }
  const added = await addItem(options.dir, draft, { displayDir, ...(options.dryRun ? { dryRun: true } : {}) });
  printAdded(added, options, context);
}
