/** `profile add-news`: one news item from flags, or asked for on a terminal with a preview of the page line. */
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../errors.js';
import { newsDraft } from '../model/itemDrafts.js';
import type { NewsItem } from '../model/items.js';
import { type DateStyle, type PartialDate, partialDateFromClock } from '../model/partialDate.js';
import { displayPath } from '../profileDir.js';
import { renderNewsLine } from '../render/itemLines.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { loadProfile } from '../store/loadProfile.js';
import { askConfirm, askDate, askText } from '../ui/prompts.js';
import { addWithConfirmation } from './addItemFlow.js';

export interface AddNewsOptions {
  dir: string;
  text?: string;
  /** Default: this month. */
  date?: PartialDate;
  hidden?: boolean;
  link?: string;
  json?: boolean;
  dryRun?: boolean;
  /** Add it even when a news item with the same date and text is there. */
  force?: boolean;
}

export async function addNewsCommand(options: AddNewsOptions, context: CommandContext): Promise<void> {
  const displayDir = displayPath(options.dir, context.cwd);
  const thisMonth = partialDateFromClock(context.now?.() ?? new Date(), 'month');
  let { text, date } = options;
  const missing = text === undefined || text.trim() === '' || date === undefined;
  // --json is for scripts, and a prompt would write into its output.
  const asking = missing && context.interactive && !options.json;
  if ((text === undefined || text.trim() === '') && !asking) {
    throw new UsageError(
      'add-news needs the text of the news item: profile add-news "TEXT"',
      'example: profile add-news "Our paper is accepted by KDD 2025!" --date 2025.05',
    );
  }
  let style: DateStyle = 'dotted';
  let layout: string | undefined;
  if (asking) {
    await assertProfileFolder(options.dir, displayDir);
    const page = (await loadProfile(options.dir)).profile?.owner.page;
    style = page?.dateStyle ?? style;
    layout = page?.layouts?.news;
    if (text === undefined || text.trim() === '') text = await askText('News (inline Markdown):', { required: true });
    date ??= await askDate('Date:', { default: thisMonth, style, required: true });
  }
  const draft = newsDraft({ text: text ?? '', date: date ?? thisMonth, hidden: options.hidden, link: options.link });
  if (asking) {
    const preview: NewsItem = { kind: 'news', id: '', file: '', body: draft.body, fields: { date: date ?? thisMonth } };
    context.stdout.write(`\n${renderNewsLine(preview, style, layout)}${options.hidden ? '   (hidden)' : ''}\n\n`);
    if (!(await askConfirm(options.dryRun ? 'Show the file it would write?' : 'Add it?', true))) {
      context.stderr.write('nothing was written\n');
      return;
    }
  }
  await addWithConfirmation(draft, { ...options, confirm: false }, context);
}
