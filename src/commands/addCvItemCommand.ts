/** `profile add-education`, `add-position`, `add-award`, `add-teaching`, `add-student`, `add-grant`: one CV item from flags, or asked for on a terminal. */
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../errors.js';
import { type CvFieldSpec, cvKindSpec, optionKey } from '../model/cvItemSpecs.js';
import { cvDraft } from '../model/itemDrafts.js';
import type { CvItemKind } from '../model/items.js';
import type { PartialDate } from '../model/partialDate.js';
import { displayPath } from '../profileDir.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { loadProfile } from '../store/loadProfile.js';
import { askDate, askText } from '../ui/prompts.js';
import { addWithConfirmation } from './addItemFlow.js';

export interface AddCvItemOptions {
  dir: string;
  /** The positional argument (degree, title, name, course). */
  argument?: string;
  /** The flags by commander's key (`organisation`, `start`); dates already read. */
  values: Record<string, string | PartialDate | boolean | undefined>;
  notes?: string;
  hidden?: boolean;
  json?: boolean;
  dryRun?: boolean;
}

export async function addCvItemCommand(
  kind: CvItemKind,
  options: AddCvItemOptions,
  context: CommandContext,
): Promise<void> {
  const spec = cvKindSpec(kind);
  const values: Record<string, string | PartialDate | boolean | undefined> = {};
  for (const option of spec.options) values[option.field] = options.values[optionKey(option.flag)];
  values[spec.argument.field] = options.argument;
  const needed = [spec.argument, ...spec.options.filter((option) => option.required)];
  const missing = (field: CvFieldSpec) => {
    const value = values[field.field];
    return value === undefined || (typeof value === 'string' && value.trim() === '');
  };
  const asking = needed.some(missing) && context.interactive && !options.json;
  if (asking) {
    await assertProfileFolder(options.dir, displayPath(options.dir, context.cwd));
    const style = (await loadProfile(options.dir)).profile?.owner.page?.dateStyle ?? 'dotted';
    for (const field of needed.filter(missing)) {
      const question = field.prompt ?? `${field.field}:`;
      values[field.field] =
        field.type === 'date'
          ? await askDate(question, { style, required: true })
          : await askText(question, { required: true });
    }
  }
  const absent = needed.find(missing);
  if (absent) {
    const how = absent === spec.argument ? `the ${absent.field}` : `--${absent.flag}`;
    throw new UsageError(`${spec.command} needs ${how}`, `example: ${spec.example}`);
  }
  const draft = cvDraft({
    kind,
    values,
    ...(options.notes === undefined ? {} : { notes: options.notes }),
    ...(options.hidden ? { hidden: true } : {}),
  });
  await addWithConfirmation(draft, { ...options, confirm: asking }, context);
}
