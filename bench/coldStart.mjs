// Cold start: `profile list --json` on the bundled profile against a bare `node -e ''`.
//
// Both commands are spawned in one loop, interleaved (and the order flipped every round), so that
// whatever the machine is doing at that moment affects both about equally. Each spawn is timed
// from the parent as wall time, which includes process creation, Node's own start-up and exit.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { intFromEnv, median, quantile } from './stats.mjs';

export const name = 'cold-start';
export const title = 'Cold start: profile list --json vs bare node';
export const target = {
  metric: 'ratioOfMedians',
  max: 1.3,
  description: "median wall time of `profile list --json` at most 1.3 times that of `node -e ''` (ratio of medians)",
};

const repoRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * Runs the benchmark and returns its result (plain data, JSON-serialisable).
 * Options default to the environment: BENCH_ROUNDS (40), BENCH_WARMUP (5).
 */
export async function run(options = {}) {
  const rounds = options.rounds ?? intFromEnv('BENCH_ROUNDS', 40);
  const warmup = options.warmup ?? intFromEnv('BENCH_WARMUP', 5, { min: 0 });
  const node = options.node ?? process.execPath;
  const root = options.repoRoot ?? repoRoot;
  const profileDir = options.profileDir ?? `${root}/profile`;
  const onProgress = options.onProgress ?? (() => {});

  if (!existsSync(`${root}/dist/profile.cjs`))
    throw new Error('dist/profile.cjs is missing; run `npm run build` first (or use `npm run bench`).');
  const inPlace = options.inPlace ?? process.env.BENCH_IN_PLACE === '1';
  const copy = inPlace ? undefined : snapshot(root);
  try {
    return measure({ rounds, warmup, node, root, profileDir, onProgress, env: options.env ?? process.env, copy });
  } finally {
    if (copy) {
      rmSync(copy, { recursive: true, force: true });
      const scratch = path.dirname(copy);
      if (readdirSync(scratch).length === 0) rmdirSync(scratch);
    }
  }
}

/**
 * Copies what `node bin/profile.cjs` runs (bin/, dist/, package.json) to bench/.tmp/, so that a
 * build elsewhere (`npm test` rebuilds dist/) cannot delete the files under the benchmark.
 * The copy stays inside the repository, so it resolves node_modules/ as the original does.
 */
function snapshot(root) {
  mkdirSync(`${root}/bench/.tmp`, { recursive: true });
  const copy = mkdtempSync(`${root}/bench/.tmp/cold-start-`);
  for (const entry of ['bin', 'dist', 'package.json'])
    cpSync(`${root}/${entry}`, `${copy}/${entry}`, { recursive: true });
  return copy;
}

function measure({ rounds, warmup, node, root, profileDir, onProgress, env, copy }) {
  const bin = `${copy ?? root}/bin/profile.cjs`;
  const bare = { label: "node -e ''", args: ['-e', ''] };
  const cli = { label: 'profile list --json', args: [bin, 'list', '--json', '--dir', profileDir] };
  const spawnOptions = { cwd: root, env };

  const items = checkCli(node, cli.args, spawnOptions);

  const time = (command) => {
    const start = process.hrtime.bigint();
    // stdout is ignored; stderr is captured (for both commands alike) only to explain a failure.
    const result = spawnSync(node, command.args, {
      ...spawnOptions,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error) throw result.error;
    if (result.status !== 0) {
      throw new Error(
        `\`${command.label}\` exited with ${result.status ?? result.signal} during the benchmark:\n${explain(result.stderr)}`,
      );
    }
    return ms;
  };

  const bareMs = [];
  const cliMs = [];
  for (let round = 0; round < warmup + rounds; round++) {
    // Alternate which command goes first, so neither always runs right after the other.
    let b;
    let c;
    if (round % 2 === 0) {
      b = time(bare);
      c = time(cli);
    } else {
      c = time(cli);
      b = time(bare);
    }
    if (round >= warmup) {
      bareMs.push(b);
      cliMs.push(c);
    }
    onProgress(round + 1, warmup + rounds);
  }

  const perRoundRatios = cliMs.map((ms, i) => ms / bareMs[i]);
  const summary = (samples) => ({
    median: median(samples),
    p90: quantile(samples, 0.9),
    min: Math.min(...samples),
    max: Math.max(...samples),
  });
  const bareStats = summary(bareMs);
  const cliStats = summary(cliMs);
  const ratioOfMedians = cliStats.median / bareStats.median;
  const medianOfRatios = median(perRoundRatios);

  return {
    name,
    title,
    target,
    value: ratioOfMedians,
    met: ratioOfMedians <= target.max,
    settings: { rounds, warmup, node, bin, profileDir, items },
    bare: { command: bare.label, ...bareStats },
    cli: { command: cli.label, ...cliStats },
    overheadMs: cliStats.median - bareStats.median,
    ratioOfMedians,
    medianOfRatios,
    samples: { bareMs, cliMs },
  };
}

/** Runs the CLI once with its output captured: it must exit 0 and print a JSON array. Returns the array's length. */
function checkCli(node, args, spawnOptions) {
  const result = spawnSync(node, args, { ...spawnOptions, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `\`profile list --json\` exited with ${result.status ?? result.signal}:\n${explain(result.stderr)}`,
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(result.stdout);
  } catch (error) {
    throw new Error(`\`profile list --json\` did not print JSON: ${error.message}\n${result.stdout.slice(0, 500)}`);
  }
  if (!Array.isArray(parsed)) throw new Error('`profile list --json` printed JSON that is not an array');
  return parsed.length;
}

/** The CLI's error output, with a hint when dist/ changed under the benchmark. */
function explain(stderr) {
  const hint = stderr.includes('ERR_MODULE_NOT_FOUND')
    ? '\n(dist/ was probably being rebuilt, e.g. by `npm test` or `npm run build` elsewhere; run the benchmark again)'
    : '';
  return `${stderr.trimEnd()}${hint}`;
}

/** The human-readable lines of a result. */
export function format(result) {
  const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;
  const row = (stats) =>
    `  ${stats.command.padEnd(22)}median ${ms(stats.median)}   p90 ${ms(stats.p90)}   min ${ms(stats.min)}   max ${ms(stats.max)}`;
  const { rounds, warmup, items } = result.settings;
  return [
    `  ${rounds} interleaved rounds after ${warmup} warm-up rounds; the CLI listed ${items} items`,
    row(result.bare),
    row(result.cli),
    `  overhead (difference of medians)       ${result.overheadMs.toFixed(1)} ms`,
    `  ratio of medians (compared with target) ${result.ratioOfMedians.toFixed(3)}`,
    `  median of per-round ratios              ${result.medianOfRatios.toFixed(3)}`,
  ];
}
