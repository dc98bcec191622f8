/** `profile select` and `profile unselect`: whether a publication appears in `only: selected` sections, and where. */

import type { CommandContext } from '../commandContext.js';
import { displayPath } from '../profileDir.js';
import { printUpdates } from '../ui/printChanges.js';
import { changeItems } from '../useCases/changeItems.js';

export interface SelectOptions {
  dir: string;
  ids: string[];
  /** true: select; false: unselect. */
  selected: boolean;
  /** With select: the place among the publications (smaller first). */
  order?: number;
  json?: boolean;
  dryRun?: boolean;
}

export async function selectCommand(options: SelectOptions, context: CommandContext): Promise<void> {
  const { order } = options;
  const updates = await changeItems(
    options.dir,
    options.ids,
    (data, body) => {
      if (options.selected)
        return { data: { ...data, selected: true, ...(order === undefined ? {} : { order }) }, body };
      if (data.selected !== true) return { data: { ...data }, body };
      const { selected: _dropped, ...rest } = data;
      return { data: rest, body };
    },
    {
      kinds: ['publication'],
      displayDir: displayPath(options.dir, context.cwd),
      ...(options.dryRun ? { dryRun: true } : {}),
    },
  );
  const words = options.selected
    ? { changed: order === undefined ? 'selected' : `selected (order ${order})`, unchanged: 'already selected' }
    : { changed: 'unselected', unchanged: 'not selected' };
  await printUpdates(updates, words, options, context);
}
