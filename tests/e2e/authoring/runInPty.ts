/** Runs the built CLI on a pseudo-terminal (through python3's pty module) and answers its prompts step by step. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cleanEnv, cliBin, runProcess } from '../runCli.js';
import { hangLimitMs } from '../timeLimits.js';

const driver = fileURLToPath(new URL('./ptyDriver.py', import.meta.url));

/** False on machines without python3; the terminal tests are skipped there. */
export const hasPython = spawnSync('python3', ['--version']).status === 0;

export interface PtyStep {
  /** A regular expression the screen must show (colours removed) before `send` is typed. */
  expect: string;
  send: string;
}

export interface PtyResult {
  status: number;
  /** Everything the terminal showed, ANSI codes removed. */
  output: string;
  timedOut: boolean;
  /** The index of the step whose text never appeared, or null. */
  failedStep: number | null;
}

export const keys = { enter: '\r', ctrlC: '\u0003' };

export async function runCliInPty(
  args: readonly string[],
  options: { cwd: string; env?: Readonly<Record<string, string | undefined>>; steps: PtyStep[]; timeoutMs?: number },
): Promise<PtyResult> {
  const timeoutMs = options.timeoutMs ?? hangLimitMs;
  const spec = {
    argv: [process.execPath, cliBin, ...args],
    cwd: options.cwd,
    env: cleanEnv({ TERM: 'xterm', ...options.env }),
    steps: options.steps,
    timeout: timeoutMs / 1000,
  };
  const result = await runProcess('python3', [driver, JSON.stringify(spec)], {
    cwd: options.cwd,
    timeoutMs: timeoutMs + 5_000,
  });
  if (result.status !== 0) throw new Error(`the pty driver failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as PtyResult;
}
