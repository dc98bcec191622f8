import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { scaledMs } from './tests/e2e/timeLimits.js';

/** The crash test is the longest file by far: started first, it runs beside the others instead of after them. */
class CrashTestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isCrash = (file: TestSpecification) => /[\\/]tests[\\/]crash[\\/]/.test(file.moduleId);
    return [...sorted.filter(isCrash), ...sorted.filter((file) => !isCrash(file))];
  }
}

/** Tests of code in this process only: no CLI process, no global state, so they can share one module graph. */
const inProcess = ['tests/unit/**/*.test.ts', 'tests/seed/**/*.test.ts', 'tests/property/**/*.test.ts'];
/** In-process tests that need a module graph of their own: they mock a module or look at which modules loaded. */
const needModulesOfTheirOwn = ['tests/**/changeItems.test.ts', 'tests/**/pageWithoutStyle.test.ts'];

// Tests never open a TLS connection (no network; the fetch tests serve plain HTTP on 127.0.0.1), while every Node
// process parses the bundle of extra certificates some machines name here at start-up: about 45 ms of each of the
// thousands of processes the suite starts (its workers, the CLI runs). Dropped for the run and what it starts.
delete process.env.NODE_EXTRA_CA_CERTS;

export default defineConfig({
  define: { __PROFILE_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    // vitest's default on 2 cores is one file at a time (cores - 1); most files spend their time waiting for the CLI
    // processes they start, so three at a time keep both cores busy.
    maxWorkers: 3,
    sequence: { sequencer: CrashTestFirst },
    // Bounds that catch a hang, not a claim of speed (tests/e2e/timeLimits.ts): a test runs several CLI processes,
    // each with its own hang limit of a minute. PROFILE_TEST_TIME_SCALE stretches both.
    testTimeout: scaledMs(180_000),
    hookTimeout: scaledMs(180_000),
    projects: [
      // Importing the sources and their libraries again for every file was most of these tests' cost.
      {
        extends: true,
        test: { name: 'in-process', include: inProcess, exclude: needModulesOfTheirOwn, isolate: false },
      },
      { extends: true, test: { name: 'own-modules', include: needModulesOfTheirOwn } },
      // End-to-end, adversarial and crash tests: the built CLI as real processes.
      { extends: true, test: { name: 'processes', include: ['tests/**/*.test.ts'], exclude: inProcess } },
    ],
  },
});
