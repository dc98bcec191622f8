/**
 * The one way bytes reach a file: every byte into a new temporary file in the same folder, fsync, then a rename (or,
 * for a new item, a hard link), never through a symlink or onto a device; on any failure the temporary file is removed
 * and the old file is left as it was. Hand-written rather than `write-file-atomic`: that library makes one write()
 * and ignores a short count, so on a nearly full disk it renamed a file cut short into place and reported success
 * (issue 19). A write(2) may take fewer bytes than asked; only a loop that goes on until all are taken is correct.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { ProfileError } from '../errors.js';

export interface AtomicWriteOptions {
  /** fsync before the rename; off for bulk writes where one fsync per file costs seconds. */
  fsync?: boolean;
}

/**
 * Replaces (or creates) `file` with `content` in one step: readers see the old bytes or all the new ones. Errors of
 * the file system become a ProfileError naming `file`.
 */
export async function writeFileAtomic(
  file: string,
  content: string | Buffer,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const existing = refuseNonFile(file);
  try {
    const temporary = writeTemporarySibling(file, content, { fsync: options.fsync ?? true, like: existing });
    try {
      renameSync(temporary, file);
    } catch (error) {
      removeQuietly(temporary);
      throw error;
    }
  } catch (error) {
    throw writeFileError(error, file);
  }
}

/** Writes `content` under a new temporary name beside `file` and returns that name. */
function writeTemporarySibling(file: string, content: string | Buffer, options: NewFileOptions): string {
  for (let attempt = 1; ; attempt++) {
    const temporary = atomicTempName(file);
    try {
      writeNewFileSync(temporary, content, options);
      return temporary;
    } catch (error) {
      // A name another run just took (one chance in four billion): another name, never that file.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === 3) throw error;
    }
  }
}

/** The temporary name a replacement is written under: the target's name, a dot and a 32-bit number in decimal. */
export function atomicTempName(file: string): string {
  // The same form write-file-atomic used, so that leftovers of either are recognised alike (leftoverTempFiles.ts).
  return `${file}.${randomBytes(4).readUInt32BE(0)}`;
}

export interface NewFileOptions {
  fsync: boolean;
  /** The permissions of a new file, before the umask (default 0o666, as most programs create files). */
  mode?: number;
  /** The file this one will replace: its permissions and, where allowed, its owner are kept. */
  like?: { mode: number; uid: number; gid: number } | undefined;
}

/**
 * Creates `file`, which must not exist (O_EXCL: a name someone else just made is never written into), and writes all
 * of `content` into it. On failure the file is removed and the error of the file system is thrown as it is.
 */
export function writeNewFileSync(file: string, content: string | Uint8Array, options: NewFileOptions): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const fd = openSync(file, 'wx', options.mode ?? 0o666);
  try {
    if (options.like) {
      fchmodSync(fd, options.like.mode & 0o7777);
      try {
        fchownSync(fd, options.like.uid, options.like.gid);
      } catch {
        // Only root may give a file to another owner; anyone else keeps being its owner, as with any editor.
      }
    }
    writeAllBytesSync(fd, bytes);
    if (options.fsync) fsyncSync(fd);
  } catch (error) {
    closeQuietly(fd);
    removeQuietly(file);
    throw error;
  }
  try {
    closeSync(fd);
  } catch (error) {
    // Some file systems (NFS) report a failed write only when the file is closed.
    removeQuietly(file);
    throw error;
  }
}

/**
 * Writes every byte of `bytes` at the descriptor's position, however few each write(2) takes. A write that takes no
 * byte at all would loop for ever: it is the disk refusing more, and reported as ENOSPC.
 */
export function writeAllBytesSync(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = writeSync(fd, bytes, offset, bytes.length - offset);
    if (!(written > 0)) {
      throw Object.assign(new Error(`ENOSPC: the file system took ${offset} of ${bytes.length} bytes`), {
        code: 'ENOSPC',
        syscall: 'write',
      });
    }
    offset += written;
  }
}

/** An error of the file system as a ProfileError naming `file`; a ProfileError or a bug (no code) as it is. */
export function writeFileError(error: unknown, file: string, message = 'cannot write the file'): unknown {
  if (error instanceof ProfileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  // Only failures of the file system are the user's to fix; anything else is a bug and keeps its stack.
  if (typeof code !== 'string') return error;
  return new ProfileError(`${message} (${code})`, {
    file,
    hint: writeErrorHint(code),
    cause: error,
  });
}

export function writeErrorHint(code: string): string {
  return writeErrorHints[code] ?? 'check the folder exists and is writable, and the disk has space';
}

const writeErrorHints: Readonly<Record<string, string>> = {
  ENOENT: 'create the folder first',
  ENOSPC: 'the disk is full; free some space and run the command again',
  EDQUOT: 'your disk quota is used up; free some space and run the command again',
  EFBIG: 'the file is larger than this file system allows',
  EACCES: 'the folder is not writable; check its permissions',
  EPERM: 'the folder is not writable; check its permissions',
  EROFS: 'the file system is read-only',
  EIO: 'the disk reported an input/output error; check the disk, then run the command again',
};

export function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or never created.
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The write failed already; that error is the one to report.
  }
}

/**
 * The permissions and owner of the file now at `file`, or undefined when there is none. A symbolic link is refused
 * (a rename would replace the link, a write through it could reach any file), as are a folder and a device.
 */
function refuseNonFile(file: string): { mode: number; uid: number; gid: number } | undefined {
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // ENOTDIR and the like: the folder part is wrong, which the write reports with its hint.
    if (code === 'ENOTDIR') throw writeFileError(error, file);
    return undefined;
  }
  if (stats.isSymbolicLink()) throw linkRefused(file, 'remove the link or choose another path');
  if (stats.isDirectory()) throw new ProfileError('is a folder, not a file', { file });
  // The rename would replace a device or a pipe (as root, `--out /dev/null` would delete the device) with a file.
  if (!stats.isFile()) {
    throw new ProfileError('is a device, a pipe or a socket, not a file; profile writes only plain files', {
      file,
      hint: 'choose another path, or leave out --out to print to standard output',
    });
  }
  return { mode: stats.mode, uid: stats.uid, gid: stats.gid };
}

/** The one refusal of a write through a symbolic link (a link planted in a cloned or shared folder could lead anywhere); `hint` says what to do instead. */
export function linkRefused(file: string, hint?: string): ProfileError {
  return new ProfileError('is a symbolic link; profile does not write through links', {
    file,
    ...(hint === undefined ? {} : { hint }),
  });
}
