/**
 * How the properties run. The seed is fixed by default so that `npm test` and CI give the same verdict on the same
 * code; set PROFILE_PROPERTY_SEED to a number to replay a failure fast-check reported, or to `random` to explore
 * new cases, and PROFILE_PROPERTY_RUNS for more (or fewer) cases than a test's default.
 */
import type { Parameters } from 'fast-check';

const fixedSeed = 20_261_201;

export function propertyRuns<T>(defaultRuns: number): Parameters<T> {
  const seedSetting = process.env.PROFILE_PROPERTY_SEED;
  const numRuns = Number(process.env.PROFILE_PROPERTY_RUNS ?? defaultRuns);
  if (seedSetting === 'random') return { numRuns };
  return { numRuns, seed: seedSetting === undefined ? fixedSeed : Number(seedSetting) };
}
