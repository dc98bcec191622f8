// Preloaded into a benchmarked process (`node --require bench/peakMemory.cjs …`): on exit it writes the
// process's peak resident memory (maxRSS, in KiB) to the file named by BENCH_PEAK_FILE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.BENCH_PEAK_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
