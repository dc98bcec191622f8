/**
 * Temporary files that a killed write leaves behind in a profile (every write goes through one), recognised so the
 * loader can name them for what they are, and removed by the next command that holds the profile lock.
 */
import { lstatSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { itemFolders } from '../model/items.js';

// createItemFile: `.stem.<12 hex>.tmp`; createItemFiles: `.import.<12 hex>.<n>.tmp`.
const createTempName = /^\.(?:import\.[0-9a-f]{12}\.\d+|[a-z0-9][a-z0-9-]{0,99}\.[0-9a-f]{12})\.tmp$/;
// write-file-atomic: the target's name, a dot and a 32-bit hash in decimal (`wang2024wise.md.2148033491`).
const atomicTempName = /^([a-z0-9][a-z0-9-]{0,99}\.md)\.\d{1,10}$/;

// createItemFiles into an empty item folder: `.publications.import.<12 hex>` in the profile folder, beside it.
const stagingFolder = /^\.[a-z]+\.import\.[0-9a-f]{12}$/;

/** The name of the folder new item files are written into before it replaces the empty `folder` (itemFiles.ts). */
export function stagingFolderName(folder: string, hex: string): string {
  return `.${folder}.import.${hex}`;
}

/** Whether `name`, in a folder holding `siblings`, is what an interrupted write of ours leaves. */
export function isLeftoverTempFile(name: string, siblings: ReadonlySet<string>): boolean {
  if (createTempName.test(name)) return true;
  const target = atomicTempName.exec(name)?.[1];
  // Only beside the file it was replacing: a name like this with no such file is not ours to judge.
  return target !== undefined && siblings.has(target);
}

/**
 * Removes the leftovers in the profile folder and its item folders, and the staging folders of a killed import. Call it only while holding the profile lock:
 * then no other command of ours is writing, so every such file is a leftover. Links are unlinked, never followed.
 */
export function removeLeftoverTempFiles(dir: string): void {
  for (const folder of ['.', ...Object.values(itemFolders).map((entry) => entry.folder)]) {
    const folderPath = path.join(dir, folder);
    let names: string[];
    try {
      if (!lstatSync(folderPath).isDirectory()) continue;
      names = readdirSync(folderPath);
    } catch {
      continue;
    }
    const siblings = new Set(names);
    for (const name of names) {
      if (folder === '.' && stagingFolder.test(name)) {
        // A folder of ours (never a link, which is left alone), whose files never reached the profile.
        if (lstatSync(path.join(folderPath, name), { throwIfNoEntry: false })?.isDirectory())
          rmSync(path.join(folderPath, name), { recursive: true, force: true });
        continue;
      }
      if (!isLeftoverTempFile(name, siblings)) continue;
      try {
        if (!lstatSync(path.join(folderPath, name)).isDirectory()) unlinkSync(path.join(folderPath, name));
      } catch {
        // Gone already; or it cannot be removed, which the write that follows will report if it matters.
      }
    }
  }
}
