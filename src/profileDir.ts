/** Which folder holds the profile: `--dir`, else `PROFILE_DIR`, else `./profile`. */
import path from 'node:path';

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
