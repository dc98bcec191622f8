/**
 * Writing an imported page, all or nothing: a new profile is built in a hidden folder beside its place and renamed
 * into place in one step; `--merge` only creates the new item files (never replacing one), under the profile lock.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { ProfileError } from '../errors.js';
import { cvItemKinds, type ItemKind } from '../model/items.js';
import { createItemFiles } from './itemFiles.js';
import { profileFileName } from './loadProfile.js';
import { scaffoldProfile } from './scaffoldProfile.js';

/** An item file to create: its kind, the stem of its name, its text. */
export interface NewItemFile {
  kind: ItemKind;
  stem: string;
  text: string;
}

/** A whole new profile folder: profile.md's text and the item files. */
export interface NewProfileFolder {
  profileText: string;
  items: readonly NewItemFile[];
}

/** Refuses a place that holds anything: import-page makes a new profile; `--merge` adds to one. */
export async function checkNewFolderPlace(dir: string, displayDir: string): Promise<'missing' | 'empty'> {
  const stats = await lstat(dir).catch(() => undefined);
  if (!stats) return 'missing';
  if (stats.isSymbolicLink()) {
    throw new ProfileError('is a symbolic link; import-page does not write through links', {
      file: displayDir,
      hint: 'pass --dir with a folder that does not exist yet',
    });
  }
  if (!stats.isDirectory()) {
    throw new ProfileError('a file stands where the profile folder should be; nothing was written', {
      file: displayDir,
      hint: 'pass --dir with a folder that does not exist yet',
    });
  }
  const entries = await readdir(dir);
  if (entries.includes(profileFileName)) {
    throw new ProfileError('a profile already exists here; import-page does not overwrite it, nothing was written', {
      file: displayDir,
      hint: "add --merge to add the page's items it does not have yet, or pass --dir with a new folder",
    });
  }
  if (entries.length > 0) {
    throw new ProfileError('the folder is not empty; import-page creates a new profile folder, nothing was written', {
      file: displayDir,
      hint: 'pass --dir with a folder that does not exist yet',
    });
  }
  return 'empty';
}

/** Builds the whole folder beside `dir`, then renames it into place; on any failure nothing is left behind. */
export async function writeNewProfileFolder(dir: string, displayDir: string, files: NewProfileFolder): Promise<void> {
  const place = await checkNewFolderPlace(dir, displayDir);
  const parent = path.dirname(dir);
  await mkdir(parent, { recursive: true }).catch((error: unknown) => {
    throw new ProfileError(`cannot create the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      file: path.dirname(displayDir),
      cause: error,
    });
  });
  // Not mkdtemp: its folder is private (0700); this one becomes the profile and gets the usual permissions.
  const staging = path.join(parent, `.${path.basename(dir)}.import-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  try {
    await scaffoldProfile(staging, files.profileText);
    await writeItemFiles(staging, files.items);
    if (place === 'empty') await rmdir(dir);
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (error instanceof ProfileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    throw new ProfileError(`cannot create the profile folder (${code}); nothing was written`, {
      file: displayDir,
      hint:
        code === 'ENOTEMPTY' || code === 'EEXIST'
          ? 'another program created the folder meanwhile; run the command again'
          : 'check that the folder above it is writable and the disk has space',
      cause: error,
    });
  }
}

/** Creates the files, kind by kind; a name taken meanwhile would get `-2`, which a new folder never sees. */
export async function writeItemFiles(
  dir: string,
  files: readonly NewItemFile[],
): Promise<{ id: string; file: string }[]> {
  const written: { id: string; file: string }[] = [];
  // Every kind a page import makes: a kind left out here would be reported as written and silently dropped.
  const kinds: ItemKind[] = ['news', 'publication', 'talk', 'service', 'section', ...cvItemKinds];
  const byFile = new Map<NewItemFile, { id: string; file: string }>();
  for (const kind of kinds) {
    const ofKind = files.filter((file) => file.kind === kind);
    const results = await createItemFiles(dir, kind, ofKind);
    ofKind.forEach((file, index) => {
      const result = results[index];
      if (result) byFile.set(file, result);
    });
  }
  for (const file of files) {
    const result = byFile.get(file);
    if (result) written.push(result);
  }
  return written;
}
