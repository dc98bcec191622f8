// The PDF CV: `profile export --format cv --out cv.pdf` against `profile export --format md`, both on the
// bundled profile, spawned in one interleaved loop (order flipped every round) and timed as wall time.
import { statSync } from 'node:fs';
import {
  benchSettings,
  interleavedRounds,
  judged,
  removeScratch,
  sampleStats,
  scratchFolder,
  timedSpawn,
} from './harness.mjs';

export const name = 'cv-export';
export const title = 'PDF CV: export --format cv vs export --format md';
export const target = {
  metric: 'ratioOfMedians',
  max: 5,
  description: 'median wall time of `export --format cv --out cv.pdf` at most 5 times that of `export --format md`',
};

/** Options default to the environment: BENCH_ROUNDS (40), BENCH_WARMUP (5). */
export async function run(options = {}) {
  const { rounds, warmup, node, root, onProgress } = benchSettings(options, 'BENCH', { rounds: 40, warmup: 5 });
  const bin = `${root}/bin/profile.cjs`;
  const scratch = scratchFolder(root, 'cv-export');
  const pdf = `${scratch}/cv.pdf`;
  const md = { label: 'export --format md', args: [bin, 'export', '--format', 'md', '--dir', 'profile'] };
  const cv = { label: 'export --format cv', args: [bin, 'export', '--format', 'cv', '--out', pdf, '--dir', 'profile'] };
  const time = (command) => timedSpawn(node, command, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] }).ms;
  try {
    const [mdMs, cvMs] = interleavedRounds({ commands: [md, cv], rounds, warmup, onProgress, time });
    const mdStats = { command: md.label, ...sampleStats(mdMs) };
    const cvStats = { command: cv.label, ...sampleStats(cvMs) };
    const ratioOfMedians = cvStats.median / mdStats.median;
    return judged({ name, title, target }, ratioOfMedians, {
      settings: { rounds, warmup, pdfBytes: statSync(pdf).size },
      md: mdStats,
      cv: cvStats,
      ratioOfMedians,
      samples: { mdMs, cvMs },
    });
  } finally {
    removeScratch(scratch);
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
