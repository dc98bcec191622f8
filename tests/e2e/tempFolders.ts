/** Fresh temporary folders for e2e tests, removed after the test file, plus copies of the bundled profile. */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { bundledProfile } from './runCli.js';

/** Call at the top of a test file: every folder `fresh()` makes is deleted after the file's tests. */
export function useTempFolders(): { fresh: () => Promise<string> } {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return {
    fresh: async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'profile-e2e-'));
      made.push(dir);
      return dir;
    },
  };
}

/** Copies the bundled profile to `parent/name` and returns its path. */
export async function copyBundledProfile(parent: string, name = 'profile'): Promise<string> {
  const target = path.join(parent, name);
  await cp(bundledProfile, target, { recursive: true });
  return target;
}

/** Writes `files` (paths relative to `dir`) and creates their folders. */
export async function writeFiles(dir: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), text);
  }
}
