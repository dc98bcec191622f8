/** Fresh temporary folders for e2e tests, removed after the test file, plus copies of the bundled profile. */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { useTempFolders as useNamedTempFolders } from '../support/tempFolders.js';
import { bundledProfile } from './runCli.js';

export { writeFiles } from '../support/tempFolders.js';

/**
 * Call at the top of a test file: every folder `fresh()` makes is deleted after the file's tests;
 * `freshBundledCopy()` makes one holding a copy of the bundled profile in `profile/`.
 */
export function useTempFolders(): {
  fresh: () => Promise<string>;
  freshBundledCopy: () => Promise<{ root: string; dir: string }>;
} {
  const { fresh } = useNamedTempFolders('profile-e2e-');
  const freshBundledCopy = async () => {
    const root = await fresh();
    return { root, dir: await copyBundledProfile(root) };
  };
  return { fresh, freshBundledCopy };
}

/** Copies the bundled profile to `parent/name` and returns its path. */
export async function copyBundledProfile(parent: string, name = 'profile'): Promise<string> {
  const target = path.join(parent, name);
  await cp(bundledProfile, target, { recursive: true });
  return target;
}
