/** `profile validate`: every problem in the folder, as `path:line: message`; exit 1 when any is an error. */
import type { CommandContext } from '../commandContext.js';
import { ExitCode } from '../errors.js';
import { displayPath } from '../profileDir.js';
import { printProblems, sortProblems } from '../ui/printProblems.js';
import { validateProfile } from '../useCases/validateProfile.js';

export interface ValidateOptions {
  dir: string;
  json?: boolean;
}

export async function validateCommand(options: ValidateOptions, context: CommandContext): Promise<ExitCode> {
  const shownDir = displayPath(options.dir, context.cwd);
  const { problems, errors, warnings, items } = await validateProfile(options.dir, shownDir);
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
