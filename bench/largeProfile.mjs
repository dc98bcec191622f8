// Large profile: `list --json` and `export --format md` on a profile of 10,000 publications, each against a bare
// script that reads the same files and parses their front matter with js-yaml (bench/bareFrontMatter.mjs).
//
// The profile is made once per run the way a person would make it: `profile init`, then `profile import-bib` of the
// generated file import-bib's benchmark reads (bench/generateBib.mjs). The three commands are then spawned in one
// loop, interleaved and in a rotating order, so that whatever the machine does hits all of them alike.
import { readdirSync, writeFileSync } from 'node:fs';
import { generateBib } from './generateBib.mjs';
import {
  benchSettings,
  cliSnapshot,
  interleavedRounds,
  judged,
  removeScratch,
  runChecked,
  sampleStats,
  timedSpawn,
} from './harness.mjs';
import { intFromEnv } from './stats.mjs';

export const name = 'large-profile';
export const title = 'Large profile: list --json and export --format md on 10,000 publications vs a bare js-yaml read';
const limit = 1.2;
export const target = {
  metric: 'largestRatio',
  max: limit,
  description: `list --json and export --format md each at most ${limit}x the bare read (value: the larger ratio of medians)`,
};

/** Options default to the environment: BENCH_LARGE_ROUNDS (10), BENCH_LARGE_WARMUP (2), BENCH_LARGE_ENTRIES (10000). */
export async function run(options = {}) {
  const settings = benchSettings(options, 'BENCH_LARGE', { rounds: 10, warmup: 2 });
  const entries = options.entries ?? intFromEnv('BENCH_LARGE_ENTRIES', 10_000);
  const { node } = settings;
  const work = cliSnapshot(settings.root, 'large-profile');
  try {
    const cli = `${work}/bin/profile.cjs`;
    const dir = `${work}/profile`;
    writeFileSync(`${work}/generated.bib`, generateBib(entries, 1));
    runChecked(node, [cli, 'init', dir, '--name', 'Zexi Li'], work, 'profile init');
    runChecked(node, [cli, 'import-bib', `${work}/generated.bib`, '--dir', dir], work, 'profile import-bib');
    const files = readdirSync(`${dir}/publications`).filter((file) => file.endsWith('.md')).length;
    if (files !== entries) throw new Error(`the import wrote ${files} publications, not ${entries}`);
    return measure({ ...settings, entries, work, cli, dir });
  } finally {
    removeScratch(work);
  }
}

function measure({ rounds, warmup, entries, node, root, work, cli, dir, onProgress }) {
  const commands = [
    { label: 'bare js-yaml read', args: [`${root}/bench/bareFrontMatter.mjs`, dir], expect: `${entries + 1}\n` },
    { label: 'profile list --json', args: [cli, 'list', '--json', '--dir', dir] },
    { label: 'profile export --format md', args: [cli, 'export', '--format', 'md', '--dir', dir] },
  ];
  const time = (command) => {
    const { ms, result } = timedSpawn(node, command, { cwd: work, maxBuffer: 1 << 30 }, (stderr) =>
      stderr.slice(-2000),
    );
    if (command.expect !== undefined && result.stdout !== command.expect)
      throw new Error(
        `${command.label} printed ${JSON.stringify(result.stdout)}, not ${JSON.stringify(command.expect)}`,
      );
    return ms;
  };
  const samples = interleavedRounds({ commands, rounds, warmup, onProgress, time });
  const stats = commands.map((command, index) => {
    const { median, p90, min } = sampleStats(samples[index]);
    return { label: command.label, medianMs: median, p90Ms: p90, minMs: min, samples: samples[index] };
  });
  const bare = stats[0].medianMs;
  const ratios = { list: stats[1].medianMs / bare, exportMd: stats[2].medianMs / bare };
  const value = Math.max(ratios.list, ratios.exportMd);
  return judged({ name, title, target }, value, {
    settings: { rounds, warmup, entries, node },
    stats,
    ratios,
  });
}

export function format(result) {
  const lines = [
    `  ${result.settings.rounds} interleaved rounds after ${result.settings.warmup} warm-up rounds; ${result.settings.entries} publications`,
  ];
  for (const stat of result.stats) {
    lines.push(
      `  ${stat.label.padEnd(28)} median ${stat.medianMs.toFixed(1).padStart(8)} ms   p90 ${stat.p90Ms.toFixed(1).padStart(8)} ms   min ${stat.minMs.toFixed(1).padStart(8)} ms`,
    );
  }
  lines.push(`  ratio list --json / bare            ${result.ratios.list.toFixed(3)}`);
  lines.push(`  ratio export --format md / bare     ${result.ratios.exportMd.toFixed(3)}`);
  return lines;
}
