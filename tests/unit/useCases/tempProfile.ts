/** Small profiles in temporary folders for the authoring tests, and a snapshot of every file to prove nothing changed. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const profileMd = '---\nname: Ada Lovelace\npage:\n  dateStyle: dotted\n---\nBio.\n';

/** Call at the top of a test file; every folder it makes is removed after the file's tests. */
export function useTempProfiles(): (files: Readonly<Record<string, string>>) => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (files) => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'profile-unit-'));
    made.push(root);
    const dir = path.join(root, 'profile');
    for (const [relative, text] of Object.entries({ 'profile.md': profileMd, ...files })) {
      await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
      await writeFile(path.join(dir, relative), text);
    }
    return dir;
  };
}

/** Every file below `dir` (dot files too) with its text, by relative path. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = await readFile(full, 'utf8');
  }
  return files;
}
