/** A private temporary copy of a file for an editor to work on, so the real file changes only once it is checked. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from './writeFileAtomic.js';

export interface ScratchCopy {
  /** The copy's path; its name ends like the original's, so editors pick the right highlighting. */
  file: string;
  read(): Promise<string>;
  write(text: string): Promise<void>;
  remove(): Promise<void>;
}

export async function createScratchCopy(name: string, text: string): Promise<ScratchCopy> {
  // mkdtemp makes a folder only this user can enter, so no one else can swap the file.
  const folder = await mkdtemp(path.join(os.tmpdir(), 'profile-edit-'));
  const file = path.join(folder, name);
  const copy: ScratchCopy = {
    file,
    read: () => readFile(file, 'utf8'),
    write: (content) => writeFileAtomic(file, content, { fsync: false }),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
  await copy.write(text);
  return copy;
}
