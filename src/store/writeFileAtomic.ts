/** The one way files are written: a temp file in the same folder, then a rename, never through a symlink or onto a device. */
import { lstat } from 'node:fs/promises';
import { ProfileError } from '../errors.js';

export interface AtomicWriteOptions {
  /** fsync before the rename; off for bulk writes where one fsync per file costs seconds. */
  fsync?: boolean;
}

export async function writeFileAtomic(
  file: string,
  content: string | Buffer,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await refuseSymlink(file);
  // Loaded on first write so that read-only commands start faster.
  const { default: writeFileAtomicLib } = await import('write-file-atomic');
  try {
    await writeFileAtomicLib(file, content, { encoding: 'utf8', fsync: options.fsync ?? true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Only failures of the file system are the user's to fix; anything else is a bug and keeps its stack.
    if (typeof code !== 'string') throw error;
    throw new ProfileError(`cannot write the file (${code ?? String(error)})`, {
      file,
      hint: writeErrorHints[code] ?? 'check the folder exists and is writable, and the disk has space',
      cause: error,
    });
  }
}

const writeErrorHints: Readonly<Record<string, string>> = {
  ENOENT: 'create the folder first',
  ENOSPC: 'the disk is full; free some space and run the command again',
  EACCES: 'the folder is not writable; check its permissions',
  EPERM: 'the folder is not writable; check its permissions',
  EROFS: 'the file system is read-only',
};

// write-file-atomic writes to a symlink's target, which may lie outside the folder we own.
async function refuseSymlink(file: string): Promise<void> {
  const stats = await lstat(file).catch(() => undefined);
  if (stats?.isSymbolicLink()) {
    throw new ProfileError('is a symbolic link; profile does not write through links', {
      file,
      hint: 'remove the link or choose another path',
    });
  }
  if (stats?.isDirectory()) throw new ProfileError('is a folder, not a file', { file });
  // The rename would replace a device or a pipe (as root, `--out /dev/null` would delete the device) with a file.
  if (stats && !stats.isFile()) {
    throw new ProfileError('is a device, a pipe or a socket, not a file; profile writes only plain files', {
      file,
      hint: 'choose another path, or leave out --out to print to standard output',
    });
  }
}
