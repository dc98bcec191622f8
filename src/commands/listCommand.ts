/** `profile list`: the items, newest first, as a table for people or JSON for scripts. */
import type { CommandContext } from '../commandContext.js';
import { ExitCode } from '../errors.js';
import { citationCount } from '../model/citationCount.js';
import { itemDate, itemSummary } from '../model/itemSummary.js';
import type { Item } from '../model/items.js';
import { formatIsoDate } from '../model/partialDate.js';
import { displayPath } from '../profileDir.js';
import { itemJson } from '../render/itemJson.js';
import { printProblems } from '../ui/printProblems.js';
import { renderTable } from '../ui/table.js';
import { listItems } from '../useCases/listItems.js';
import type { ListKind } from './listKinds.js';

export interface ListOptions {
  dir: string;
  kind?: ListKind;
  all?: boolean;
  json?: boolean;
  year?: number;
  selected?: boolean;
  sort?: 'newest' | 'citations';
}

/** An item file with an error is listed as `invalid` (its problem on stderr), and the exit code is 1. */
export async function listCommand(options: ListOptions, context: CommandContext): Promise<ExitCode> {
  const { items, problems, invalid, hiddenCount } = await listItems(
    options.dir,
    displayPath(options.dir, context.cwd),
    {
      ...(options.kind === undefined ? {} : { kind: options.kind }),
      all: options.all ?? false,
      ...(options.year === undefined ? {} : { year: options.year }),
      selected: options.selected ?? false,
      ...(options.sort === undefined ? {} : { sort: options.sort }),
    },
  );
  printProblems(problems, context.stderr);
  const exitCode = problems.some((problem) => problem.severity === 'error') ? ExitCode.problems : ExitCode.ok;

  if (options.json) {
    writeJsonList(items, context.stdout);
    return exitCode;
  }
  if (items.length === 0 && invalid.length === 0) {
    context.stderr.write(`no items match${hiddenCount ? `; ${hiddenNote(hiddenCount)}` : ''}\n`);
    return exitCode;
  }
  const chalk = context.color ? new (await import('chalk')).Chalk({ level: 1 }) : undefined;
  const rows = [
    ...items.map((item) => [
      item.id,
      dateCell(item),
      flags(item),
      ...(options.sort === 'citations' ? [citedCell(item)] : []),
      itemSummary(item),
    ]),
    ...invalid.map((file) => [
      file.id,
      '-',
      'invalid',
      ...(options.sort === 'citations' ? ['-'] : []),
      '(the file has an error, shown above)',
    ]),
  ];
  const width = context.stdout.isTTY ? (context.stdout as { columns?: number }).columns : undefined;
  context.stdout.write(
    renderTable(['ID', 'DATE', 'FLAGS', ...(options.sort === 'citations' ? ['CITED'] : []), 'TITLE'], rows, {
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

/**
 * The same text as `JSON.stringify(items.map(itemJson), null, 2)`, made and written a batch of items at a time: for
 * 10,000 publications one string of tens of megabytes, and its UTF-8 copy, cost more than making the text. Each batch
 * is one `JSON.stringify` of its items, written as it comes out (without its brackets), so that no text is copied
 * into a longer one before it is written.
 */
function writeJsonList(items: readonly Item[], stdout: CommandContext['stdout']): void {
  if (items.length === 0) {
    stdout.write('[]\n');
    return;
  }
  for (let start = 0; start < items.length; start += jsonBatchItems) {
    const batch = items.slice(start, start + jsonBatchItems).map(itemJson);
    // `[\n  {…},\n  {…}\n]`: the items of a batch are indented as they are in the whole list.
    const text = JSON.stringify(batch, null, 2);
    stdout.write(start === 0 ? '[' : ',');
    stdout.write(text.slice(1, -2));
  }
  stdout.write('\n]\n');
}

/**
 * Items per batch of `list --json`: about 40,000 characters for publications imported from BibTeX. Text and bytes of
 * that size are made in memory the process already has; a megabyte batch (500 items) is put in fresh pages each time
 * (V8's space for large objects, and a buffer of its own), which for 10,000 publications touched about 13,000 more
 * pages (46,500 against 33,000, `/usr/bin/time -f %R`) and cost about 7 % more CPU time.
 */
const jsonBatchItems = 16;

function hiddenNote(count: number): string {
  return `${count} hidden; --all shows ${count === 1 ? 'it' : 'them'}`;
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

/** The count `--sort citations` ordered by, `-` for none. */
function citedCell(item: Item): string {
  const count = item.kind === 'publication' ? citationCount(item.fields) : undefined;
  return count === undefined ? '-' : String(count);
}
