/** `profile remove`: deletes item files, after a confirmation on a terminal or `--yes` in a script. */
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../errors.js';
import { itemSummary } from '../model/itemSummary.js';
import { allItems } from '../model/items.js';
import { displayPath } from '../profileDir.js';
import { loadProfile } from '../store/loadProfile.js';
import { askConfirm } from '../ui/prompts.js';
import { findItems, removeItems } from '../useCases/removeItems.js';

export interface RemoveOptions {
  dir: string;
  ids: string[];
  yes?: boolean;
  json?: boolean;
  dryRun?: boolean;
}

export async function removeCommand(options: RemoveOptions, context: CommandContext): Promise<void> {
  const displayDir = displayPath(options.dir, context.cwd);
  let ids = options.ids;
  if (!options.yes && !options.dryRun) {
    if (!context.interactive || options.json) {
      throw new UsageError(
        'remove deletes files: pass --yes to confirm (or run it on a terminal to be asked)',
        `example: profile remove ${options.ids[0] ?? 'news/2025-07-joined-lab'} --yes`,
      );
    }
    const refs = await findItems(options.dir, options.ids, displayDir);
    const { profile } = await loadProfile(options.dir);
    const loaded = new Map((profile ? allItems(profile) : []).map((item) => [item.id, item]));
    for (const ref of refs) {
      const item = loaded.get(ref.id);
      context.stdout.write(`  ${ref.id}${item ? `  ${itemSummary(item)}` : ''}\n`);
    }
    const question =
      refs.length === 1
        ? 'Remove this item? Its file is deleted.'
        : `Remove these ${refs.length} items? Their files are deleted.`;
    if (!(await askConfirm(question, false))) {
      context.stderr.write('nothing was removed\n');
      return;
    }
    // Exactly what was confirmed, even if a prefix would now mean something else.
    ids = refs.map((ref) => ref.id);
  }
  const removed = await removeItems(options.dir, ids, { displayDir, ...(options.dryRun ? { dryRun: true } : {}) });
  if (options.json) {
    context.stdout.write(
      `${JSON.stringify(
        removed.map(({ id, kind, file }) => ({ id, kind, file })),
        null,
        2,
      )}\n`,
    );
  } else {
    for (const ref of removed)
      context.stdout.write(
        options.dryRun ? `would remove ${path.join(displayDir, ref.file)}\n` : `removed ${ref.id}\n`,
      );
  }
  if (options.dryRun) context.stderr.write('dry run: nothing was written\n');
}
