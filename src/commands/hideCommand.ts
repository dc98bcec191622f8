/** `profile hide` and `profile show`: an item stays in the folder and goes into (or out of) the page's hidden comment. */

import type { CommandContext } from '../commandContext.js';
import { displayPath } from '../profileDir.js';
import { printUpdates } from '../ui/printChanges.js';
import { changeItems } from '../useCases/changeItems.js';

export interface HideOptions {
  dir: string;
  ids: string[];
  /** true: hide; false: show. */
  hidden: boolean;
  json?: boolean;
  dryRun?: boolean;
}

export async function hideCommand(options: HideOptions, context: CommandContext): Promise<void> {
  const updates = await changeItems(
    options.dir,
    options.ids,
    (data, body) => {
      if ((data.hidden === true) === options.hidden) return { data: { ...data }, body };
      const { hidden: _dropped, ...rest } = data;
      return { data: options.hidden ? { ...data, hidden: true } : rest, body };
    },
    { displayDir: displayPath(options.dir, context.cwd), ...(options.dryRun ? { dryRun: true } : {}) },
  );
  const words = options.hidden
    ? { changed: 'hidden', unchanged: 'already hidden' }
    : { changed: 'shown', unchanged: 'already shown' };
  await printUpdates(updates, words, options, context);
}
