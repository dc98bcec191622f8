// import-bib: a generated 10,000-entry BibTeX file imported into an empty profile, imported again (nothing
// changes), and exported with `export --format bib`; each against citation-js parsing the same file alone.
//
// Every command is a process of its own, spawned from here and timed as wall time, with its peak memory and
// CPU time (user, system) read through a preload (bench/resourceUsage.cjs). The bare parse runs in every round next to the CLI, so
// that whatever the machine does at that moment affects both. Before each timed command the file system
// is synced: creating 10,000 files right after the previous round's leaves the kernel flushing, which
// would be measured as import time.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateBib } from './generateBib.mjs';
import { benchSettings, cliSnapshot, judged, removeScratch, runChecked, timedWithUsage } from './harness.mjs';
import { intFromEnv, median } from './stats.mjs';

export const name = 'import-bib';
export const title = 'import-bib: 10,000 generated entries against citation-js parsing the same file';
const limits = { firstImport: 1.5, reimport: 1.2, peakMiB: 400 };
export const target = {
  metric: 'largestShareOfLimit',
  max: 1,
  description: `first import at most ${limits.firstImport}x the bare parse, re-import at most ${limits.reimport}x, peak memory under ${limits.peakMiB} MiB (value: the largest share of a limit used, ratio of medians)`,
};

/**
 * Options default to the environment: BENCH_IMPORT_ROUNDS (3), BENCH_IMPORT_WARMUP (1), BENCH_IMPORT_ENTRIES (10000).
 * A warm-up round is run first and thrown away: the first import on a machine that has just written or deleted
 * tens of thousands of files (the previous run's clean-up) is measured at up to twice its usual time.
 * Returns plain data: medians and per-round samples of wall time (ms) and peak memory (MiB).
 */
export async function run(options = {}) {
  const settings = benchSettings(options, 'BENCH_IMPORT', { rounds: 3, warmup: 1 });
  const entries = options.entries ?? intFromEnv('BENCH_IMPORT_ENTRIES', 10_000);
  // A copy of what `node bin/profile.cjs` runs, so that a build in another terminal cannot break the run.
  const work = cliSnapshot(settings.root, 'import-bib');
  try {
    const bib = `${work}/generated.bib`;
    writeFileSync(bib, generateBib(entries, 1));
    const template = `${work}/template`;
    runChecked(settings.node, [`${work}/bin/profile.cjs`, 'init', template, '--name', 'Zexi Li'], work, 'profile init');
    return measure({ ...settings, entries, work, bib, template });
  } finally {
    removeScratch(work);
  }
}

