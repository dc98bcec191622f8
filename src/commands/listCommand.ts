/** `profile list`: the items, newest first, as a table for people or JSON for scripts. */
import type { CommandContext } from '../commandContext.js';
import { itemDate, itemSummary } from '../model/itemSummary.js';
import type { Item } from '../model/items.js';
import { formatIsoDate } from '../model/partialDate.js';
import { displayPath } from '../profileDir.js';
import { itemJson } from '../render/itemJson.js';
import { printProblems } from '../ui/printProblems.js';
import { renderTable } from '../ui/table.js';
import { listItems } from '../useCases/listItems.js';
import { type ListKind, listKinds } from './listKinds.js';

export interface ListOptions {
  dir: string;
  kind?: ListKind;
  all?: boolean;
  json?: boolean;
  year?: number;
  selected?: boolean;
}

export async function listCommand(options: ListOptions, context: CommandContext): Promise<void> {
  const { items, warnings } = await listItems(options.dir, displayPath(options.dir, context.cwd), {
    ...(options.kind === undefined ? {} : { kind: listKinds[options.kind] }),
    all: options.all ?? false,
    ...(options.year === undefined ? {} : { year: options.year }),
    selected: options.selected ?? false,
  });
  printProblems(warnings, context.stderr);

  if (options.json) {
    context.stdout.write(`${JSON.stringify(items.map(itemJson), null, 2)}\n`);
    return;
  }
  if (items.length === 0) {
    context.stderr.write('no items match\n');
    return;
  }
  const chalk = context.color ? new (await import('chalk')).Chalk({ level: 1 }) : undefined;
  const rows = items.map((item) => [item.id, dateCell(item), flags(item), itemSummary(item)]);
  const width = context.stdout.isTTY ? (context.stdout as { columns?: number }).columns : undefined;
  context.stdout.write(
    renderTable(['ID', 'DATE', 'FLAGS', 'TITLE'], rows, {
      width,
      ...(chalk
        ? {
            header: (text: string) => chalk.bold(text),
            styleRow: (row, text) => (row[2]?.includes('hidden') ? chalk.dim(text) : text),
          }
        : {}),
    }),
  );
}

function dateCell(item: Item): string {
  const date = itemDate(item);
  return date === undefined ? '-' : formatIsoDate(date);
}

function flags(item: Item): string {
  const set: string[] = [];
  if (item.kind !== 'section' && item.fields.hidden) set.push('hidden');
  if (item.kind === 'publication' && item.fields.selected) set.push('selected');
  return set.join(',') || '-';
}
