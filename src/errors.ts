/** The one error type for expected failures: the CLI prints it as `file:line: message` plus a hint. */

export const ExitCode = {
  ok: 0,
  problems: 1,
  usage: 2,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface ProfileErrorOptions {
  file?: string;
  line?: number;
  hint?: string;
  exitCode?: ExitCode;
  cause?: unknown;
}

export class ProfileError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;

  constructor(message: string, options: ProfileErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProfileError';
    this.file = options.file;
    this.line = options.line;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.problems;
  }
}

export class UsageError extends ProfileError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: ExitCode.usage, ...(hint === undefined ? {} : { hint }) });
    this.name = 'UsageError';
  }
}

/** `path:line: message`, the form editors and CI annotations understand. */
export function formatLocation(file: string | undefined, line: number | undefined): string {
  if (file === undefined) return '';
  return line === undefined ? `${file}: ` : `${file}:${line}: `;
}
