/** `profile add-talk`: one talk from flags, or asked for on a terminal. */

import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../errors.js';
import { type TalkInput, talkDraft } from '../model/itemDrafts.js';
import { type PartialDate, partialDateFromClock } from '../model/partialDate.js';
import { displayPath } from '../profileDir.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { loadProfile } from '../store/loadProfile.js';
import { askDate, askText } from '../ui/prompts.js';
import { addWithConfirmation } from './addItemFlow.js';

/** The draft's fields from flags; what a person can be asked for may be missing. */
export interface AddTalkOptions extends Omit<TalkInput, 'title' | 'date'> {
  dir: string;
  title?: string;
  date?: PartialDate;
  json?: boolean;
  dryRun?: boolean;
  /** Add it even when a talk with the same date and title is there. */
  force?: boolean;
}

export async function addTalkCommand(options: AddTalkOptions, context: CommandContext): Promise<void> {
  let { title, date, venue } = options;
  const asking = (!title?.trim() || date === undefined) && context.interactive && !options.json;
  if (asking) {
    await assertProfileFolder(options.dir, displayPath(options.dir, context.cwd));
    const style = (await loadProfile(options.dir)).profile?.owner.page?.dateStyle ?? 'dotted';
    if (!title?.trim()) title = await askText('Title of the talk:', { required: true });
    const today = partialDateFromClock(context.now?.() ?? new Date(), 'day');
    date ??= await askDate('Date:', { default: today, style, required: true });
    venue ??= (await askText('Venue or host (optional):')) || undefined;
  }
  if (!title?.trim() || date === undefined) {
    throw new UsageError(
      `add-talk needs ${!title?.trim() ? 'the title' : 'the date'}: profile add-talk "TITLE" --date YYYY-MM-DD`,
      'example: profile add-talk "Model Editing for LLMs" --date 2025-04-28 --venue "Xtra Lab, NUS"',
    );
  }
  const draft = talkDraft({ ...options, title, date, venue });
  await addWithConfirmation(draft, { ...options, confirm: asking }, context);
}
