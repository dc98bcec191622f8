/**
 * Changing a site folder all at once or not at all, as `import-bib` changes the profile: every new file is first
 * written in full into `SITE/.profile-export.txn/new/`, then a journal is written (the commit point), then the files
 * are moved into place by renames (which need no space), the old ones kept in `old/` until the new manifest is in
 * place. A run that fails before the journal leaves nothing; one that fails after it puts the old files back; one that
 * is killed is finished (journal) or undone (`undo.json`, or no journal) by the next run that takes the site's lock.
 *
 * Each step can be repeated and tells from the disk whether it is done, so a run killed at any point, even while it
 * finishes or undoes another, leaves a state the next run completes. The journal lies in a folder others may write:
 * its paths are checked like the manifest's before anything is moved. Staged files are not fsynced one by one (that
 * costs seconds on a big site); the journal and the manifest are: a power cut may lose the export, not the site.
 */
import { lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ProfileError } from '../errors.js';
import type { OnDisk } from '../export/siteSync/planSiteSync.js';
import { contentHash, manifestFileName } from '../export/siteSync/siteManifest.js';
import { unsafeSitePathReason } from '../export/siteSync/sitePath.js';
import { linkRefused, writeErrorHint, writeFileAtomic, writeFileError, writeNewFileSync } from './writeFileAtomic.js';

export const transactionFolderName = '.profile-export.txn';
const journalName = 'journal.json';
/** The journal renamed: the change is being undone, and a later run goes on undoing it. */
const undoName = 'undo.json';
const stagedManifestName = 'manifest.json';
const journalFormat = 'profile-export-journal/1';

/** One file the change writes (`before` is the hash of the file it replaces, null when it creates one) or removes. */
export type SiteChangeEntry =
  | { kind: 'write'; path: string; before: string | null; after: string }
  | { kind: 'remove'; path: string; before: string };

export interface SiteChange {
  entries: { entry: SiteChangeEntry; content?: string }[];
  /** The manifest's new text; moved into place last, it is what makes the change complete. */
  manifest: string;
}

interface Journal {
  entries: SiteChangeEntry[];
  /** Folders the change makes, parents first; an undo removes them again when they are empty. */
  folders: string[];
}

/** How `inspect` sees a path inside the site: without following any link on the way. */
export type Inspect = (relative: string) => OnDisk;

