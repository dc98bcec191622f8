/** Finds the profile folder the way git finds `.git`: the working folder, then each folder above it. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { resolveProfileDir } from '../profileDir.js';

export interface FoundProfileDir {
  dir: string;
  /** Found by looking upward, somewhere a person would not assume (not `./profile`, not the working folder itself). */
  foundElsewhere: boolean;
}

/**
 * The profile an existing-profile command works on. Without `--dir` or `PROFILE_DIR`, the working folder and each
 * folder above it are tried in turn: a folder holding profile.md is the profile (`cd profile && profile list`), and
 * a folder holding `profile/profile.md` holds it (anywhere in a site repository). Found nowhere: `./profile`, whose
 * absence the command then reports.
 */
export function findProfileDir(
  dirOption: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): FoundProfileDir {
  const fallback = resolveProfileDir(dirOption, env, cwd);
  if (dirOption !== undefined || env.PROFILE_DIR) return { dir: fallback, foundElsewhere: false };
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    for (const candidate of [path.join(folder, 'profile'), folder]) {
      if (isFile(path.join(candidate, 'profile.md'))) {
        return { dir: candidate, foundElsewhere: candidate !== fallback && candidate !== path.resolve(cwd) };
      }
    }
    if (path.dirname(folder) === folder) return { dir: fallback, foundElsewhere: false };
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
