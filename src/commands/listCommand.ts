/** `profile list`: the items, newest first, as a table for people or JSON for scripts. */
import type { CommandContext } from '../commandContext.js';
import { ExitCode } from '../errors.js';
import { itemDate, itemSummary } from '../model/itemSummary.js';
import { allItems, type Item, type ItemKind } from '../model/items.js';
import { comparePartialDates, formatIsoDate } from '../model/partialDate.js';
import { itemJson } from '../render/itemJson.js';
import { loadProfileLeniently, type RejectedItemFile } from '../store/loadProfile.js';
import { displayPath } from '../store/profileDir.js';
import { printProblems } from '../ui/printProblems.js';
import { renderTable } from '../ui/table.js';
import type { ListKind } from './listKinds.js';

export interface ListOptions {
  dir: string;
  kind?: ListKind;
  all?: boolean;
  json?: boolean;
  year?: number;
  selected?: boolean;
}

const kindOrder: ItemKind[] = ['news', 'publication', 'talk', 'service'];

/** Lists what it can: an item file with an error is shown as `invalid` (its problem on stderr), and the exit code is 1. */
export async function listCommand(options: ListOptions, context: CommandContext): Promise<ExitCode> {
  const { profile, problems, rejected } = await loadProfileLeniently(options.dir, {
    displayDir: displayPath(options.dir, context.cwd),
  });
  printProblems(problems, context.stderr);
  const exitCode = problems.some((problem) => problem.severity === 'error') ? ExitCode.problems : ExitCode.ok;
  const matching = allItems(profile)
    .filter((item) => kindOrder.includes(item.kind))
    .filter((item) => options.kind === undefined || item.kind === options.kind)
    .filter((item) => options.year === undefined || itemDate(item)?.year === options.year)
    .filter((item) => !options.selected || (item.kind === 'publication' && item.fields.selected === true));
  const items = matching.filter((item) => options.all || item.fields.hidden !== true).sort(compareForList);
  const hiddenCount = matching.length - items.length;

  if (options.json) {
    context.stdout.write(`${JSON.stringify(items.map(itemJson), null, 2)}\n`);
    return exitCode;
  }
  // An invalid file's date and flags are unknown, so it can match no filter but its kind.
  const invalid = options.year === undefined && !options.selected ? rejectedOfKind(rejected, options.kind) : [];
  if (items.length === 0 && invalid.length === 0) {
    context.stderr.write(`no items match${hiddenCount ? `; ${hiddenNote(hiddenCount)}` : ''}\n`);
    return exitCode;
  }
  const chalk = context.color ? new (await import('chalk')).Chalk({ level: 1 }) : undefined;
  const rows = [
    ...items.map((item) => [item.id, dateCell(item), flags(item), itemSummary(item)]),
    ...invalid.map((file) => [file.id, '-', 'invalid', '(the file has an error, shown above)']),
  ];
  const width = context.stdout.isTTY ? (context.stdout as { columns?: number }).columns : undefined;
  context.stdout.write(
    renderTable(['ID', 'DATE', 'FLAGS', 'TITLE'], rows, {
      width,
      ...(chalk
        ? {
            header: (text: string) => chalk.bold(text),
            styleRow: (row, text) =>
              row[2] === 'invalid' ? chalk.red(text) : row[2]?.includes('hidden') ? chalk.dim(text) : text,
          }
        : {}),
    }),
  );
  if (hiddenCount > 0) context.stderr.write(`${hiddenNote(hiddenCount)}\n`);
  return exitCode;
}

function hiddenNote(count: number): string {
  return `${count} hidden; --all shows ${count === 1 ? 'it' : 'them'}`;
}

function rejectedOfKind(rejected: readonly RejectedItemFile[], kind: ItemKind | undefined): RejectedItemFile[] {
  return rejected
    .filter((file) => kindOrder.includes(file.kind) && (kind === undefined || file.kind === kind))
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || (a.id < b.id ? -1 : 1));
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
