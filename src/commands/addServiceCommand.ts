/** `profile add-service`: one service entry (a line of the page's service list) from flags, or asked for on a terminal. */

import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../errors.js';
import { serviceDraft } from '../model/itemDrafts.js';
import type { PartialDate } from '../model/partialDate.js';
import { serviceRoles } from '../model/vocabulary.js';
import { displayPath } from '../profileDir.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { loadProfile } from '../store/loadProfile.js';
import { askChoice, askDate, askText } from '../ui/prompts.js';
import { addWithConfirmation } from './addItemFlow.js';

export interface AddServiceOptions {
  dir: string;
  text?: string;
  role?: string;
  date?: PartialDate;
  order?: number;
  hidden?: boolean;
  json?: boolean;
  dryRun?: boolean;
  /** Add it even when a service entry with the same date and text is there. */
  force?: boolean;
}

export async function addServiceCommand(options: AddServiceOptions, context: CommandContext): Promise<void> {
  let { text, role, date } = options;
  const asking = !text?.trim() && context.interactive && !options.json;
  if (!text?.trim() && !asking) {
    throw new UsageError(
      'add-service needs the text of the entry: profile add-service "TEXT"',
      'example: profile add-service "Session Chair of KDD 2025." --role chair --date 2025',
    );
  }
  if (asking) {
    await assertProfileFolder(options.dir, displayPath(options.dir, context.cwd));
    const style = (await loadProfile(options.dir)).profile?.owner.page?.dateStyle ?? 'dotted';
    text = await askText('Service entry, as the page shows it (inline Markdown):', { required: true });
    role ??= (await askChoice('Role:', serviceRoles, { optional: true })) || undefined;
    date ??= await askDate('Year or date (optional):', { style });
  }
  const draft = serviceDraft({ ...options, text: text ?? '', role, date });
  await addWithConfirmation(draft, { ...options, confirm: asking }, context);
}
