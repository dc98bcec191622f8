/** Problems printed as `file:line: error: message`, the form editors and CI annotations pick up. */
import type { OutputStream } from '../commandContext.js';
import type { Problem } from '../problems.js';

export function formatProblem(problem: Problem): string {
  const location = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const hint = problem.hint === undefined ? '' : `\n  hint: ${problem.hint}`;
  return `${location}: ${problem.severity}: ${problem.message}${hint}\n`;
}

export function printProblems(problems: readonly Problem[], stream: OutputStream): void {
  for (const problem of sortProblems(problems)) stream.write(formatProblem(problem));
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
  );
}
