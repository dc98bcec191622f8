/** Runs the built CLI (or another program) as a real child process, never on a terminal, always with a time limit. */
import { type SpawnOptions, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hangLimitMs } from './timeLimits.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliBin = fileURLToPath(new URL('../../bin/profile.cjs', import.meta.url));
export const bundledProfile = fileURLToPath(new URL('../../profile', import.meta.url));

const builtCli = fileURLToPath(new URL('../../dist/profile.cjs', import.meta.url));
if (!existsSync(builtCli)) {
  throw new Error(`${builtCli} is missing: the e2e tests run the built CLI; run \`npm run build\` first`);
}

export interface RunOptions {
  cwd: string;
  /** Added to a clean copy of this process's environment; `undefined` removes a variable. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Text written to standard input, which is then closed. Without it, stdin is /dev/null. */
  input?: string;
  /** Standard input is a pipe that stays open and never gets a byte, like a stalled `cmd |`. */
  holdStdinOpen?: boolean;
  /** The child is killed after this long (default: hangLimitMs), so that a hang fails the test instead of blocking it. */
  timeoutMs?: number;
  /** Run as this user and group (a test running as root drops to one whom file permissions apply to). */
  user?: { uid: number; gid: number };
}

export interface RunResult {
  /** Null when the process was killed (e.g. by the time limit). */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

// Variables that change what the CLI does; a test that wants one passes it explicitly.
const influentialVariables = ['PROFILE_DIR', 'PROFILE_DEBUG', 'NO_COLOR', 'FORCE_COLOR', 'CLICOLOR', 'CLICOLOR_FORCE'];

export function cleanEnv(extra: Readonly<Record<string, string | undefined>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of influentialVariables) delete env[name];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** `profile ARGS` with `node` (this very binary) and the absolute path of bin/profile.cjs. */
export function runCli(args: readonly string[], options: RunOptions): Promise<RunResult> {
  return runProcess(process.execPath, [cliBin, ...args], options);
}

export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const timeoutMs = options.timeoutMs ?? hangLimitMs;
  // 'ignore' opens /dev/null: standard input is never a terminal.
  const stdin = options.input !== undefined || options.holdStdinOpen ? 'pipe' : 'ignore';
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stdio: [stdin, 'pipe', 'pipe'],
    ...options.user,
  };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, spawnOptions);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    // The child may exit without reading its input; that is not the test's failure.
    child.stdin?.on('error', () => {});
    if (options.input !== undefined) child.stdin?.end(options.input);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      child.stdin?.destroy();
      const err = Buffer.concat(stderr).toString('utf8');
      resolve({
        status,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        // Make a hang obvious in the failure message of whatever assertion comes first.
        stderr: timedOut ? `${err}\n[runCli: killed after ${timeoutMs} ms without exiting]\n` : err,
        timedOut,
        durationMs: Date.now() - started,
      });
    });
  });
}
