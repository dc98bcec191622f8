/** `profile list`: the items, newest first, as a table for people or JSON for scripts. */
import type { CommandContext } from '../commandContext.js';
import { itemDate, itemSummary } from '../model/itemSummary.js';
import { allItems, type Item, type ItemKind } from '../model/items.js';
import { comparePartialDates, formatIsoDate } from '../model/partialDate.js';
import { displayPath } from '../profileDir.js';
import { itemJson } from '../render/itemJson.js';
import { loadValidProfile } from '../store/loadProfile.js';
import { printProblems } from '../ui/printProblems.js';
import { renderTable } from '../ui/table.js';
import { type ListKind, listKinds } from './listKinds.js';

export interface ListOptions {
  dir: string;
  kind?: ListKind;
  all?: boolean;
  json?: boolean;
  year?: number;
  selected?: boolean;
}

const kindOrder: ItemKind[] = ['news', 'publication', 'talk', 'service'];

export async function listCommand(options: ListOptions, context: CommandContext): Promise<void> {
  const { profile, warnings } = await loadValidProfile(options.dir, {
    displayDir: displayPath(options.dir, context.cwd),
  });
  printProblems(warnings, context.stderr);
  const items = allItems(profile)
    .filter((item) => kindOrder.includes(item.kind))
    .filter((item) => options.kind === undefined || item.kind === listKinds[options.kind])
    .filter((item) => options.all || item.fields.hidden !== true)
    .filter((item) => options.year === undefined || itemDate(item)?.year === options.year)
    .filter((item) => !options.selected || (item.kind === 'publication' && item.fields.selected === true))
    .sort(compareForList);

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

function compareForList(a: Item, b: Item): number {
  const byKind = kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  const dateA = itemDate(a);
  const dateB = itemDate(b);
  if (dateA && dateB) {
    const byDate = comparePartialDates(dateB, dateA);
    if (byDate !== 0) return byDate;
  } else if (dateA !== dateB) {
    return dateA ? -1 : 1;
  }
  const orderA = a.kind === 'section' ? 0 : (a.fields.order ?? 0);
  const orderB = b.kind === 'section' ? 0 : (b.fields.order ?? 0);
  return orderA - orderB || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
