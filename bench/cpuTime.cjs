// Preloaded into a benchmarked process (`node --require bench/cpuTime.cjs …`): on exit it writes the CPU time the
// process used (user + system, in ms) to the file named by BENCH_CPU_FILE. On a machine shared with other work,
// the wall time of an import that writes thousands of files measures the disk's queue more than the import.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.BENCH_CPU_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(file, String((usage.userCPUTime + usage.systemCPUTime) / 1000));
});
