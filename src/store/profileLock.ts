/**
 * One writer at a time per folder: commands that read, decide and write hold a lock (proper-lockfile's folder).
 * The lock records who holds it, so that one left by a killed process is taken over at once instead of after
 * `staleMs`; and holding the profile's lock, a command first removes the temporary files a killed write left.
 */
import { randomBytes } from 'node:crypto';
import {
  lstatSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProfileError } from '../errors.js';
import { removeLeftoverTempFiles } from './leftoverTempFiles.js';

const lockName = '.profile.lock';
/** In the lock folder: `{ pid, host }` of the holder. */
const ownerFileName = 'owner';
/** A lock not refreshed for this long is stale, whoever holds it (another machine, a process that hangs). */
const staleMs = 15_000;
/** How long a command waits for another to finish before it gives up. */
const waitMs = 50_000;

export function withProfileLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  return withFolderLock(dir, lockName, 'the profile', async () => {
    removeLeftoverTempFiles(dir);
    return work();
  });
}

/** `what` names the folder in messages: "the profile", "the site folder". */
export async function withFolderLock<T>(
  dir: string,
  lockName: string,
  what: string,
  work: () => Promise<T>,
): Promise<T> {
  const lockPath = path.join(dir, lockName);
  const release = await acquire(dir, lockPath, what);
  recordOwner(lockPath);
  removeLocksTakenAway(dir, lockName);
  try {
    return await work();
  } finally {
    forgetOwner(lockPath);
    await release().catch(() => undefined);
  }
}

async function acquire(dir: string, lockPath: string, what: string): Promise<() => Promise<void>> {
  // Loaded here so that read-only commands do not pay for it. It is CommonJS: bundled, only `default` holds it.
  const { lock } = (await import('proper-lockfile')).default;
  const giveUpAt = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    let code: string | undefined;
    try {
      return await lock(dir, { lockfilePath: lockPath, stale: staleMs, retries: 0 });
    } catch (error) {
      code = (error as NodeJS.ErrnoException).code;
      // ENOTEMPTY: proper-lockfile found the lock stale but cannot remove a folder holding the owner file.
      if (code !== 'ELOCKED' && code !== 'ENOTEMPTY') {
        throw new ProfileError(`cannot lock ${what} (${code ?? String(error)})`, {
          file: dir,
          hint: 'check the folder exists and is writable',
          cause: error,
        });
      }
      refuseForeignLock(lockPath);
      if ((code === 'ENOTEMPTY' || holderIsGone(lockPath)) && takeAway(lockPath)) continue;
      if (Date.now() >= giveUpAt) {
        throw new ProfileError(`${what} is busy: another profile command is writing to it`, {
          file: dir,
          hint: `wait for it to finish; if none is running, remove ${lockPath}`,
          cause: error,
        });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(250, 10 * 1.2 ** attempt) * (0.5 + Math.random())));
  }
}

// proper-lockfile checks that the folder's mtime is still the one it set, to know the lock is still its own:
// the owner file goes in and out without changing it. Synchronous, so that its refresh timer cannot run between.
function recordOwner(lockPath: string): void {
  try {
    const { atime, mtime } = statSync(lockPath);
    writeFileSync(path.join(lockPath, ownerFileName), JSON.stringify({ pid: process.pid, host: os.hostname() }));
    utimesSync(lockPath, atime, mtime);
  } catch {
    // Without it, a lock this process leaves behind is taken over only once it is stale.
  }
}

function forgetOwner(lockPath: string): void {
  try {
    const { atime, mtime } = statSync(lockPath);
    unlinkSync(path.join(lockPath, ownerFileName));
    utimesSync(lockPath, atime, mtime);
  } catch {
    // Not recorded, or the lock is gone: release() finds out.
  }
}

/** The lock is a folder this code makes; a link or a file there is not one, and waiting for it would never end. */
function refuseForeignLock(lockPath: string): void {
  const stats = lstatSync(lockPath, { throwIfNoEntry: false });
  if (stats === undefined || stats.isDirectory()) return;
  throw new ProfileError(`is not a lock of profile (it is a ${stats.isSymbolicLink() ? 'symbolic link' : 'file'})`, {
    file: lockPath,
    hint: 'remove it; profile makes its lock itself while a command writes',
  });
}

/** True when the lock's holder was a process of this machine that no longer runs (killed, crashed). */
function holderIsGone(lockPath: string): boolean {
  try {
    if (!lstatSync(lockPath).isDirectory()) return false;
    const owner = JSON.parse(readFileSync(path.join(lockPath, ownerFileName), 'utf8')) as {
      pid?: unknown;
      host?: unknown;
    };
    if (owner.host !== os.hostname() || typeof owner.pid !== 'number' || !Number.isSafeInteger(owner.pid)) return false;
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // ESRCH from kill: no such process. EPERM: it runs, as another user. Anything else: cannot tell, so wait.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * A process killed between `takeAway`'s rename and its removal leaves `<lock>.stale-<hex>` behind. Holding the lock,
 * no other process is taking one away, so any such folder is a leftover.
 */
function removeLocksTakenAway(dir: string, lockName: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(`${lockName}.stale-`) || !/^[0-9a-f]{12}$/.test(name.slice(lockName.length + 7))) continue;
    const leftover = path.join(dir, name);
    if (lstatSync(leftover, { throwIfNoEntry: false })?.isDirectory())
      rmSync(leftover, { recursive: true, force: true });
  }
}

/** Moves the lock aside in one step (two processes cannot both take it away), then deletes it. */
function takeAway(lockPath: string): boolean {
  const aside = `${lockPath}.stale-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return false;
  }
  rmSync(aside, { recursive: true, force: true });
  return true;
}
