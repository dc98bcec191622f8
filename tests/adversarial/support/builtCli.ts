/**
 * The built CLI, copied once per test file into a private folder and run from there as a real process: another
 * engineer's `npm run build` empties dist/ for a moment, which must not fail these long suites.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { RunOptions, RunResult } from '../../e2e/runCli.js';

export type { RunResult };

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The preload that makes file-system calls fail on purpose (see faultyFs.mjs). */
export const faultyFsPreload = fileURLToPath(new URL('./faultyFs.mjs', import.meta.url));

export interface Faults {
  /** Writes to files opened below this folder fail, after `writeFailsAfter` opens that succeed (default 0). */
  writeFailsUnder?: string;
  writeError?: 'ENOSPC' | 'EACCES' | 'EROFS';
  writeFailsAfter?: number;
  /** Reading these files or folders fails with EACCES. */
  unreadable?: string[];
  /** After the first read of `file`, another program writes `text` to it. */
  changeOnRead?: { file: string; text: string };
  /**
   * write(2) below `under` returns short counts, as the kernel may: at most `bytesPerWrite` bytes a call; once
   * `bytesLeft` bytes are taken, the call that goes past takes what fits and the next fails with ENOSPC (or returns 0).
   */
  shortWrites?: { under: string; bytesPerWrite?: number; bytesLeft?: number; whenFull?: 'ENOSPC' | 'zero' };
  /** The rename into or out of `under` after `after` that succeed fails with `error` (default EIO); with `every`, all from there on. */
  renameFails?: { under: string; after: number; error?: 'EIO' | 'ENOSPC' | 'EXDEV'; every?: boolean };
  /**
   * SIGKILL just before the file-system call below `under` (open for writing, rename, mkdir, rmdir, unlink) that
   * follows the first `after`; with `afterFailure`, counted from the first failed rename on.
   */
  killAt?: { under: string; after: number; afterFailure?: boolean };
  /** Every write to standard output fails with this code. */
  stdoutError?: 'EIO' | 'ENOSPC';
}

export interface CliRunOptions extends RunOptions {
  faults?: Faults;
}

export interface BuiltCli {
  (args: readonly string[], options: CliRunOptions): Promise<RunResult>;
  /** The copy's bin/ script, for tests that spawn and signal the process themselves. */
  bin: string;
}

const copy = mkdtempSync(path.join(os.tmpdir(), 'profile-cli-copy-'));
await copyCompleteBuild(copy);
// runCli.ts checks dist/ when it is loaded, so it is loaded once a whole build has been seen.
const { runProcess } = await import('../../e2e/runCli.js');

/** Call at the top of a test file; returns `profile ARGS` run from this file's copy of the build. */
export function useBuiltCli(): BuiltCli {
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  const bin = binScript(copy) as string;
  const run = (args: readonly string[], options: CliRunOptions) => {
    const { faults, env, ...rest } = options;
    const faultEnv = faults
      ? { NODE_OPTIONS: `--import=${faultyFsPreload}`, PROFILE_TEST_FAULTS: JSON.stringify(faults) }
      : {};
    return runProcess(process.execPath, [bin, ...args], { ...rest, env: { ...env, ...faultEnv } });
  };
  return Object.assign(run, { bin });
}

/** Copies bin/, dist/ and package.json, retrying while a build is half written (a file required but missing). */
async function copyCompleteBuild(target: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    rmSync(target, { recursive: true, force: true });
    try {
      for (const entry of ['bin', 'dist', 'package.json'])
        cpSync(path.join(repoRoot, entry), path.join(target, entry), { recursive: true });
      if (isCompleteBuild(target)) return;
    } catch {
      // dist/ vanished while it was copied: try again.
    }
    if (attempt === 150) throw new Error('dist/ is missing or incomplete: run `npm run build` first');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function binScript(folder: string): string | undefined {
  const name = readdirSync(path.join(folder, 'bin')).find((entry) => /^profile\.c?js$/.test(entry));
  return name === undefined ? undefined : path.join(folder, 'bin', name);
}

function isCompleteBuild(folder: string): boolean {
  if (binScript(folder) === undefined || !existsSync(path.join(folder, 'dist'))) return false;
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.c?js$/.test(name));
  for (const file of files) {
    const text = readFileSync(path.join(folder, file), 'utf8');
    for (const [, imported] of text.matchAll(/["'](\.\.?\/[\w./-]+\.c?js)["']/g)) {
      if (!existsSync(path.resolve(path.dirname(path.join(folder, file)), imported as string))) return false;
    }
  }
  return files.length > 1;
}
