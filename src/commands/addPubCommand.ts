/** `profile add-pub`: a publication typed by hand, from flags or asked for on a terminal. */

import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../errors.js';
import { type PublicationInput, publicationDraft } from '../model/itemDrafts.js';
import type { Owner } from '../model/schema.js';
import { displayPath } from '../profileDir.js';
import { labelFromVenue } from '../render/publicationLinks.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { loadProfile } from '../store/loadProfile.js';
import { askConfirm, askDate, askText } from '../ui/prompts.js';
import { addWithConfirmation } from './addItemFlow.js';

/** The draft's fields from flags; what a person can be asked for may be missing. */
export interface AddPubOptions extends Omit<PublicationInput, 'title' | 'authors' | 'links'> {
  dir: string;
  title?: string;
  /** As typed: `Zexi Li*`, `Li, Zexi#`, or several joined by `;` or ` and `. */
  authors: string[];
  links?: string[];
  json?: boolean;
  dryRun?: boolean;
}

export async function addPubCommand(options: AddPubOptions, context: CommandContext): Promise<void> {
  let { title, authors, date, venue, label, selected } = options;
  const asking = (!title?.trim() || authors.length === 0) && context.interactive && !options.json;
  let owner: Owner | undefined;
  const readOwner = async () => {
    await assertProfileFolder(options.dir, displayPath(options.dir, context.cwd));
    owner ??= (await loadProfile(options.dir)).profile?.owner;
    return owner;
  };
  if (asking) {
    const style = (await readOwner())?.page?.dateStyle ?? 'dotted';
    if (!title?.trim()) title = await askText('Title:', { required: true });
    if (authors.length === 0) {
      const list = await askText('Authors, separated by ";" or "and" (mark * equal contribution, # corresponding):', {
        required: true,
      });
      authors = [list];
    }
    date ??= await askDate('Year or date (optional):', { style });
    venue ??= (await askText('Venue: journal or proceedings (optional):')) || undefined;
    const suggested =
      venue === undefined ? undefined : labelFromVenue(venue, date?.year, (await readOwner())?.venueMap ?? []);
    label ??=
      (await askText('Label shown on the page, e.g. "NeurIPS 2024" (optional):', {
        ...(suggested === undefined ? {} : { default: suggested }),
      })) || undefined;
    selected ??= await askConfirm('Selected (shown in "only: selected" sections)?', false);
  }
  if (!title?.trim() || authors.length === 0) {
    throw new UsageError(
      `add-pub needs ${!title?.trim() ? 'the title' : 'the authors'}: profile add-pub "TITLE" --author "NAME" …`,
      'example: profile add-pub "WISE: Lifelong Model Editing" --author "Peng Wang*" --author "Zexi Li*" --date 2024 --label "NeurIPS 2024"',
    );
  }
  if (!asking && label === undefined && venue !== undefined && !options.json) {
    // The page writes this label where `label` would stand; saying so lets a person keep it or write another.
    const suggested = labelFromVenue(venue, date?.year, (await readOwner())?.venueMap ?? []);
    context.stderr.write(
      `note: without --label, the page shows "${suggested}" (the venue's short form and the year); --label "…" writes another\n`,
    );
  }
  const draft = publicationDraft({ ...options, title, authors, date, venue, label, selected });
  await addWithConfirmation(draft, { ...options, confirm: asking }, context);
}
