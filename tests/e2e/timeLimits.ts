/**
 * The only time limits the tests know: bounds that catch a hang, never a claim that something is fast ("is fast"
 * lives in bench/). A minute for one run of the CLI, long enough for a 2-core machine busy with other work;
 * PROFILE_TEST_TIME_SCALE multiplies every bound for a slower machine (e.g. 3 under emulation).
 */

/** The factor from PROFILE_TEST_TIME_SCALE: a positive number, 1 when unset. */
export function timeScale(value: string | undefined = process.env.PROFILE_TEST_TIME_SCALE): number {
  if (value === undefined || value === '') return 1;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`PROFILE_TEST_TIME_SCALE must be a positive number, not ${JSON.stringify(value)}`);
  }
  return scale;
}

/** `ms` scaled: the bound for anything that would otherwise wait forever. */
export function scaledMs(ms: number): number {
  return Math.round(ms * timeScale());
}

/** One process (a CLI run, a pty session) that has not ended after this long has hung. */
export const hangLimitMs = scaledMs(60_000);
