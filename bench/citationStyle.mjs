// Citation style: `export --format md --style apa` against a plain `export --format md`, both on the bundled profile.
//
// Both are spawned in one loop, interleaved and in alternating order, as cold-start's commands are; stdout is
// compared with the first run's in every round, so that a broken build fails the benchmark instead of timing it.
import { benchSettings, interleavedRounds, judged, sampleStats, timedSpawn } from './harness.mjs';

export const name = 'citation-style';
export const title = 'Citation style: export --format md --style apa vs a plain export --format md';
export const target = {
  metric: 'ratioOfMedians',
  max: 2,
  description: 'median wall time of `export --format md --style apa` at most 2 times that of `export --format md`',
};

/** Options default to the environment: BENCH_STYLE_ROUNDS (10), BENCH_STYLE_WARMUP (2). */
export async function run(options = {}) {
  const { rounds, warmup, node, root, onProgress } = benchSettings(options, 'BENCH_STYLE', { rounds: 10, warmup: 2 });
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
  const time = (command, index) => {
    const { ms, result } = timedSpawn(node, command, { cwd: root });
    outputs[index] ??= result.stdout;
    if (result.stdout !== outputs[index]) throw new Error(`${command.label} printed another page this time`);
    return ms;
  };
  const samples = interleavedRounds({ commands, rounds, warmup, onProgress, time });
  const stats = commands.map((command, index) => {
    const { median, p90, min } = sampleStats(samples[index]);
    return { command: command.label, median, p90, min };
  });
  const ratioOfMedians = stats[1].median / stats[0].median;
  return judged({ name, title, target }, ratioOfMedians, {
    settings: { rounds, warmup, node },
    stats,
    samples,
  });
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
