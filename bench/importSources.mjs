// profile import: 5,000 generated OpenAlex works imported into an empty profile, side by side with import-bib
// importing the same 5,000 works written as BibTeX (bench/generateWorks.mjs), and a re-import of each.
//
// Each command is a process of its own, timed as wall time, synced first (as bench/importBib.mjs does); the two
// imports alternate in every round, so that whatever the machine does at that moment affects both.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bibtexFile, generateWorks, openAlexResponse } from './generateWorks.mjs';
import { timedWithUsage } from './harness.mjs';
import { intFromEnv, median } from './stats.mjs';

export const name = 'import-sources';
export const title = 'profile import: 5,000 OpenAlex works against import-bib of the same works as BibTeX';
const limits = { firstImport: 1, reimport: 1 };
export const target = {
  metric: 'largestRatio',
  max: 1,
  description:
    'importing the OpenAlex file into an empty profile, and again, takes no longer than import-bib takes for the same works as BibTeX (ratio of medians)',
};

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Options default to the environment: BENCH_SOURCES_ROUNDS (3), BENCH_SOURCES_WARMUP (1), BENCH_SOURCES_WORKS (5000). */
export async function run(options = {}) {
  const rounds = options.rounds ?? intFromEnv('BENCH_SOURCES_ROUNDS', 3);
  const warmup = options.warmup ?? intFromEnv('BENCH_SOURCES_WARMUP', 1, { min: 0 });
  const count = options.works ?? intFromEnv('BENCH_SOURCES_WORKS', 5000);
  const node = options.node ?? process.execPath;
  const onProgress = options.onProgress ?? (() => {});
  if (!existsSync(`${repoRoot}/dist/profile.cjs`))
    throw new Error('dist/profile.cjs is missing; run `npm run build` first (or use `npm run bench`).');
  mkdirSync(`${repoRoot}/bench/.tmp`, { recursive: true });
  const work = mkdtempSync(`${repoRoot}/bench/.tmp/import-sources-`);
  try {
    for (const entry of ['bin', 'dist', 'package.json'])
      cpSync(`${repoRoot}/${entry}`, `${work}/${entry}`, { recursive: true });
    const works = generateWorks(count, 1);
    writeFileSync(`${work}/works.json`, openAlexResponse(works));
    writeFileSync(`${work}/works.bib`, bibtexFile(works));
    const template = `${work}/template`;
    const init = spawnSync(node, [`${work}/bin/profile.cjs`, 'init', template, '--name', 'Zexi Li'], { cwd: work });
    if (init.status !== 0) throw new Error(`profile init failed: ${init.stderr}`);
    const steps = ['import-bib', 'import-bib again', 'import', 'import again'];
    const samples = Object.fromEntries(steps.map((step) => [step, []]));
    const cpu = Object.fromEntries(steps.map((step) => [step, []]));
    const user = Object.fromEntries(steps.map((step) => [step, []]));
    let done = 0;
    for (let round = 0; round < warmup + rounds; round++) {
      const measuring = round >= warmup;
      const pairs = [
        ['import-bib', 'works.bib', `${work}/bib-${round}`],
        ['import', 'works.json', `${work}/openalex-${round}`],
      ];
      // Alternate which goes first, so that neither always runs on a cooler machine.
      if (round % 2 === 1) pairs.reverse();
      for (const [command, file, dir] of pairs) {
        cpSync(template, dir, { recursive: true });
        const first = timed(node, [`${work}/bin/profile.cjs`, command, file, '--dir', dir], work);
        const written = readdirSync(`${dir}/publications`).filter((name) => name.endsWith('.md')).length;
        if (written !== count) throw new Error(`${command} wrote ${written} publications, not ${count}`);
        const again = timed(node, [`${work}/bin/profile.cjs`, command, file, '--dir', dir], work);
        const summary = again.stdout.trim().split('\n').pop() ?? '';
        if (!summary.includes(`0 added, 0 updated, ${count} unchanged`))
          throw new Error(`${command} again changed something: ${summary}`);
        if (measuring) {
          samples[command].push(first.ms);
          samples[`${command} again`].push(again.ms);
          cpu[command].push(first.cpuMs);
          cpu[`${command} again`].push(again.cpuMs);
          user[command].push(first.userMs);
          user[`${command} again`].push(again.userMs);
        }
        onProgress(++done, (warmup + rounds) * 2);
      }
    }
    const medians = Object.fromEntries(steps.map((step) => [step, median(samples[step])]));
    const cpuMedians = Object.fromEntries(steps.map((step) => [step, median(cpu[step])]));
    const userMedians = Object.fromEntries(steps.map((step) => [step, median(user[step])]));
    const ratios = {
      firstImport: medians.import / medians['import-bib'],
      reimport: medians['import again'] / medians['import-bib again'],
    };
    const value = Math.max(ratios.firstImport / limits.firstImport, ratios.reimport / limits.reimport);
    const cpuRatios = {
      firstImport: cpuMedians.import / cpuMedians['import-bib'],
      reimport: cpuMedians['import again'] / cpuMedians['import-bib again'],
    };
    // User CPU leaves out the kernel's work of creating 5,000 files, which depends on what the machine did before.
    const userRatios = {
      firstImport: userMedians.import / userMedians['import-bib'],
      reimport: userMedians['import again'] / userMedians['import-bib again'],
    };
    return {
      name,
      title,
      target,
      value,
      met: value <= target.max,
      settings: { rounds, warmup, works: count },
      medians,
      samples,
      ratios,
      cpuMedians,
      cpu,
      cpuRatios,
      userMedians,
      user,
      userRatios,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs a command once, synced first; its wall time, CPU time and user CPU time (ms) and output. Fails on a non-zero exit. */
function timed(node, args, cwd) {
  const { usage, ...run } = timedWithUsage(node, args, cwd);
  return { ...run, cpuMs: usage.userMs + usage.systemMs, userMs: usage.userMs };
}

export function format(result) {
  const { rounds, warmup, works } = result.settings;
  const line = (step) =>
    `  ${step.padEnd(18)}median ${(result.medians[step] / 1000).toFixed(2).padStart(6)} s wall, ${(result.cpuMedians[step] / 1000).toFixed(2).padStart(6)} s CPU (${(result.userMedians[step] / 1000).toFixed(2)} s user)`;
  const verdict = (ratio) => (ratio <= 1 ? 'met' : 'MISSED');
  return [
    `  ${rounds} rounds after ${warmup} warm-up; ${works} works; wall time of each process, synced first`,
    line('import-bib'),
    line('import'),
    line('import-bib again'),
    line('import again'),
    `  first import: ${result.ratios.firstImport.toFixed(2)}x import-bib, at most 1x: ${verdict(result.ratios.firstImport)}`,
    `  re-import:    ${result.ratios.reimport.toFixed(2)}x import-bib, at most 1x: ${verdict(result.ratios.reimport)}`,
    `  CPU time (user + system): first import ${result.cpuRatios.firstImport.toFixed(2)}x, re-import ${result.cpuRatios.reimport.toFixed(2)}x import-bib`,
    `  user CPU time:            first import ${result.userRatios.firstImport.toFixed(2)}x, re-import ${result.userRatios.reimport.toFixed(2)}x import-bib`,
  ];
}
