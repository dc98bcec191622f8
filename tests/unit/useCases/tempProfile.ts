/** Small profiles in temporary folders for the authoring tests, and a snapshot of every file to prove nothing changed. */
import path from 'node:path';
import { useTempFolders, writeFiles } from '../../support/tempFolders.js';

export { folderFiles as snapshot } from '../../support/tempFolders.js';

export const profileMd = '---\nname: Ada Lovelace\npage:\n  dateStyle: dotted\n---\nBio.\n';

/** Call at the top of a test file; every folder it makes is removed after the file's tests. */
export function useTempProfiles(): (files: Readonly<Record<string, string>>) => Promise<string> {
  const { fresh } = useTempFolders('profile-unit-');
  return async (files) => {
    const dir = path.join(await fresh(), 'profile');
    await writeFiles(dir, { 'profile.md': profileMd, ...files });
    return dir;
  };
}
