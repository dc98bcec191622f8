/** What `export --site` and `export --check` tell the user: the files written or out of date, and a short diff. */
import type { CommandContext } from '../commandContext.js';
import type { SyncAction } from '../export/siteSync/planSiteSync.js';
import { renderDiff } from '../render/lineDiff.js';
import { escapeTerminalText } from './terminalText.js';

const listedFiles = 25;
const diffLinesPerFile = 12;

export type Painter = (line: string) => string;

export async function diffPainter(context: CommandContext): Promise<Painter> {
  if (!context.color) return (line) => line;
  const chalk = new (await import('chalk')).Chalk({ level: 1 });
  return (line) => (line.startsWith('+') ? chalk.green(line) : line.startsWith('-') ? chalk.red(line) : line);
}

const verbs: Record<SyncAction['kind'], string> = {
  create: 'create',
  update: 'update',
  remove: 'remove',
  unchanged: 'same',
  edited: 'edited',
  foreign: 'foreign',
};

/** `update  path` then a few diff lines, for each file that is not up to date. */
export function renderOutOfDate(actions: readonly SyncAction[], paint: Painter): string {
  const lines: string[] = [];
  for (const action of actions.slice(0, listedFiles)) {
    lines.push(`  ${verbs[action.kind].padEnd(7)} ${escapeTerminalText(action.path)}${explanation(action)}`);
    const before = 'before' in action ? (action.before ?? '') : '';
    const after = action.kind === 'remove' ? '' : (action.content ?? '');
    const diff = renderDiff(before, after, 1);
    for (const line of diff.slice(0, diffLinesPerFile)) lines.push(`      ${paint(escapeTerminalText(line))}`);
    if (diff.length > diffLinesPerFile) lines.push(`      … ${diff.length - diffLinesPerFile} more lines`);
  }
  if (actions.length > listedFiles) lines.push(`  … and ${actions.length - listedFiles} more files`);
  return `${lines.join('\n')}\n`;
}

function explanation(action: SyncAction): string {
  if (action.kind === 'edited') return ' (edited since profile wrote it)';
  if (action.kind === 'foreign') return ` (${action.what})`;
  return '';
}

/** `created path` lines for what was written, capped so a first export of a big site stays readable. */
export function renderWritten(actions: readonly SyncAction[]): string {
  const past: Partial<Record<SyncAction['kind'], string>> = { create: 'created', update: 'updated', remove: 'removed' };
  const changed = actions.filter((action) => past[action.kind] !== undefined);
  const lines = changed
    .slice(0, listedFiles)
    .map((action) => `${past[action.kind]} ${escapeTerminalText(action.path)}`);
  if (changed.length > listedFiles) lines.push(`… and ${changed.length - listedFiles} more`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export function countActions(actions: readonly SyncAction[]): Record<SyncAction['kind'], number> {
  const counts = { create: 0, update: 0, remove: 0, unchanged: 0, edited: 0, foreign: 0 };
  for (const action of actions) counts[action.kind]++;
  return counts;
}
