// Runs the benchmarks in bench/ and prints a report (or JSON with --json).
//
//   node bench/run.mjs [--json] [NAME ...]     (normally via `npm run bench`, which builds first)
//
// Exit code: 0, also when a benchmark misses its target; 1 for a missed target only with
// BENCH_STRICT=1; 2 when a benchmark cannot run at all (the CLI fails, bad arguments).
//
// A benchmark is a module exporting `name`, `title`, `target` ({ metric, max, description }),
// `async run(options)` returning a JSON-serialisable result with at least `value` and `met`,
// and optionally `format(result)` returning report lines. To add one, import it below and
// append it to `benchmarks`.
import os from 'node:os';
import * as citationStyle from './citationStyle.mjs';
import * as coldStart from './coldStart.mjs';
import * as cvExport from './cvExport.mjs';
import * as importBib from './importBib.mjs';
import * as importSources from './importSources.mjs';
import * as largeProfile from './largeProfile.mjs';

const benchmarks = [coldStart, citationStyle, cvExport, importBib, importSources, largeProfile];

const args = process.argv.slice(2);
const json = args.includes('--json');
const unknownFlags = args.filter((arg) => arg.startsWith('-') && arg !== '--json');
const names = args.filter((arg) => !arg.startsWith('-'));
const known = benchmarks.map((benchmark) => benchmark.name);
const unknownNames = names.filter((name) => !known.includes(name));
if (unknownFlags.length > 0 || unknownNames.length > 0) {
  process.stderr.write(`usage: node bench/run.mjs [--json] [${known.join(' | ')} ...]\n`);
  process.exit(2);
}
const selected = names.length > 0 ? benchmarks.filter((benchmark) => names.includes(benchmark.name)) : benchmarks;

const cpus = os.cpus();
const environment = {
  node: process.version,
  v8: process.versions.v8,
  platform: `${process.platform} ${os.release()} ${process.arch}`,
  cpu: cpus[0]?.model?.trim() ?? 'unknown',
  cores: cpus.length,
  date: new Date().toISOString(),
  /** 1-minute load average before and after the run (0 on Windows): above the core count, expect noisy figures. */
  loadBefore: os.loadavg()[0],
  loadAfter: undefined,
};

const showProgress = process.stderr.isTTY === true;
const results = [];
let failed = false;
for (const benchmark of selected) {
  const onProgress = showProgress
    ? (done, total) => process.stderr.write(`\r${benchmark.name}: round ${done}/${total}${done === total ? '\n' : ''}`)
    : undefined;
  try {
    results.push(await benchmark.run({ onProgress }));
  } catch (error) {
    failed = true;
    results.push({
      name: benchmark.name,
      title: benchmark.title,
      target: benchmark.target,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

environment.loadAfter = os.loadavg()[0];
const busy = Math.max(environment.loadBefore, environment.loadAfter) > environment.cores;
environment.busy = busy;

if (json) {
  process.stdout.write(`${JSON.stringify({ environment, results }, null, 2)}\n`);
} else {
  const lines = [
    'profile benchmarks',
    `  node ${environment.node} (V8 ${environment.v8}), ${environment.platform}`,
    `  ${environment.cpu}, ${environment.cores} cores; load average ${environment.loadBefore.toFixed(2)} before, ${environment.loadAfter.toFixed(2)} after`,
    ...(busy ? ['  warning: the machine was busy (load above the core count); the figures are noisy'] : []),
    '',
  ];
  for (const result of results) {
    const benchmark = selected.find((candidate) => candidate.name === result.name);
    lines.push(`${result.title} [${result.name}]`);
    if (result.error) {
      lines.push(`  ERROR: ${result.error}`);
    } else {
      lines.push(...(benchmark?.format ? benchmark.format(result) : [`  ${result.target.metric}: ${result.value}`]));
      const verdict = result.met ? 'met' : 'MISSED';
      lines.push(
        `  target: ${result.target.description}: ${verdict} (${result.value.toFixed(3)} vs at most ${result.target.max})`,
      );
    }
    lines.push('');
  }
  const missed = results.filter((result) => !result.error && !result.met).map((result) => result.name);
  if (missed.length > 0) {
    const strict = process.env.BENCH_STRICT === '1';
    lines.push(
      `Missed target: ${missed.join(', ')}${strict ? ' (BENCH_STRICT=1: exit code 1)' : ' (not an error; set BENCH_STRICT=1 to fail on it)'}`,
    );
  } else if (!failed) {
    lines.push('All targets met.');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

const missedAny = results.some((result) => !result.error && !result.met);
if (failed) process.exitCode = 2;
else if (missedAny && process.env.BENCH_STRICT === '1') process.exitCode = 1;