/** Applies `change` all at once; on failure the site is as it was and the error is thrown. Hold the site's lock. */
export async function applySiteChange(siteDir: string, change: SiteChange, inspect: Inspect): Promise<void> {
  const txn = path.join(siteDir, transactionFolderName);
  const journal: Journal = {
    entries: change.entries.map(({ entry }) => entry),
    folders: foldersToMake(siteDir, change.entries),
  };
  try {
    mkdirSync(txn);
    mkdirSync(path.join(txn, 'new'));
    mkdirSync(path.join(txn, 'old'));
    change.entries.forEach(({ content }, index) => {
      if (content === undefined) return;
      try {
        writeNewFileSync(path.join(txn, 'new', String(index)), content, { fsync: false });
      } catch (error) {
        throw writeFileError(error, path.join(siteDir, change.entries[index]?.entry.path ?? ''));
      }
    });
    await writeFileAtomic(path.join(txn, stagedManifestName), change.manifest);
    await writeFileAtomic(path.join(txn, journalName), `${JSON.stringify({ format: journalFormat, ...journal })}\n`);
  } catch (error) {
    // Nothing of the change is visible yet: dropping the staging folder undoes it.
    rmSync(txn, { recursive: true, force: true });
    throw writeFileError(error, txn);
  }
  try {
    finishForward(siteDir, journal, inspect);
  } catch (error) {
    try {
      renameSync(path.join(txn, journalName), path.join(txn, undoName));
      undo(siteDir, journal, inspect);
    } catch (undoError) {
      throw new ProfileError(
        `the export failed (${describe(error)}) and could not be undone (${describe(undoError)})`,
        {
          file: siteDir,
          hint: `the next export into this folder finishes or undoes it; until then ${transactionFolderName} holds the files`,
          cause: error,
        },
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof ProfileError || typeof code !== 'string') throw error;
    throw new ProfileError(`cannot change the site (${code}); it was left as it was`, {
      file: (error as NodeJS.ErrnoException).path ?? siteDir,
      hint: writeErrorHint(code),
      cause: error,
    });
  }
}

/**
 * Finishes or undoes a change a killed run left, before anything else reads the site. Hold the site's lock.
 * Returns what was done, for the report.
 */
export function recoverSiteChange(siteDir: string, inspect: Inspect): 'none' | 'finished' | 'undone' {
  const txn = path.join(siteDir, transactionFolderName);
  const stats = lstatSync(txn, { throwIfNoEntry: false });
  if (stats === undefined) return 'none';
  if (!stats.isDirectory()) {
    throw new ProfileError(
      `is not the staging folder of an export (it is ${stats.isSymbolicLink() ? 'a symbolic link' : 'a file'})`,
      {
        file: txn,
        hint: 'remove it; profile makes this folder itself while an export writes',
      },
    );
  }
  const names = readdirSync(txn);
  const decided = names.includes(journalName) ? journalName : names.includes(undoName) ? undoName : undefined;
  if (decided === undefined) {
    // Killed while staging: nothing was moved into the site yet.
    rmSync(txn, { recursive: true, force: true });
    return 'undone';
  }
  const journal = readJournal(`${transactionFolderName}/${decided}`, path.join(txn, decided), inspect);
  try {
    if (decided === journalName) {
      finishForward(siteDir, journal, inspect);
      return 'finished';
    }
    undo(siteDir, journal, inspect);
    return 'undone';
  } catch (error) {
    throw new ProfileError(`cannot finish the export that was interrupted here (${describe(error)})`, {
      file: txn,
      hint: 'fix the cause (space, permissions) and run the export again; it goes on from where it stopped',
      cause: error,
    });
  }
}

/** Whether a killed export left a change the next export must finish or undo (`--check` cannot judge the site then). */
export function hasUnfinishedSiteChange(siteDir: string): boolean {
  return lstatSync(path.join(siteDir, transactionFolderName), { throwIfNoEntry: false }) !== undefined;
}

/** Moves every staged file into place, then the manifest; then forgets the old files. Safe to repeat. */
function finishForward(siteDir: string, journal: Journal, inspect: Inspect): void {
  const txn = path.join(siteDir, transactionFolderName);
  for (const folder of journal.folders) makeFolder(siteDir, folder);
  journal.entries.forEach((entry, index) => {
    const target = path.join(siteDir, entry.path);
    const staged = path.join(txn, 'new', String(index));
    const kept = path.join(txn, 'old', String(index));
    refuseLinkOnTheWay(siteDir, entry.path);
    if (entry.kind === 'remove') {
      if (!exists(kept) && holds(inspect(entry.path), entry.before)) renameSync(target, kept);
      return;
    }
    if (!exists(staged)) return;
    const now = inspect(entry.path);
    if (now.kind !== 'missing') {
      // Only the file the change was planned over is set aside; one the user put or edited there since (after a
      // kill) wins, and the next export reports it.
      if (exists(kept) || entry.before === null || !holds(now, entry.before)) return;
      renameSync(target, kept);
    }
    renameSync(staged, target);
  });
  const stagedManifest = path.join(txn, stagedManifestName);
  if (exists(stagedManifest)) renameSync(stagedManifest, path.join(siteDir, manifestFileName));
  for (const entry of journal.entries)
    if (entry.kind === 'remove') removeEmptyFolders(siteDir, path.dirname(entry.path));
  rmSync(txn, { recursive: true, force: true });
}

/** Puts every old file back and takes the new ones out, newest first; the manifest was never replaced. Safe to repeat. */
function undo(siteDir: string, journal: Journal, inspect: Inspect): void {
  const txn = path.join(siteDir, transactionFolderName);
  for (let index = journal.entries.length - 1; index >= 0; index--) {
    const entry = journal.entries[index] as SiteChangeEntry;
    const target = path.join(siteDir, entry.path);
    const staged = path.join(txn, 'new', String(index));
    const kept = path.join(txn, 'old', String(index));
    refuseLinkOnTheWay(siteDir, entry.path);
    if (entry.kind === 'write' && !exists(staged) && holds(inspect(entry.path), entry.after))
      renameSync(target, staged);
    // Never over a file someone put there meanwhile: the old one was generated, and can be made again.
    if (exists(kept) && inspect(entry.path).kind === 'missing') renameSync(kept, target);
  }
  for (const folder of [...journal.folders].reverse()) {
    try {
      rmdirSync(path.join(siteDir, folder));
    } catch {
      // Not empty (the user put a file there meanwhile) or gone already: it stays as it is.
    }
  }
  rmSync(txn, { recursive: true, force: true });
}

/** The folders above the files to write that do not exist yet, parents first. */
function foldersToMake(siteDir: string, entries: SiteChange['entries']): string[] {
  const missing = new Set<string>();
  for (const { entry } of entries) {
    if (entry.kind !== 'write') continue;
    const segments = entry.path.split('/').slice(0, -1);
    for (let index = 1; index <= segments.length; index++) {
      const folder = segments.slice(0, index).join('/');
      if (!missing.has(folder) && lstatSync(path.join(siteDir, folder), { throwIfNoEntry: false }) === undefined)
        missing.add(folder);
    }
  }
  return [...missing].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
}

function makeFolder(siteDir: string, folder: string): void {
  const stats = lstatSync(path.join(siteDir, folder), { throwIfNoEntry: false });
  if (stats?.isDirectory()) return;
  if (stats !== undefined) {
    throw new ProfileError('stands where the export makes a folder', { file: path.join(siteDir, folder) });
  }
  mkdirSync(path.join(siteDir, folder));
}

/** A page bundle's folder goes with its last file; folders the user put files in stay. */
function removeEmptyFolders(siteDir: string, relative: string): void {
  let current = relative;
  while (current !== '.' && current !== '') {
    try {
      if (readdirSync(path.join(siteDir, current)).length > 0) return;
      rmdirSync(path.join(siteDir, current));
    } catch {
      return;
    }
    current = path.dirname(current);
  }
}

function refuseLinkOnTheWay(siteDir: string, relative: string): void {
  const segments = relative.split('/').slice(0, -1);
  for (let index = 1; index <= segments.length; index++) {
    const folder = segments.slice(0, index).join('/');
    const stats = lstatSync(path.join(siteDir, folder), { throwIfNoEntry: false });
    if (stats?.isSymbolicLink()) throw linkRefused(path.join(siteDir, folder), 'replace the link with a real folder');
    if (stats === undefined) return;
  }
}

function holds(disk: OnDisk, hash: string): boolean {
  return disk.kind === 'file' && contentHash(disk.content) === hash;
}

function exists(file: string): boolean {
  return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
}

function describe(error: unknown): string {
  if (error instanceof ProfileError) return error.message;
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** The journal as written by `applySiteChange`; anything else (damaged, or paths leaving the site) is refused. */
function readJournal(relative: string, file: string, inspect: Inspect): Journal {
  const refuse = (why: string) =>
    new ProfileError(`the journal of an interrupted export ${why}; nothing was changed`, {
      file,
      hint: `check the site folder (e.g. git status), then delete ${transactionFolderName} and export again`,
    });
  const disk = inspect(relative);
  if (disk.kind !== 'file') throw refuse(`is ${disk.kind === 'other' ? disk.what : 'missing'}`);
  let data: unknown;
  try {
    data = JSON.parse(disk.content);
  } catch {
    throw refuse('is not JSON');
  }
  const record = data as Partial<Journal> & { format?: unknown };
  if (
    record === null ||
    typeof record !== 'object' ||
    record.format !== journalFormat ||
    !Array.isArray(record.entries) ||
    !Array.isArray(record.folders)
  ) {
    throw refuse(`is not a ${journalFormat} journal`);
  }
  const isHash = (value: unknown) => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
  for (const entry of record.entries as unknown[]) {
    const candidate = entry as Partial<SiteChangeEntry> | null;
    const valid =
      candidate !== null &&
      typeof candidate === 'object' &&
      typeof candidate.path === 'string' &&
      ((candidate.kind === 'write' &&
        (candidate.before === null || isHash(candidate.before)) &&
        isHash((candidate as { after?: unknown }).after)) ||
        (candidate.kind === 'remove' && isHash(candidate.before)));
    if (!valid) throw refuse('holds an entry that is not one');
    const unsafe = unsafeSitePathReason(candidate.path as string);
    if (unsafe !== undefined) throw refuse(`lists the path ${JSON.stringify(candidate.path)}, which ${unsafe}`);
  }
  for (const folder of record.folders as unknown[]) {
    const unsafe = typeof folder === 'string' ? unsafeSitePathReason(folder) : 'is not text';
    if (unsafe !== undefined) throw refuse(`lists the folder ${JSON.stringify(folder)}, which ${unsafe}`);
  }
  return { entries: record.entries, folders: record.folders as string[] };
}
