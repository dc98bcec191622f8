/** What the writing commands print: the new id, the items as JSON, or for `--dry-run` the files as they would be. */
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { displayPath } from '../profileDir.js';
import { itemJson } from '../render/itemJson.js';
import { renderDiff } from '../render/lineDiff.js';
import type { AddedItem } from '../useCases/addItem.js';
import type { ItemUpdate } from '../useCases/changeItems.js';
import { escapeTerminalLines, escapeTerminalText } from './terminalText.js';

export interface PrintOptions {
  dir: string;
  json?: boolean;
  dryRun?: boolean;
}

const nothingWritten = 'dry run: nothing was written\n';

/** The new id on stdout (scripts capture it), the item with `--json`, the whole file with `--dry-run`. */
export function printAdded(added: AddedItem, options: PrintOptions, context: CommandContext): void {
  if (options.json) {
    context.stdout.write(`${JSON.stringify(itemJson(added.item), null, 2)}\n`);
  } else if (options.dryRun) {
    context.stdout.write(
      `would create ${escapeTerminalText(shownFile(added.item.file, options, context))}:\n${escapeTerminalLines(added.text)}`,
    );
  } else {
    context.stdout.write(`${escapeTerminalText(added.item.id)}\n`);
  }
  if (options.dryRun) context.stderr.write(nothingWritten);
}

/** One line per item (`news/x: hidden`), the items as JSON, or with `--dry-run` a diff of each file. */
export async function printUpdates(
  updates: readonly ItemUpdate[],
  words: { changed: string; unchanged: string },
  options: PrintOptions,
  context: CommandContext,
): Promise<void> {
  if (options.json) {
    context.stdout.write(
      `${JSON.stringify(
        updates.map((update) => itemJson(update.item)),
        null,
        2,
      )}\n`,
    );
  } else if (options.dryRun) {
    const paint = await diffPainter(context);
    for (const update of updates) {
      if (!update.changed) {
        context.stdout.write(`${escapeTerminalText(update.ref.id)}: ${words.unchanged}\n`);
        continue;
      }
      context.stdout.write(`would change ${escapeTerminalText(shownFile(update.ref.file, options, context))}:\n`);
      for (const line of renderDiff(update.before, update.after)) {
        context.stdout.write(`${paint(escapeTerminalText(line))}\n`);
      }
    }
  } else {
    for (const update of updates) {
      context.stdout.write(
        `${escapeTerminalText(update.ref.id)}: ${update.changed ? words.changed : words.unchanged}\n`,
      );
    }
  }
  if (options.dryRun) context.stderr.write(nothingWritten);
}

function shownFile(file: string, options: PrintOptions, context: CommandContext): string {
  return path.join(displayPath(options.dir, context.cwd), file);
}

async function diffPainter(context: CommandContext): Promise<(line: string) => string> {
  if (!context.color) return (line) => line;
  const chalk = new (await import('chalk')).Chalk({ level: 1 });
  return (line) => (line.startsWith('+') ? chalk.green(line) : line.startsWith('-') ? chalk.red(line) : line);
}
