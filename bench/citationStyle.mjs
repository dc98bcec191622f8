// Citation style: `export --format md --style apa` against a plain `export --format md`, both on the bundled profile.
//
// Both are spawned in one loop, interleaved and in alternating order, as cold-start's commands are; stdout is
// compared with the first run's in every round, so that a broken build fails the benchmark instead of timing it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { intFromEnv, median, quantile } from './stats.mjs';

export const name = 'citation-style';
export const title = 'Citation style: export --format md --style apa vs a plain export --format md';
export const target = {
  metric: 'ratioOfMedians',
  max: 2,
  description: 'median wall time of `export --format md --style apa` at most 2 times that of `export --format md`',
};

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Options default to the environment: BENCH_STYLE_ROUNDS (10), BENCH_STYLE_WARMUP (2). */
export async function run(options = {}) {
  const rounds = options.rounds ?? intFromEnv('BENCH_STYLE_ROUNDS', 10);
  const warmup = options.warmup ?? intFromEnv('BENCH_STYLE_WARMUP', 2, { min: 0 });
  const node = options.node ?? process.execPath;
  const root = options.repoRoot ?? repoRoot;
  const onProgress = options.onProgress ?? (() => {});
  if (!existsSync(`${root}/dist/profile.cjs`))
    throw new Error('dist/profile.cjs is missing; run `npm run build` first (or use `npm run bench`).');
  const commands = [
    {
      label: 'export --format md',
      args: [`${root}/bin/profile.cjs`, 'export', '--format', 'md', '--dir', `${root}/profile`],
    },
    {
      label: 'export --style apa',
      args: [`${root}/bin/profile.cjs`, 'export', '--format', 'md', '--style', 'apa', '--dir', `${root}/profile`],
    },
  ];
  const outputs = [undefined, undefined];
  const samples = [[], []];
  for (let round = 0; round < warmup + rounds; round++) {
    for (const index of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = process.hrtime.bigint();
      const result = spawnSync(node, commands[index].args, {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`${commands[index].label} exited ${result.status}:\n${result.stderr}`);
      outputs[index] ??= result.stdout;
      if (result.stdout !== outputs[index]) throw new Error(`${commands[index].label} printed another page this time`);
      if (round >= warmup) samples[index].push(ms);
    }
    onProgress(round + 1, warmup + rounds);
  }
  const stats = commands.map((command, index) => ({
    command: command.label,
    median: median(samples[index]),
    p90: quantile(samples[index], 0.9),
    min: Math.min(...samples[index]),
  }));
  const ratioOfMedians = stats[1].median / stats[0].median;
  return {
    name,
    title,
    target,
    value: ratioOfMedians,
    met: ratioOfMedians <= target.max,
    settings: { rounds, warmup, node },
    stats,
    samples,
  };
}

export function format(result) {
  const ms = (value) => `${value.toFixed(1).padStart(8)} ms`;
  return [
    `  ${result.settings.rounds} interleaved rounds after ${result.settings.warmup} warm-up rounds`,
    ...result.stats.map(
      (stat) => `  ${stat.command.padEnd(22)}median ${ms(stat.median)}   p90 ${ms(stat.p90)}   min ${ms(stat.min)}`,
    ),
    `  ratio of medians (compared with target) ${result.value.toFixed(3)}`,
  ];
}
