// Large profile: `list --json` and `export --format md` on a profile of 10,000 publications, each against a bare
// script that reads the same files and parses their front matter with js-yaml (bench/bareFrontMatter.mjs).
//
// The profile is made once per run the way a person would make it: `profile init`, then `profile import-bib` of the
// generated file import-bib's benchmark reads (bench/generateBib.mjs). The three commands are then spawned in one
// loop, interleaved and in a rotating order, so that whatever the machine does hits all of them alike.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateBib } from './generateBib.mjs';
import { intFromEnv, median, quantile } from './stats.mjs';

export const name = 'large-profile';
export const title = 'Large profile: list --json and export --format md on 10,000 publications vs a bare js-yaml read';
const limit = 1.2;
export const target = {
  metric: 'largestRatio',
  max: limit,
  description: `list --json and export --format md each at most ${limit}x the bare read (value: the larger ratio of medians)`,
};

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Options default to the environment: BENCH_LARGE_ROUNDS (10), BENCH_LARGE_WARMUP (2), BENCH_LARGE_ENTRIES (10000). */
export async function run(options = {}) {
  const rounds = options.rounds ?? intFromEnv('BENCH_LARGE_ROUNDS', 10);
  const warmup = options.warmup ?? intFromEnv('BENCH_LARGE_WARMUP', 2, { min: 0 });
  const entries = options.entries ?? intFromEnv('BENCH_LARGE_ENTRIES', 10_000);
  const node = options.node ?? process.execPath;
  const root = options.repoRoot ?? repoRoot;
  const onProgress = options.onProgress ?? (() => {});
  if (!existsSync(`${root}/dist/profile.cjs`))
    throw new Error('dist/profile.cjs is missing; run `npm run build` first (or use `npm run bench`).');

  mkdirSync(`${root}/bench/.tmp`, { recursive: true });
  const work = mkdtempSync(`${root}/bench/.tmp/large-profile-`);
  try {
    for (const entry of ['bin', 'dist', 'package.json'])
      cpSync(`${root}/${entry}`, `${work}/${entry}`, { recursive: true });
    const cli = `${work}/bin/profile.cjs`;
    const dir = `${work}/profile`;
    writeFileSync(`${work}/generated.bib`, generateBib(entries, 1));
    checked(node, [cli, 'init', dir, '--name', 'Zexi Li'], work, 'profile init');
    checked(node, [cli, 'import-bib', `${work}/generated.bib`, '--dir', dir], work, 'profile import-bib');
    const files = readdirSync(`${dir}/publications`).filter((file) => file.endsWith('.md')).length;
    if (files !== entries) throw new Error(`the import wrote ${files} publications, not ${entries}`);
    return measure({ rounds, warmup, entries, node, root, work, cli, dir, onProgress });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function measure({ rounds, warmup, entries, node, root, work, cli, dir, onProgress }) {
  const commands = [
    { label: 'bare js-yaml read', args: [`${root}/bench/bareFrontMatter.mjs`, dir], expect: `${entries + 1}\n` },
    { label: 'profile list --json', args: [cli, 'list', '--json', '--dir', dir] },
    { label: 'profile export --format md', args: [cli, 'export', '--format', 'md', '--dir', dir] },
  ];
  const samples = commands.map(() => []);
  for (let round = 0; round < warmup + rounds; round++) {
    // Rotate the order every round: no command always runs first, right after the file cache was touched.
    for (let step = 0; step < commands.length; step++) {
      const index = (round + step) % commands.length;
      const command = commands[index];
      const start = process.hrtime.bigint();
      const result = spawnSync(node, command.args, {
        cwd: work,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0)
        throw new Error(`${command.label} exited ${result.status}:\n${result.stderr.slice(-2000)}`);
      if (command.expect !== undefined && result.stdout !== command.expect)
        throw new Error(
          `${command.label} printed ${JSON.stringify(result.stdout)}, not ${JSON.stringify(command.expect)}`,
        );
      if (round >= warmup) samples[index].push(ms);
    }
    onProgress(round + 1, warmup + rounds);
  }
  const stats = commands.map((command, index) => ({
    label: command.label,
    medianMs: median(samples[index]),
    p90Ms: quantile(samples[index], 0.9),
    minMs: Math.min(...samples[index]),
    samples: samples[index],
  }));
  const bare = stats[0].medianMs;
  const ratios = { list: stats[1].medianMs / bare, exportMd: stats[2].medianMs / bare };
  const value = Math.max(ratios.list, ratios.exportMd);
  return {
    name,
    title,
    target,
    value,
    met: value <= target.max,
    settings: { rounds, warmup, entries, node },
    stats,
    ratios,
  };
}

function checked(node, args, cwd, what) {
  const result = spawnSync(node, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stderr.slice(-2000)}`);
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
