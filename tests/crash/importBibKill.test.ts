/**
 * Crash safety of `import-bib`: a 1,000-entry file made by the benchmark's generator is imported by one continuing
 * import that is killed with SIGKILL at random moments, at least 20 times (while it parses, loads, holds the lock and
 * writes). After every kill `profile validate` passes and every publication file is whole; the lock the killed
 * process held is taken over at once; and a final run finishes the job: 1,000 publications, no duplicate, no
 * temporary file left. The profile holds a publication of the user's own, so that the files are created one by
 * one; a second test kills the import into an empty publications folder, whose files appear all at once, while it
 * writes them into its staging folder. (The benchmark imports 10,000; what a kill can break does not grow with the
 * count, the time this test takes does.)
 * To keep the wall time down, each validate runs while the next import starts: files appear whole or not at all, so
 * the folder must be valid at any moment, which is a stronger check than between runs.
 * Kills "by time" are drawn within most of the time a dry run of the same import takes on this machine (reading and
 * planning, no writes), so that they land inside the import on a fast machine and on a loaded one alike, also once
 * every entry is in; no duration is asserted.
 * The randomness is seeded, with a fixed seed by default (the same code gets the same draws);
 * PROFILE_CRASH_SEED=random explores, PROFILE_CRASH_SEED=N repeats a run; every failure message names the seed.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadProfile } from '../../src/store/loadProfile.js';
import { useBuiltCli } from '../adversarial/support/builtCli.js';
import { cleanEnv, repoRoot } from '../e2e/runCli.js';
import { hangLimitMs, scaledMs } from '../e2e/timeLimits.js';

const cli = useBuiltCli();
const entries = 1_000;
const kills = 20;
const seedSetting = process.env.PROFILE_CRASH_SEED;
const seed =
  seedSetting === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(seedSetting === undefined ? 20_251_202 : seedSetting);
const why = `seed ${seed} (rerun with PROFILE_CRASH_SEED=${seed})`;

const root = mkdtempSync(path.join(os.tmpdir(), 'profile-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** mulberry32: small, fast, and the same sequence for the same seed. */
function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ending {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Killed by the hang limit, not by the test's plan: a failure. */
  hung: boolean;
}

