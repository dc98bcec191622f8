/** One writer at a time per profile: commands that read, decide and write hold this lock. */
import path from 'node:path';
import { ProfileError } from '../errors.js';

const lockName = '.profile.lock';

export function withProfileLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  return withFolderLock(dir, lockName, 'the profile', work);
}

/** `what` names the folder in messages: "the profile", "the site folder". */
export async function withFolderLock<T>(
  dir: string,
  lockName: string,
  what: string,
  work: () => Promise<T>,
): Promise<T> {
  // Loaded here so that read-only commands do not pay for it. It is CommonJS: bundled, only `default` holds it.
  const { lock } = (await import('proper-lockfile')).default;
  let release: () => Promise<void>;
  try {
    release = await lock(dir, {
      lockfilePath: path.join(dir, lockName),
      stale: 15_000,
      retries: { retries: 200, factor: 1.2, minTimeout: 10, maxTimeout: 250, randomize: true },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ELOCKED') {
      throw new ProfileError(`cannot lock ${what} (${code ?? String(error)})`, {
        file: dir,
        hint: 'check the folder exists and is writable',
        cause: error,
      });
    }
    throw new ProfileError(`${what} is busy: another profile command is writing to it`, {
      file: dir,
      hint: `wait for it to finish; if none is running, remove ${path.join(dir, lockName)}`,
      cause: error,
    });
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}
