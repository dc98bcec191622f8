/** A private temporary copy of a file for an editor to work on, so the real file changes only once it is checked. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ProfileError } from '../errors.js';
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
    read: () =>
      readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => Promise.reject(unreadableCopy(error, file))),
    write: (content) => writeFileAtomic(file, content, { fsync: false }),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
  await copy.write(text);
  return copy;
}

/** The editor is another program: it may delete or replace the copy instead of saving it (some save by rename). */
function unreadableCopy(error: NodeJS.ErrnoException, file: string): unknown {
  if (typeof error.code !== 'string') return error;
  const gone = error.code === 'ENOENT';
  return new ProfileError(
    gone
      ? 'the editor deleted the copy it was given instead of saving it; the item file is unchanged'
      : `cannot read the copy the editor saved (${error.code}); the item file is unchanged`,
    {
      file,
      hint: gone
        ? 'save the file in the editor and close it (check that $VISUAL/$EDITOR waits and edits in place), or change fields with edit --set'
        : 'check what the editor left at that path, or change fields with edit --set',
      cause: error,
    },
  );
}
