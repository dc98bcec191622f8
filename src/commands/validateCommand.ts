/** `profile validate`: every problem in the folder, as `path:line: message`; exit 1 when any is an error. */
import path from 'node:path';
import type { CommandContext } from '../commandContext.js';
import { ExitCode } from '../errors.js';
import { allItems } from '../model/items.js';
import { pageAdvice } from '../render/pageAdvice.js';
import { loadProfile } from '../store/loadProfile.js';
import { displayPath } from '../store/profileDir.js';
import { printProblems, sortProblems } from '../ui/printProblems.js';

export interface ValidateOptions {
  dir: string;
  json?: boolean;
}

export async function validateCommand(options: ValidateOptions, context: CommandContext): Promise<ExitCode> {
  const shownDir = displayPath(options.dir, context.cwd);
  const loaded = await loadProfile(options.dir, { displayDir: shownDir });
  const { profile } = loaded;
  const problems = [
    ...loaded.problems,
    ...(profile ? pageAdvice(profile, (relative) => path.join(shownDir, relative)) : []),
  ];
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const items = profile ? allItems(profile).length : 0;
  if (options.json) {
    context.stdout.write(
      `${JSON.stringify({ valid: errors === 0, errors, warnings, items, problems: sortProblems(problems) }, null, 2)}\n`,
    );
  } else {
    printProblems(problems, context.stderr);
    const summary =
      errors === 0
        ? `${shownDir}: valid (${items} ${items === 1 ? 'item' : 'items'}${warnings ? `, ${plural(warnings, 'warning')}` : ''})`
        : `${shownDir}: ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`;
    (errors === 0 ? context.stdout : context.stderr).write(`${summary}\n`);
  }
  return errors === 0 ? ExitCode.ok : ExitCode.problems;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
