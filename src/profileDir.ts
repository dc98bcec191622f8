/** Which folder holds the profile by the options (`--dir`, else `PROFILE_DIR`, else `./profile`), and how a path is shown. */
import path from 'node:path';

/** Where `init` creates a profile and what other commands fall back to: `--dir`, `PROFILE_DIR`, else `./profile`. */
export function resolveProfileDir(
  dirOption: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string {
  const chosen = dirOption ?? (env.PROFILE_DIR ? env.PROFILE_DIR : undefined) ?? 'profile';
  return path.resolve(cwd, chosen);
}

/** How a path is shown to the user: relative to where they are, when it is below it. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}
