/** Creates a new, empty profile folder: all or nothing, and never over an existing profile. */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ProfileError } from '../errors.js';
import { cvItemKinds, itemFolders } from '../model/items.js';
import { profileFileName } from './loadProfile.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** Writes `profileText` as profile.md and creates the item folders in `dir`. */
export async function scaffoldProfile(dir: string, profileText: string): Promise<void> {
  const existing = await stat(dir).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new ProfileError('a file stands where the profile folder should be', { file: dir });
  }
  if (existing) {
    if (await exists(path.join(dir, profileFileName))) {
      throw new ProfileError('a profile already exists here; init does not touch it', {
        file: dir,
        hint: 'choose another folder, or edit the existing profile.md',
      });
    }
    await fillFolder(dir, profileText);
    return;
  }
  // A new folder is built beside its final place and renamed in one step, so that a failure leaves nothing.
  const parent = path.dirname(dir);
  await mkdir(parent, { recursive: true });
  // Not mkdtemp, which makes the folder 700: the profile gets the mode its subfolders get, the user's umask.
  const staging = path.join(parent, `.${path.basename(dir)}.init-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  try {
    await fillFolder(staging, profileText);
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function fillFolder(dir: string, profileText: string): Promise<void> {
  const before = new Set(await readdir(dir));
  // The CV kinds' folders are made by their first `add-…`: a new profile starts with the page's kinds only.
  const folders = Object.entries(itemFolders)
    .filter(([kind]) => !(cvItemKinds as readonly string[]).includes(kind))
    .map(([, entry]) => entry.folder);
  try {
    for (const folder of folders) await mkdir(path.join(dir, folder), { recursive: true });
    await writeFileAtomic(path.join(dir, profileFileName), profileText);
  } catch (error) {
    // Undo only what this call created.
    for (const name of [...folders, profileFileName]) {
      if (!before.has(name)) await rm(path.join(dir, name), { recursive: true, force: true });
    }
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}
