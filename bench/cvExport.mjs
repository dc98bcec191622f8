// The PDF CV: `profile export --format cv --out cv.pdf` against `profile export --format md`, both on the
// bundled profile, spawned in one interleaved loop (order flipped every round) and timed as wall time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { intFromEnv, median, quantile } from './stats.mjs';

export const name = 'cv-export';
export const title = 'PDF CV: export --format cv vs export --format md';
export const target = {
  metric: 'ratioOfMedians',
  max: 5,
  description: 'median wall time of `export --format cv --out cv.pdf` at most 5 times that of `export --format md`',
};

const repoRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

export async function run(options = {}) {
  const rounds = options.rounds ?? intFromEnv('BENCH_ROUNDS', 40);
  const warmup = options.warmup ?? intFromEnv('BENCH_WARMUP', 5, { min: 0 });
  const node = process.execPath;
  const bin = `${repoRoot}/bin/profile.cjs`;
  if (!existsSync(`${repoRoot}/dist/profile.cjs`))
    throw new Error('dist/profile.cjs is missing; run `npm run build` first (or use `npm run bench`).');
  mkdirSync(`${repoRoot}/bench/.tmp`, { recursive: true });
  const scratch = mkdtempSync(`${repoRoot}/bench/.tmp/cv-export-`);
  const pdf = `${scratch}/cv.pdf`;
  const md = { label: 'export --format md', args: [bin, 'export', '--format', 'md', '--dir', 'profile'] };
  const cv = { label: 'export --format cv', args: [bin, 'export', '--format', 'cv', '--out', pdf, '--dir', 'profile'] };
  const time = (command) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(node, command.args, {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`\`${command.label}\` exited with ${result.status}:\n${result.stderr}`);
    return ms;
  };
  try {
    const mdMs = [];
    const cvMs = [];
    for (let round = 0; round < warmup + rounds; round++) {
      const [first, second] = round % 2 === 0 ? [md, cv] : [cv, md];
      const a = time(first);
      const b = time(second);
      if (round >= warmup) {
        (first === md ? mdMs : cvMs).push(a);
        (second === md ? mdMs : cvMs).push(b);
      }
      options.onProgress?.(round + 1, warmup + rounds);
    }
    const summary = (command, samples) => ({
      command,
      median: median(samples),
      p90: quantile(samples, 0.9),
      min: Math.min(...samples),
      max: Math.max(...samples),
    });
    const mdStats = summary(md.label, mdMs);
    const cvStats = summary(cv.label, cvMs);
    const ratioOfMedians = cvStats.median / mdStats.median;
    return {
      name,
      title,
      target,
      value: ratioOfMedians,
      met: ratioOfMedians <= target.max,
      settings: { rounds, warmup, pdfBytes: statSync(pdf).size },
      md: mdStats,
      cv: cvStats,
      ratioOfMedians,
      samples: { mdMs, cvMs },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    if (readdirSync(`${repoRoot}/bench/.tmp`).length === 0) rmdirSync(`${repoRoot}/bench/.tmp`);
  }
}

export function format(result) {
  const ms = (value) => `${value.toFixed(1).padStart(7)} ms`;
  const row = (stats) =>
    `  ${stats.command.padEnd(22)}median ${ms(stats.median)}   p90 ${ms(stats.p90)}   min ${ms(stats.min)}   max ${ms(stats.max)}`;
  return [
    `  ${result.settings.rounds} interleaved rounds after ${result.settings.warmup} warm-up rounds; the PDF has ${result.settings.pdfBytes} bytes`,
    row(result.md),
    row(result.cv),
    `  ratio of medians (compared with target) ${result.ratioOfMedians.toFixed(3)}`,
  ];
}
