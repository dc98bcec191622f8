// Preloaded into a benchmarked process (`node --require bench/resourceUsage.cjs …`): on exit it writes what the
// process used to the file named by BENCH_USAGE_FILE, as JSON: its peak resident memory (`maxRSSKiB`) and its CPU
// time in user code and in the kernel (`userMs`, `systemMs`, every thread). The two CPU figures tell apart an
// import that computes more from one that waits on the file system: on a machine that has just deleted tens of
// thousands of files, creating 10,000 new ones costs seconds of system time.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.BENCH_USAGE_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(
    file,
    JSON.stringify({
      maxRSSKiB: usage.maxRSS,
      userMs: usage.userCPUTime / 1000,
      systemMs: usage.systemCPUTime / 1000,
    }),
  );
});