function measure({ rounds, warmup, entries, node, root, work, bib, template, onProgress }) {
  const cli = `${work}/bin/profile.cjs`;
  const steps = ['bare parse', 'first import', 're-import', 'export'];
  const samples = Object.fromEntries(steps.map((step) => [step, { ms: [], peakMiB: [], userMs: [], systemMs: [] }]));
  const total = (warmup + rounds) * steps.length;
  let done = 0;
  let measuring = false;
  const record = (step, result) => {
    if (measuring) {
      samples[step].ms.push(result.ms);
      samples[step].peakMiB.push(result.peakMiB);
      samples[step].userMs.push(result.userMs);
      samples[step].systemMs.push(result.systemMs);
    }
    onProgress(++done, total);
  };
  for (let round = 0; round < warmup + rounds; round++) {
    measuring = round >= warmup;
    const dir = `${work}/round-${round}`;
    cpSync(template, dir, { recursive: true });

    const bare = timed(node, [`${root}/bench/bareParse.mjs`, bib], work);
    if (Number(bare.stdout.trim()) !== entries)
      throw new Error(`the bare parse read ${bare.stdout.trim()} entries, not ${entries}`);
    record('bare parse', bare);

    const first = timed(node, [cli, 'import-bib', bib, '--dir', dir], work);
    const files = readdirSync(`${dir}/publications`).filter((file) => file.endsWith('.md')).length;
    if (files !== entries)
      throw new Error(`the first import wrote ${files} publications, not ${entries}:\n${first.stderr.slice(-2000)}`);
    record('first import', first);

    const again = timed(node, [cli, 'import-bib', bib, '--dir', dir], work);
    const summary = again.stdout.trim().split('\n').pop() ?? '';
    if (!summary.startsWith(`import-bib: 0 added, 0 updated, ${entries} unchanged, 0 skipped`)) {
      throw new Error(`the re-import changed something: ${summary}`);
    }
    record('re-import', again);

    const exported = timed(node, [cli, 'export', '--format', 'bib', '--dir', dir, '--out', `${dir}.bib`], work);
    const written = (readFileSync(`${dir}.bib`, 'utf8').match(/^@/gm) ?? []).length;
    if (written !== entries) throw new Error(`the export wrote ${written} entries, not ${entries}`);
    record('export', exported);
  }

  const stats = Object.fromEntries(
    steps.map((step) => [
      step,
      {
        medianMs: median(samples[step].ms),
        medianPeakMiB: median(samples[step].peakMiB),
        medianUserMs: median(samples[step].userMs),
        medianSystemMs: median(samples[step].systemMs),
        ...samples[step],
      },
    ]),
  );
  const bareMs = stats['bare parse'].medianMs;
  const ratios = {
    firstImport: stats['first import'].medianMs / bareMs,
    reimport: stats['re-import'].medianMs / bareMs,
    export: stats.export.medianMs / bareMs,
  };
  // Not judged: they say whether a wall-time ratio grew with the work the import does (user) or with what the
  // file system made it wait for (system), which depends on what the machine did just before.
  const userRatios = {
    firstImport: stats['first import'].medianUserMs / stats['bare parse'].medianUserMs,
    reimport: stats['re-import'].medianUserMs / stats['bare parse'].medianUserMs,
  };
  const peakMiB = Math.max(...steps.slice(1).map((step) => Math.max(...samples[step].peakMiB)));
  const shares = {
    firstImport: ratios.firstImport / limits.firstImport,
    reimport: ratios.reimport / limits.reimport,
    peakMemory: peakMiB / limits.peakMiB,
  };
  const value = Math.max(...Object.values(shares));
  return judged({ name, title, target }, value, {
    settings: { rounds, warmup, entries, bibBytes: readFileSync(bib).length, node },
    limits,
    steps: stats,
    ratios,
    userRatios,
    peakMiB,
    shares,
  });
}

/**
 * Runs a command once, synced first; its wall time (ms), peak memory (MiB), CPU time in user code and in the kernel
 * (ms) and output. Fails on a non-zero exit.
 */
function timed(node, args, cwd) {
  const { usage, ...run } = timedWithUsage(node, args, cwd);
  return { ...run, peakMiB: usage.maxRSSKiB / 1024, userMs: usage.userMs, systemMs: usage.systemMs };
}

/** The human-readable lines of a result. */
export function format(result) {
  const { rounds, warmup, entries, bibBytes } = result.settings;
  const row = (step, ratio) => {
    const stats = result.steps[step];
    const time = `${(stats.medianMs / 1000).toFixed(2).padStart(6)} s`;
    const memory = `${stats.medianPeakMiB.toFixed(0).padStart(4)} MiB peak`;
    const cpu = `CPU ${(stats.medianUserMs / 1000).toFixed(2)} s user, ${(stats.medianSystemMs / 1000).toFixed(2)} s system`;
    const compared = ratio === undefined ? '' : `   ${ratio.toFixed(2)}x the bare parse`;
    return `  ${step.padEnd(14)}median ${time}   ${memory}   ${cpu}${compared}`;
  };
  const verdict = (share) => (share <= 1 ? 'met' : 'MISSED');
  return [
    `  ${rounds} rounds after ${warmup} warm-up; ${entries} entries, ${(bibBytes / 1e6).toFixed(1)} MB of BibTeX; wall time of each process, synced first`,
    row('bare parse'),
    row('first import', result.ratios.firstImport),
    row('re-import', result.ratios.reimport),
    row('export', result.ratios.export),
    `  first import: ${result.ratios.firstImport.toFixed(2)}x, at most ${result.limits.firstImport}x: ${verdict(result.shares.firstImport)}`,
    `  re-import:    ${result.ratios.reimport.toFixed(2)}x, at most ${result.limits.reimport}x: ${verdict(result.shares.reimport)}`,
    `  user CPU (not judged): first import ${result.userRatios.firstImport.toFixed(2)}x, re-import ${result.userRatios.reimport.toFixed(2)}x the bare parse`,
    `  peak memory:  ${result.peakMiB.toFixed(0)} MiB (largest of any round), under ${result.limits.peakMiB} MiB: ${verdict(result.shares.peakMemory)}`,
  ];
}
