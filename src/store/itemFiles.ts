/** Creating, replacing and removing item files: atomic, never outside the profile, never over another item. */
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { link, lstat, mkdir, readFile, realpath, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ProfileError } from '../errors.js';
import { type ItemKind, itemFolders, itemId, safeFileStem } from '../model/items.js';
import { stagingFolderName } from './leftoverTempFiles.js';
import { type NewFileWriterOptions, NewFileWriterThread } from './newFileWriterThread.js';
import { linkRefused, removeQuietly, writeFileAtomic, writeNewFileSync } from './writeFileAtomic.js';

export interface WriteOptions {
  /** fsync each file; bulk imports turn it off (one fsync per file costs seconds per thousand files). */
  fsync?: boolean;
}

/**
 * Writes a new item file named `stem.md`, or `stem-2.md`, `stem-3.md`… when that name is taken, even by
 * a concurrent run: the file is written under a temporary name and hard-linked into place, which fails
 * instead of overwriting. Returns the id and the path relative to the profile folder.
 */
export async function createItemFile(
  dir: string,
  kind: ItemKind,
  stem: string,
  text: string,
  options: WriteOptions = {},
): Promise<{ id: string; file: string }> {
  if (!safeFileStem.test(stem)) throw new Error(`unsafe file stem: ${JSON.stringify(stem)}`);
  const folder = itemFolders[kind].folder;
  const folderPath = await ensureFolderInside(dir, folder);
  const temporary = path.join(folderPath, `.${stem}.${randomBytes(6).toString('hex')}.tmp`);
  await writeExclusive(temporary, text, options.fsync ?? true, path.join(folderPath, `${stem}.md`));
  try {
    for (let suffix = 1; ; suffix++) {
      const candidate = suffix === 1 ? stem : `${stem}-${suffix}`;
      try {
        await link(temporary, path.join(folderPath, `${candidate}.md`));
        return { id: itemId(kind, candidate), file: `${folder}/${candidate}.md` };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
          throw writeError(error, path.join(folderPath, `${candidate}.md`));
      }
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/** A file `createItemFiles` makes: its stem, and its text or what makes it (made just before it is written). */
export interface NewItemFile {
  stem: string;
  text: string | (() => string);
}

const textOf = (file: NewItemFile): string => (typeof file.text === 'string' ? file.text : file.text());

/**
 * `createItemFile` for many files at once (an import of thousands): the folder is checked once, then each file is
 * written the same way (a temporary name, then a hard link that never overwrites), with synchronous calls, which
 * for small files cost a fraction of the promise-based ones. Results are in the order of `files`. All or nothing:
 * when one cannot be written (a full disk), the ones already created are removed before the error is thrown.
 */
export async function createItemFiles(
  dir: string,
  kind: ItemKind,
  files: readonly NewItemFile[],
  options: WriteOptions = {},
): Promise<{ id: string; file: string }[]> {
  for (const { stem } of files)
    if (!safeFileStem.test(stem)) throw new Error(`unsafe file stem: ${JSON.stringify(stem)}`);
  if (files.length === 0) return [];
  const folder = itemFolders[kind].folder;
  const folderPath = await ensureFolderInside(dir, folder);
  const fsync = options.fsync ?? true;
  if (isEmptyFolder(folderPath)) {
    const swapped = await createInStagingFolder(dir, kind, folderPath, files, fsync);
    if (swapped !== undefined) return swapped;
  }
  const prefix = `.import.${randomBytes(6).toString('hex')}`;
  const created: string[] = [];
  const createOne = (file: NewItemFile, index: number) => {
    const { stem } = file;
    const text = textOf(file);
    const temporary = path.join(folderPath, `${prefix}.${index}.tmp`);
    try {
      writeNewFileSync(temporary, text, { fsync, mode: 0o644 });
    } catch (error) {
      throw writeError(error, path.join(folderPath, `${stem}.md`));
    }
    try {
      for (let suffix = 1; ; suffix++) {
        const candidate = suffix === 1 ? stem : `${stem}-${suffix}`;
        try {
          linkSync(temporary, path.join(folderPath, `${candidate}.md`));
          created.push(path.join(folderPath, `${candidate}.md`));
          return { id: itemId(kind, candidate), file: `${folder}/${candidate}.md` };
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
            throw writeError(error, path.join(folderPath, `${candidate}.md`));
        }
      }
    } finally {
      removeQuietly(temporary);
    }
  };
  try {
    return files.map(createOne);
  } catch (error) {
    for (const file of created) removeQuietly(file);
    throw error;
  }
}

function isEmptyFolder(folderPath: string): boolean {
  try {
    return readdirSync(folderPath).length === 0;
  } catch {
    return false;
  }
}

/**
 * `createItemFiles` into an empty item folder (the first import into a profile): every file is written into a new
 * folder beside it, which then takes its place in one rename. Each file costs one file-system change instead of three
 * (a temporary file, its link, its removal), and a reader or a killed run sees none of the files or all of them.
 * The files are written by a thread of their own (newFileWriterThread.ts) while the next ones are made.
 * rename(2) replaces a folder only while it is empty, so a file another program put there meanwhile is never lost:
 * the rename fails, the staging folder is removed, and undefined tells the caller to create the files one by one.
 * A failed write removes the staging folder and throws: nothing was created. A killed run leaves the staging folder,
 * which the next command holding the lock removes (leftoverTempFiles.ts).
 */
async function createInStagingFolder(
  dir: string,
  kind: ItemKind,
  folderPath: string,
  files: readonly NewItemFile[],
  fsync: boolean,
): Promise<{ id: string; file: string }[] | undefined> {
  const folder = itemFolders[kind].folder;
  const staging = path.join(dir, stagingFolderName(folder, randomBytes(6).toString('hex')));
  let existing: ReturnType<typeof lstatSync>;
  try {
    existing = lstatSync(folderPath);
    mkdirSync(staging, { mode: 0o700 });
  } catch {
    return undefined;
  }
  const writer = startWriter({ mode: 0o644, fsync });
  let results: { id: string; file: string }[];
  try {
    const taken = new Set<string>();
    results = files.map((file) => {
      let candidate = file.stem;
      for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${file.stem}-${suffix}`;
      taken.add(candidate);
      const text = textOf(file);
      const target = path.join(staging, `${candidate}.md`);
      if (writer === undefined) {
        try {
          writeNewFileSync(target, text, { fsync, mode: 0o644 });
        } catch (error) {
          throw writeError(error, path.join(folderPath, `${candidate}.md`));
        }
      } else writer.write(target, text);
      return { id: itemId(kind, candidate), file: `${folder}/${candidate}.md` };
    });
    if (writer !== undefined) {
      await writer.finish().catch((error: NodeJS.ErrnoException) => {
        throw writeError(
          error,
          error.path === undefined ? folderPath : path.join(folderPath, path.basename(error.path)),
        );
      });
    }
    // The folder it replaces keeps its permissions and, where allowed, its owner.
    chmodSync(staging, existing.mode & 0o7777);
    try {
      chownSync(staging, existing.uid, existing.gid);
    } catch {
      // Only root may give a folder to another owner.
    }
  } catch (error) {
    await writer?.abort();
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(staging, folderPath);
  } catch {
    // Not empty any more (ENOTEMPTY, EEXIST), a mount point (EBUSY), a system that renames no folder over another.
    rmSync(staging, { recursive: true, force: true });
    return undefined;
  }
  return results;
}

/** The writer thread, or undefined where none can start (then the files are written here, one after another). */
function startWriter(options: NewFileWriterOptions): NewFileWriterThread | undefined {
  try {
    return new NewFileWriterThread(options);
  } catch {
    return undefined;
  }
}

export interface ReplaceOptions extends WriteOptions {
  /**
   * The text the change was made from: if the file no longer holds it (another program saved it meanwhile), the
   * file is left alone and an error says so, instead of that program's change being lost. `display` names the file.
   */
  expected?: { text: string; display: string; hint: string };
}

/** Replaces an existing item file atomically. `relative` is a path the loader produced. */
export async function replaceItemFile(
  dir: string,
  relative: string,
  text: string | Buffer,
  options: ReplaceOptions = {},
): Promise<void> {
  const target = await resolveInside(dir, relative);
  await refuseChangedMeanwhile(target, options.expected);
  await writeFileAtomic(target, text, { fsync: options.fsync ?? true });
}

export interface UndoableReplacement {
  /** Puts the old file back: a rename, which needs no disk space (a full disk is a reason to undo). */
  undo(): Promise<void>;
  /** Forgets the old file. */
  commit(): Promise<void>;
}

/**
 * `replaceItemFile` for one of several files that must change together: the old file is kept under a temporary
 * name (a hard link) until `commit` or `undo`. A killed run leaves that name to the next command's clean-up.
 */
export async function replaceItemFileUndoably(
  dir: string,
  relative: string,
  text: string,
  options: ReplaceOptions = {},
): Promise<UndoableReplacement> {
  const target = await resolveInside(dir, relative);
  await refuseChangedMeanwhile(target, options.expected);
  const kept = path.join(
    path.dirname(target),
    `.${path.basename(target, '.md')}.${randomBytes(6).toString('hex')}.tmp`,
  );
  await link(target, kept).catch((error: unknown) => Promise.reject(writeError(error, target)));
  try {
    await writeFileAtomic(target, text, { fsync: options.fsync ?? true });
  } catch (error) {
    await unlink(kept).catch(() => undefined);
    throw error;
  }
  return {
    undo: () => rename(kept, target),
    commit: () => unlink(kept).catch(() => undefined),
  };
}

async function refuseChangedMeanwhile(target: string, expected: ReplaceOptions['expected']): Promise<void> {
  if (expected === undefined) return;
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current !== expected.text) {
    throw new ProfileError('the file was changed by another program while the command ran; nothing was written', {
      file: expected.display,
      hint: expected.hint,
    });
  }
}

export async function removeItemFile(dir: string, relative: string): Promise<void> {
  const target = await resolveInside(dir, relative);
  await unlink(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw writeError(error, target);
  });
}

/** `shownAs` is the file the user asked for, which errors name instead of the temporary one. */
async function writeExclusive(file: string, text: string, fsync: boolean, shownAs: string): Promise<void> {
  try {
    writeNewFileSync(file, text, { fsync, mode: 0o644 });
  } catch (error) {
    throw writeError(error, shownAs);
  }
}

/** The item folder, created if missing; refused when it is a link or resolves outside the profile. */
async function ensureFolderInside(dir: string, folder: string): Promise<string> {
  const folderPath = path.join(dir, folder);
  const stats = await lstat(folderPath).catch(() => undefined);
  if (stats?.isSymbolicLink()) throw linkRefused(folderPath, 'replace the link with a real folder');
  if (!stats)
    await mkdir(folderPath, { recursive: true }).catch((error: unknown) =>
      Promise.reject(writeError(error, folderPath)),
    );
  await assertInside(dir, folderPath);
  return folderPath;
}

async function resolveInside(dir: string, relative: string): Promise<string> {
  const target = path.resolve(dir, relative);
  const parent = path.dirname(target);
  const stats = await lstat(parent).catch(() => undefined);
  if (stats?.isSymbolicLink()) throw linkRefused(parent);
  await assertInside(dir, parent);
  return target;
}

async function assertInside(dir: string, folderPath: string): Promise<void> {
  const [root, real] = await Promise.all([realpath(dir), realpath(folderPath)]);
  const relative = path.relative(root, real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ProfileError('resolves outside the profile folder; nothing was written', { file: folderPath });
  }
}

function writeError(error: unknown, file: string): ProfileError {
  if (error instanceof ProfileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const hints: Record<string, string> = {
    ENOSPC: 'the disk is full; free some space and run the command again',
    EACCES: 'the folder is not writable; check its permissions',
    EROFS: 'the file system is read-only',
  };
  return new ProfileError(`cannot write (${code ?? String(error)})`, {
    file,
    hint: hints[code ?? ''] ?? 'check the folder exists and is writable',
    cause: error,
  });
}

/**
 * Gives an item file another name in its folder (`news/2025-07-x.md` → `news/2025-08-x.md`). A hard link to the new
 * name, which fails instead of overwriting, then the old name removed: another item is never replaced.
 */
export async function renameItemFile(
  dir: string,
  kind: ItemKind,
  relative: string,
  stem: string,
): Promise<{ id: string; file: string }> {
  if (!safeFileStem.test(stem)) throw new Error(`unsafe file stem: ${JSON.stringify(stem)}`);
  const folder = itemFolders[kind].folder;
  const source = await resolveInside(dir, relative);
  const target = path.join(await ensureFolderInside(dir, folder), `${stem}.md`);
  try {
    await link(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ProfileError(`${itemId(kind, stem)} already exists; the file keeps its name`, {
        file: target,
        hint: 'rename one of the two by hand if you want them apart',
      });
    }
    throw writeError(error, target);
  }
  await unlink(source);
  return { id: itemId(kind, stem), file: `${folder}/${stem}.md` };
}