/** Runs `import-bib` and SIGKILLs it once `killWhen` says so; resolves when the process is gone (and reaped). */
function importUntil(
  dir: string,
  killWhen: (child: ChildProcess, kill: () => void) => () => void,
  bib = 'big.bib',
): Promise<Ending> {
  const started = Date.now();
  const child = spawn(process.execPath, [cli.bin, 'import-bib', bib, '--dir', dir], {
    cwd: root,
    env: cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = killWhen(child, () => child.kill('SIGKILL'));
  // Whatever happens, no run outlives the hang limit.
  let hung = false;
  const guard = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, hangLimitMs);
  return new Promise((resolve) => {
    child.on('close', (status, signal) => {
      stop();
      clearTimeout(guard);
      resolve({ status, signal, stdout, stderr, ms: Date.now() - started, hung });
    });
  });
}

/** Every publication file is whole: front matter opened and closed, the last line ended. */
function brokenFiles(dir: string): string[] {
  const folder = path.join(dir, 'publications');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .filter((name) => {
      const text = readFileSync(path.join(folder, name), 'utf8');
      return !text.startsWith('---\nkey: ') || !/\n---\n/.test(text.slice(4)) || !text.endsWith('\n');
    });
}

const handWritten =
  '---\nkey: lovelace1843notes\ntype: article-journal\ntitle: Notes on the Analytical Engine\nauthors:\n  - { family: Lovelace, given: Ada }\ndate: "1843"\n---\n';

function publicationCount(dir: string): number {
  return readdirSync(path.join(dir, 'publications')).filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .length;
}

describe('import-bib killed with SIGKILL at random moments', () => {
  test(
    `${kills} kills of a continuing import, validate after each, then a run that finishes the job`,
    async () => {
      const random = seededRandom(seed);
      writeFileSync(
        path.join(root, 'big.bib'),
        execFileSync(process.execPath, [path.join(repoRoot, 'bench/generateBib.mjs'), String(entries), '1'], {
          maxBuffer: 64 * 1024 * 1024,
        }),
      );
      const dir = path.join(root, 'profile');
      const init = await cli(['init', dir, '--name', 'Ada Lovelace'], { cwd: root });
      expect(init.status, why).toBe(0);
      // A publication of the user's own: into a folder that holds one, the import creates its files one by one, the
      // path killed here (into an empty folder they appear all at once, tested below).
      writeFileSync(path.join(dir, 'publications', 'hand-written.md'), handWritten);
      // How long reading and planning the whole file takes here: the span the kills by time are drawn from.
      const dryRunStarted = Date.now();
      const dryRun = await cli(['import-bib', 'big.bib', '--dir', dir, '--dry-run'], { cwd: root });
      expect(dryRun.status, `${why}\n${dryRun.stderr}`).toBe(0);
      const importSpanMs = 0.8 * (Date.now() - dryRunStarted);

      const log: string[] = [];
      let killed = 0;
      let validateMs = 0;
      const validateNow = async (round: number) => {
        const started = Date.now();
        const validate = await cli(['validate', '--dir', dir, '--json'], { cwd: root });
        validateMs = Math.max(validateMs, Date.now() - started);
        const report = JSON.parse(validate.stdout || '{}') as { valid?: boolean; errors?: number };
        expect(
          { status: validate.status, valid: report.valid, errors: report.errors },
          `${why}, round ${round}`,
        ).toEqual({
          status: 0,
          valid: true,
          errors: 0,
        });
      };
      let validation: Promise<void> = Promise.resolve();
      // A round whose import ends before its kill is no failure; rounds are bounded so that the test ends.
      for (let round = 0; killed < kills && round < kills * 3; round++) {
        const before = publicationCount(dir);
        const remaining = entries - before;
        const killsLeft = kills - killed;
        // Half while files are being written (after `target` new ones); half at a moment picked by time alone, which
        // lands in the parse, the load under the lock, or the writes.
        const byFiles = remaining > 0 && random() < 0.5;
        const target = 1 + Math.floor((random() * 2 * remaining) / (killsLeft + 1));
        const delay = Math.floor(random() * importSpanMs);
        const ending = await importUntil(dir, (_child, kill) => {
          if (!byFiles) {
            const timer = setTimeout(kill, delay);
            return () => clearTimeout(timer);
          }
          // No timer here: a file event the watcher misses means a round without a kill, and the loop goes on.
          let seen = 0;
          const watcher = watch(path.join(dir, 'publications'), (_event, name) => {
            if (name?.endsWith('.md') && !name.startsWith('.') && ++seen >= target) kill();
          });
          return () => watcher.close();
        });
        await validation;
        expect(ending.hung, `${why}: an import hung, round ${round}`).toBe(false);
        if (ending.signal === 'SIGKILL') killed++;
        else expect(ending.status, `${why}: an import that was not killed failed:\n${ending.stderr}`).toBe(0);
        expect(brokenFiles(dir), `${why}, round ${round}`).toEqual([]);
        validation = validateNow(round);
        log.push(
          `round ${round}: ${byFiles ? `after ${target} files` : `after ${delay} ms`}, ${ending.signal ?? `exit ${ending.status}`} at ${ending.ms} ms, ${before} → ${publicationCount(dir)} files`,
        );
      }
      expect(killed, `${why}\n${log.join('\n')}`).toBeGreaterThanOrEqual(kills);

      const final = await importUntil(dir, () => () => {});
      await validation;
      expect({ hung: final.hung, status: final.status }, `${why}\n${final.stderr}`).toEqual({ hung: false, status: 0 });
      const summary = final.stdout.trim().split('\n').at(-1) ?? '';
      const counts = /^import-bib: (\d+) added, 0 updated, (\d+) unchanged, 0 skipped$/.exec(summary);
      expect(counts, `${why}: ${summary}`).not.toBeNull();
      expect(Number(counts?.[1]) + Number(counts?.[2]), why).toBe(entries);

      const { profile, problems } = await loadProfile(dir);
      expect(
        problems.filter((problem) => problem.severity === 'error'),
        why,
      ).toEqual([]);
      const keys = profile?.publications.map((item) => item.fields.key.toLowerCase()) ?? [];
      expect(keys.length, why).toBe(entries + 1);
      expect(new Set(keys).size, why).toBe(entries + 1);
      // Nothing a killed run left behind survives the run that finished: no temporary file, no lock.
      expect(
        readdirSync(path.join(dir, 'publications')).filter((name) => !name.endsWith('.md')),
        why,
      ).toEqual([]);
      expect(
        readdirSync(dir).filter((name) => name.startsWith('.')),
        why,
      ).toEqual([]);
      console.log(`crash test, ${why}: ${killed} kills; slowest validate ${validateMs} ms\n${log.join('\n')}`);
    },
    scaledMs(600_000),
  );
});

describe('import-bib into an empty publications folder, killed with SIGKILL while it writes', () => {
  const rounds = 6;
  test(
    `${rounds} kills once the staging folder appears: the folder holds no file or all of them, validate passes, the next run finishes the job and leaves nothing behind`,
    async () => {
      const random = seededRandom(seed + 1);
      const bib = path.join(root, 'empty-folder.bib');
      writeFileSync(
        bib,
        execFileSync(process.execPath, [path.join(repoRoot, 'bench/generateBib.mjs'), String(entries), '2'], {
          maxBuffer: 64 * 1024 * 1024,
        }),
      );
      const log: string[] = [];
      let killed = 0;
      for (let round = 0; killed < rounds && round < rounds * 3; round++) {
        const dir = path.join(root, `empty-${round}`);
        const init = await cli(['init', dir, '--name', 'Ada Lovelace'], { cwd: root });
        expect(init.status, why).toBe(0);
        const delay = Math.floor(random() * 200);
        const ending = await importUntil(
          dir,
          (_child, kill) => {
            // The files are written into `.publications.import.<hex>` in the profile folder; kill while they are.
            let timer: NodeJS.Timeout | undefined;
            const watcher = watch(dir, (_event, name) => {
              if (timer === undefined && name?.startsWith('.publications.import.')) timer = setTimeout(kill, delay);
            });
            return () => {
              watcher.close();
              clearTimeout(timer);
            };
          },
          bib,
        );
        expect(ending.hung, `${why}: an import hung, round ${round}`).toBe(false);
        if (ending.signal === 'SIGKILL') killed++;
        else expect(ending.status, `${why}: an import that was not killed failed:\n${ending.stderr}`).toBe(0);
        const count = publicationCount(dir);
        expect([0, entries], `${why}, round ${round}: ${count} files`).toContain(count);
        expect(brokenFiles(dir), `${why}, round ${round}`).toEqual([]);
        const validate = await cli(['validate', '--dir', dir, '--json'], { cwd: root });
        expect(validate.status, `${why}, round ${round}: ${validate.stdout}`).toBe(0);
        log.push(
          `round ${round}: ${delay} ms after the staging folder, ${ending.signal ?? `exit ${ending.status}`}, ${count} files`,
        );

        const final = await importUntil(dir, () => () => {}, bib);
        expect({ hung: final.hung, status: final.status }, `${why}\n${final.stderr}`).toEqual({
          hung: false,
          status: 0,
        });
        expect(publicationCount(dir), why).toBe(entries);
        expect(
          readdirSync(dir).filter((name) => name.startsWith('.')),
          why,
        ).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }
      expect(killed, `${why}\n${log.join('\n')}`).toBeGreaterThanOrEqual(rounds);
      console.log(`crash test (empty folder), ${why}: ${killed} kills\n${log.join('\n')}`);
    },
    scaledMs(600_000),
  );
});
