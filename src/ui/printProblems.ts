/** Problems printed as `file:line: error: message`, the form editors and CI annotations pick up. */

import type { OutputStream } from '../commandContext.js';
import type { Problem } from '../problems.js';
import { escapeTerminalText } from './terminalText.js';

/** One problem, its file name, message and hint with control characters escaped (they come from files). */
export function formatProblem(problem: Problem): string {
  const file = escapeTerminalText(problem.file);
  const location = problem.line === undefined ? file : `${file}:${problem.line}`;
  const hint = problem.hint === undefined ? '' : `\n  hint: ${escapeTerminalText(problem.hint)}`;
  return `${location}: ${problem.severity}: ${escapeTerminalText(problem.message)}${hint}\n`;
}

export function printProblems(problems: readonly Problem[], stream: OutputStream): void {
  for (const problem of sortProblems(problems)) stream.write(formatProblem(problem));
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
  );
}
