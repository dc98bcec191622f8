// Cold start: `profile list --json` on the bundled profile against a bare `node -e ''`.
//
// Both commands are spawned in one loop, interleaved (and the order flipped every round), so that
// whatever the machine is doing at that moment affects both about equally. Each spawn is timed
// from the parent as wall time, which includes process creation, Node's own start-up and exit.
import {
  benchSettings,
  cliSnapshot,
  interleavedRounds,
  judged,
  removeScratch,
  sampleStats,
  timedSpawn,
} from './harness.mjs';
import { median } from './stats.mjs';

export const name = 'cold-start';
export const title = 'Cold start: profile list --json vs bare node';
export const target = {
  metric: 'ratioOfMedians',
  max: 1.3,
  description: "median wall time of `profile list --json` at most 1.3 times that of `node -e ''` (ratio of medians)",
};

/**
 * Runs the benchmark and returns its result (plain data, JSON-serialisable).
 * Options default to the environment: BENCH_ROUNDS (40), BENCH_WARMUP (5).
 */
export async function run(options = {}) {
  const settings = benchSettings(options, 'BENCH', { rounds: 40, warmup: 5 });
  const profileDir = options.profileDir ?? `${settings.root}/profile`;
  const inPlace = options.inPlace ?? process.env.BENCH_IN_PLACE === '1';
  const copy = inPlace ? undefined : cliSnapshot(settings.root, 'cold-start');
  try {
    return measure({ ...settings, profileDir, env: options.env ?? process.env, copy });
  } finally {
    if (copy) removeScratch(copy);
  }
}

function measure({ rounds, warmup, node, root, profileDir, onProgress, env, copy }) {
  const bin = `${copy ?? root}/bin/profile.cjs`;
  const bare = { label: "node -e ''", args: ['-e', ''] };
  const cli = { label: 'profile list --json', args: [bin, 'list', '--json', '--dir', profileDir] };
  const spawnOptions = { cwd: root, env };

  const items = checkCli(node, cli, spawnOptions);

  // stdout is ignored; stderr is captured (for both commands alike) only to explain a failure.
  const time = (command) =>
    timedSpawn(node, command, { ...spawnOptions, stdio: ['ignore', 'ignore', 'pipe'] }, explain).ms;
  const [bareMs, cliMs] = interleavedRounds({ commands: [bare, cli], rounds, warmup, onProgress, time });

  const perRoundRatios = cliMs.map((ms, i) => ms / bareMs[i]);
  const bareStats = sampleStats(bareMs);
  const cliStats = sampleStats(cliMs);
  const ratioOfMedians = cliStats.median / bareStats.median;
  const medianOfRatios = median(perRoundRatios);

  return judged({ name, title, target }, ratioOfMedians, {
    settings: { rounds, warmup, node, bin, profileDir, items },
    bare: { command: bare.label, ...bareStats },
    cli: { command: cli.label, ...cliStats },
    overheadMs: cliStats.median - bareStats.median,
    ratioOfMedians,
    medianOfRatios,
    samples: { bareMs, cliMs },
  });
}

/** Runs the CLI once with its output captured: it must exit 0 and print a JSON array. Returns the array's length. */
function checkCli(node, command, spawnOptions) {
  const { result } = timedSpawn(node, command, spawnOptions, explain);
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
