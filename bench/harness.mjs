// What every benchmark does the same way: read its settings, copy the CLI it times, spawn and time commands in
// interleaved rounds, and sum the samples up. A benchmark keeps only what it measures and how it judges it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { intFromEnv, median, quantile } from './stats.mjs';

export const repoRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * The settings every benchmark takes, from its options or else the environment: `${envPrefix}_ROUNDS` and
 * `${envPrefix}_WARMUP` (a warm-up round is run and thrown away), the node to run and the repository; and it checks
 * that the CLI is built.
 */
export function benchSettings(options, envPrefix, defaults) {
  const root = options.repoRoot ?? repoRoot;
  if (!existsSync(`${root}/dist/profile.cjs`))
    throw new Error('dist/profile.cjs is missing; run `npm run build` first (or use `npm run bench`).');
  return {
    rounds: options.rounds ?? intFromEnv(`${envPrefix}_ROUNDS`, defaults.rounds),
    warmup: options.warmup ?? intFromEnv(`${envPrefix}_WARMUP`, defaults.warmup, { min: 0 }),
    node: options.node ?? process.execPath,
    root,
    onProgress: options.onProgress ?? (() => {}),
  };
}

/** A new scratch folder in bench/.tmp/ (ignored by git), named after the benchmark. */
export function scratchFolder(root, name) {
  mkdirSync(`${root}/bench/.tmp`, { recursive: true });
  return mkdtempSync(`${root}/bench/.tmp/${name}-`);
}

/**
 * A scratch folder holding a copy of what `node bin/profile.cjs` runs (bin/, dist/, package.json), so that a build
 * elsewhere (`npm test` rebuilds dist/) cannot change the files under the benchmark. It stays inside the repository,
 * so it resolves node_modules/ as the original does.
 */
export function cliSnapshot(root, name) {
  const copy = scratchFolder(root, name);
  for (const entry of ['bin', 'dist', 'package.json'])
    cpSync(`${root}/${entry}`, `${copy}/${entry}`, { recursive: true });
  return copy;
}

/** Removes a scratch folder, and bench/.tmp/ too when nothing else is left in it. */
export function removeScratch(folder) {
  rmSync(folder, { recursive: true, force: true });
  const scratch = path.dirname(folder);
  if (existsSync(scratch) && readdirSync(scratch).length === 0) rmdirSync(scratch);
}

/** Runs a command to set up a benchmark (not timed); fails with its error output when it fails. */
export function runChecked(node, args, cwd, label) {
  const result = spawnSync(node, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0)
    throw new Error(`\`${label}\` exited with ${result.status ?? result.signal}:\n${result.stderr.slice(-2000)}`);
}

/**
 * Spawns `node args` once and times it from here as wall time (process creation, Node's start-up and exit
 * included). Fails when it cannot start or exits non-zero, with `explain` turning its error output into the message.
 */
export function timedSpawn(node, command, spawnOptions, explain = (stderr) => stderr) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, command.args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...spawnOptions,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`\`${command.label}\` exited with ${result.status ?? result.signal}:\n${explain(result.stderr)}`);
  return { ms, result };
}

/**
 * Runs `node args` once in `cwd`, after a `sync` so that the disk's backlog is not timed, with
 * `bench/resourceUsage.cjs` required first. Returns the wall time (ms), what the process used (`maxRSSKiB`,
 * `userMs`, `systemMs`) and its output; fails as `timedSpawn` does.
 */
export function timedWithUsage(node, args, cwd) {
  spawnSync('sync', { stdio: 'ignore' });
  const file = path.join(cwd, 'resource-usage.json');
  rmSync(file, { force: true });
  const { ms, result } = timedSpawn(
    node,
    {
      args: ['--require', fileURLToPath(new URL('./resourceUsage.cjs', import.meta.url)), ...args],
      label: args.join(' '),
    },
    { cwd, env: { ...process.env, NO_COLOR: '1', BENCH_USAGE_FILE: file }, maxBuffer: 256 * 1024 * 1024 },
    (stderr) => stderr.slice(-2000),
  );
  return { ms, usage: JSON.parse(readFileSync(file, 'utf8')), stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the commands in one loop, `warmup + rounds` times, in an order that rotates every round (with two commands:
 * flipped), so that whatever the machine does at a moment hits all of them alike and none always runs first.
 * `time(command, index)` runs one and returns its wall time; returns the samples of the measured rounds per command.
 */
export function interleavedRounds({ commands, rounds, warmup, onProgress, time }) {
  const samples = commands.map(() => []);
  for (let round = 0; round < warmup + rounds; round++) {
    for (let step = 0; step < commands.length; step++) {
      const index = (round + step) % commands.length;
      const ms = time(commands[index], index);
      if (round >= warmup) samples[index].push(ms);
    }
    onProgress(round + 1, warmup + rounds);
  }
  return samples;
}

/** The median, 90th percentile, least and most of a command's samples (ms). */
export function sampleStats(samples) {
  return {
    median: median(samples),
    p90: quantile(samples, 0.9),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

/** A benchmark's result: its figure judged against its target (met when at most `target.max`), with the details. */
export function judged({ name, title, target }, value, details) {
  return { name, title, target, value, met: value <= target.max, ...details };
}
