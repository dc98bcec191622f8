/** What `validate` reports and loading collects: a problem in one file, at one line where known. */
import { ProfileError } from './errors.js';

export interface Problem {
  severity: 'error' | 'warning';
  /** Path as the user would type it: the profile folder joined with the file. */
  file: string;
  line?: number;
  message: string;
  hint?: string;
}

/** Thrown when a command needs a profile without errors and the folder has some. */
export class InvalidProfileError extends ProfileError {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(`the profile has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`, {
      hint: 'fix the files named above; `profile validate` lists every problem',
    });
    this.name = 'InvalidProfileError';
    this.problems = problems;
  }
}

export function problemFromError(error: ProfileError, fallbackFile: string): Problem {
  return {
    severity: 'error',
    file: error.file ?? fallbackFile,
    ...(error.line === undefined ? {} : { line: error.line }),
    message: error.message,
    ...(error.hint === undefined ? {} : { hint: error.hint }),
  };
}
