// Small statistics helpers shared by the benchmarks.

/** The q-quantile (0..1) of the numbers, by linear interpolation between the closest ranks. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export const median = (values) => quantile(values, 0.5);

/** Reads a whole number of at least `min` (default 1) from the environment, or returns the fallback. */
export function intFromEnv(name, fallback, { min = 1, env = process.env } = {}) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, got ${JSON.stringify(raw)}`);
  }
  return value;
}
