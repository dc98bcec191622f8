/** `profile edit`: changes fields with --set/--unset, or opens $EDITOR on a copy of the file on a terminal. */
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { ProfileError, UsageError } from '../errors.js';
import { applyFieldChanges, type FieldChange, parseFieldAssignment } from '../model/fieldChanges.js';
import { itemId } from '../model/items.js';
import { displayPath } from '../profileDir.js';
import { createScratchCopy } from '../store/scratchCopy.js';
import { openEditor } from '../ui/openEditor.js';
import { printUpdates } from '../ui/printChanges.js';
import { printProblems } from '../ui/printProblems.js';
import { askConfirm } from '../ui/prompts.js';
import { changeItems, type ItemUpdate } from '../useCases/changeItems.js';
import { checkItemText, readItemForEditing, replaceItemText } from '../useCases/editItemText.js';
import { renameItem, stemForNewDate } from '../useCases/renameDatedItem.js';

export interface EditOptions {
  dir: string;
  id: string;
  /** `field=value`, as typed. */
  set: string[];
  unset: string[];
  json?: boolean;
  dryRun?: boolean;
  /** A new date renames a file whose name starts with the old one, without asking (a terminal asks). */
  rename?: boolean;
}

export async function editCommand(options: EditOptions, context: CommandContext): Promise<void> {
  const displayDir = displayPath(options.dir, context.cwd);
  if (options.set.length === 0 && options.unset.length === 0) {
    if (!context.interactive || options.json || options.dryRun) {
      throw new UsageError(
        'edit needs --set field=value or --unset field (without them it opens your editor, which needs a terminal)',
        'example: profile edit news/2025-07-joined-lab --set date=2025-08 --set hidden=true',
      );
    }
    await editInEditor(options, displayDir, context);
    return;
  }
  const changes: FieldChange[] = [
    ...options.set.map(parseFieldAssignment),
    ...options.unset.map((field) => ({ field, unset: true as const })),
  ];
  const updates = await changeItems(
    options.dir,
    [options.id],
    (data, body, ref) => applyFieldChanges(ref.kind, data, body, changes),
    { displayDir, ...(options.dryRun ? { dryRun: true } : {}) },
  );
  // Also when the date set is the one the file has: its name may still hold an older one (the note said --rename).
  const dateSet = changes.some((change) => change.field === 'date' && !('unset' in change));
  const renamed = await renameForNewDate(updates[0], dateSet, options, context);
  const shown = renamed && updates[0] ? [{ ...updates[0], item: { ...updates[0].item, ...renamed } }] : updates;
  await printUpdates(shown, { changed: 'updated', unchanged: 'no change' }, options, context);
  if (renamed && !options.json) context.stdout.write(`${updates[0]?.ref.id}: renamed to ${renamed.id}\n`);
}

/** A file named after the old date: renamed with --rename or when the person says so; otherwise a note says how. */
async function renameForNewDate(
  update: ItemUpdate | undefined,
  dateSet: boolean,
  options: EditOptions,
  context: CommandContext,
): Promise<{ id: string; file: string } | undefined> {
  const stem = update && dateSet ? stemForNewDate(update) : undefined;
  if (update === undefined || stem === undefined) return undefined;
  const newId = itemId(update.ref.kind, stem);
  if (options.dryRun) {
    if (options.rename) context.stderr.write(`--rename would rename it to ${newId}\n`);
    return undefined;
  }
  const asking = !options.rename && context.interactive && !options.json;
  const wanted = options.rename === true || (asking && (await askConfirm(`Rename it to ${newId}?`, true)));
  if (wanted) return renameItem(options.dir, update.ref, stem);
  if (!asking) context.stderr.write(`note: the file name still has the old date; --rename renames it to ${newId}\n`);
  return undefined;
}

/** The real file is replaced only by a valid text, and only if nobody changed it meanwhile. */
async function editInEditor(options: EditOptions, displayDir: string, context: CommandContext): Promise<void> {
  const { ref, text } = await readItemForEditing(options.dir, options.id, displayDir);
  const scratch = await createScratchCopy(`${ref.kind}-${ref.stem}.md`, text);
  let keepCopy = false;
  try {
    for (;;) {
      await openEditor(scratch.file, context.env);
      const edited = await scratch.read();
      if (edited === text) {
        context.stderr.write(`${ref.id}: no change\n`);
        return;
      }
      const problems = checkItemText(ref, edited, displayDir);
      printProblems(problems, context.stderr);
      if (!problems.some((problem) => problem.severity === 'error')) {
        try {
          await replaceItemText(options.dir, ref, text, edited, displayDir);
        } catch (error) {
          keepCopy = true;
          if (!(error instanceof ProfileError)) throw error;
          throw new ProfileError(error.message, {
            ...(error.file === undefined ? {} : { file: error.file }),
            hint: `your edited copy is kept at ${scratch.file}`,
          });
        }
        context.stdout.write(`${ref.id}: updated\n`);
        return;
      }
      if (!(await askConfirm('The edited file has errors. Edit it again?', true))) {
        keepCopy = true;
        throw new ProfileError('not saved: the edited file has errors; the item file is unchanged', {
          file: path.join(displayDir, ref.file),
          hint: `your edited copy is kept at ${scratch.file}`,
        });
      }
    }
  } finally {
    if (!keepCopy) await scratch.remove();
  }
}
