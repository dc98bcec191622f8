/**
 * The site folder that `export --site` writes into: what is there now, and carrying out a sync plan. Nothing is
 * read or written through a symbolic link, so a link inside the site cannot send a write elsewhere.
 */
import { lstatSync, readFileSync, rmdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ProfileError } from '../errors.js';
import type { GeneratedFile } from '../export/generatedFile.js';
import {
  blockingActions,
  changingActions,
  type OnDisk,
  planSiteSync,
  type SiteSyncPlan,
  type SyncAction,
} from '../export/siteSync/planSiteSync.js';
import {
  contentHash,
  emptyManifest,
  manifestFileName,
  parseSiteManifest,
  type SiteManifest,
  serializeSiteManifest,
} from '../export/siteSync/siteManifest.js';
import { unsafeSitePathReason } from '../export/siteSync/sitePath.js';
import { profileFolderInSite } from './outPath.js';
import { withFolderLock } from './profileLock.js';
import {
  applySiteChange,
  hasUnfinishedSiteChange,
  recoverSiteChange,
  type SiteChange,
  transactionFolderName,
} from './siteTransaction.js';
import { writeFileError } from './writeFileAtomic.js';

const lockName = '.profile-export.lock';

export function readSiteManifest(siteDir: string): SiteManifest {
  const file = path.join(siteDir, manifestFileName);
  const disk = inspectSitePath(siteDir, manifestFileName);
  if (disk.kind === 'missing') return emptyManifest;
  if (disk.kind === 'other') {
    throw new ProfileError(`is ${disk.what}, not the export's manifest`, { file, hint: 'remove it and run again' });
  }
  const parsed = parseSiteManifest(disk.content);
  if (!parsed.ok) {
    throw new ProfileError(`the export's manifest ${parsed.reason}; nothing was changed`, {
      file,
      hint: parsed.unsafePath
        ? 'an export only ever writes paths inside the site folder, so someone edited this file; restore it (e.g. with git checkout) or delete that entry'
        : 'restore it (e.g. with git checkout); without it profile cannot tell its files from yours',
    });
  }
  for (const files of Object.values(parsed.manifest.targets)) {
    for (const relative of Object.keys(files)) {
      const link = linkedFolderOnTheWay(siteDir, relative);
      if (link === undefined) continue;
      throw new ProfileError(
        `the export's manifest lists the path ${JSON.stringify(relative)}, which passes through the symbolic link ${JSON.stringify(link)}; nothing was changed`,
        {
          file,
          hint: 'profile never reads or removes a file through a link (it may lead outside the site); replace the link with a real folder, or delete that entry',
        },
      );
    }
  }
  return parsed.manifest;
}

/** The first folder of `relative` (inside the site) that is a symbolic link, or undefined. The last part is not looked at. */
function linkedFolderOnTheWay(siteDir: string, relative: string): string | undefined {
  const segments = relative.split('/').slice(0, -1);
  for (let index = 0; index < segments.length; index++) {
    const folder = segments.slice(0, index + 1).join('/');
    const stats = lstatSync(path.join(siteDir, folder), { throwIfNoEntry: false });
    if (stats === undefined || !stats.isDirectory()) return stats?.isSymbolicLink() ? folder : undefined;
  }
  return undefined;
}

/** What is at `relative` inside the site folder, without following any link on the way. */
export function inspectSitePath(siteDir: string, relative: string): OnDisk {
  let current = siteDir;
  const segments = relative.split('/');
  for (const [index, segment] of segments.entries()) {
    current = path.join(current, segment);
    let stats: ReturnType<typeof lstatSync>;
    try {
      stats = lstatSync(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      throw unreadable(current, code, error);
    }
    const last = index === segments.length - 1;
    if (stats.isSymbolicLink()) return { kind: 'other', what: last ? 'a symbolic link' : 'inside a symbolic link' };
    if (!last && !stats.isDirectory())
      return { kind: 'other', what: `below a file (${segments.slice(0, index + 1).join('/')})` };
    if (last && !stats.isFile()) return { kind: 'other', what: stats.isDirectory() ? 'a folder' : 'not a plain file' };
  }
  try {
    return { kind: 'file', content: readFileSync(current, 'utf8') };
  } catch (error) {
    throw unreadable(current, (error as NodeJS.ErrnoException).code, error);
  }
}

export interface SiteSyncOptions {
  /** --force: overwrite or delete files the user edited since the last export. */
  force: boolean;
  /** --check: plan only; nothing is written, not even the folder. */
  check: boolean;
  /** The profile folder: when it lies inside the site, no path of the export may be in it. */
  profileDir?: string;
}

export interface SiteSyncResult {
  plan: SiteSyncPlan;
  /** Files that kept the sync from running (edited since, or not ours); when any, nothing was written. */
  blocked: SyncAction[];
  /** Whether files were written (false with --check, when blocked, or when everything was up to date). */
  wrote: boolean;
  /** What became of an export a killed run left half done: finished or undone before this one planned. */
  recovered: 'none' | 'finished' | 'undone';
}

/**
 * Brings `target`'s files in the site folder up to date, all at once or not at all (siteTransaction.ts), holding the
 * folder's lock from reading the manifest to writing it, so that two runs cannot interleave. When any file blocks
 * the sync, nothing is written.
 */
export async function syncSiteFolder(
  siteDir: string,
  target: string,
  files: readonly GeneratedFile[],
  options: SiteSyncOptions,
): Promise<SiteSyncResult> {
  for (const file of files) {
    const reason = unsafeSitePathReason(file.path);
    if (reason !== undefined) {
      throw new ProfileError(`the ${target} export made the path ${JSON.stringify(file.path)}, which ${reason}`, {
        hint: 'this is a bug in profile; please report it with the item that caused it',
      });
    }
  }
  const inspect = (relative: string) => inspectSitePath(siteDir, relative);
  const profileInSite = options.profileDir === undefined ? undefined : profileFolderInSite(siteDir, options.profileDir);
  const inProfile = (relative: string) =>
    profileInSite !== undefined && (relative === profileInSite || relative.startsWith(`${profileInSite}/`));
  for (const file of files) {
    if (!inProfile(file.path)) continue;
    throw new ProfileError(
      `the ${target} export would write ${file.path}, inside the profile folder; nothing was written`,
      { file: siteDir, hint: 'keep the profile in a folder of its own, e.g. profile/ at the top of the site' },
    );
  }
  const planNow = () => {
    const manifest = readSiteManifest(siteDir);
    for (const owned of Object.values(manifest.targets)) {
      const bad = Object.keys(owned).find(inProfile);
      if (bad === undefined) continue;
      throw new ProfileError(
        `the export's manifest lists the path ${JSON.stringify(bad)}, which is inside the profile folder; nothing was changed`,
        {
          file: path.join(siteDir, manifestFileName),
          hint: 'an export never writes into the profile, so someone edited this file; restore it (e.g. with git checkout) or delete that entry',
        },
      );
    }
    const plan = planSiteSync({ files, owned: manifest.targets[target] ?? {}, onDisk: inspect, force: options.force });
    return { manifest, plan, blocked: blockingActions(plan) };
  };
  if (options.check) {
    if (hasUnfinishedSiteChange(siteDir)) {
      throw new ProfileError('an export into this folder was interrupted and is not finished', {
        file: path.join(siteDir, transactionFolderName),
        hint: 'run the same command without --check: it finishes or undoes that export first',
      });
    }
    const { plan, blocked } = planNow();
    return { plan, blocked, wrote: false, recovered: 'none' };
  }
  const existed = lstatSync(siteDir, { throwIfNoEntry: false }) !== undefined;
  await mkdir(siteDir, { recursive: true }).catch((error: unknown) => Promise.reject(writeFileError(error, siteDir)));
  try {
    return await withFolderLock(siteDir, lockName, 'the site folder', async () => {
      const recovered = recoverSiteChange(siteDir, inspect);
      const { manifest, plan, blocked } = planNow();
      const upToDate = changingActions(plan).length === 0 && sameOwned(manifest.targets[target] ?? {}, plan.owned);
      if (blocked.length > 0 || upToDate) return { plan, blocked, wrote: false, recovered };
      const targets: Record<string, Readonly<Record<string, string>>> = { ...manifest.targets, [target]: plan.owned };
      if (Object.keys(plan.owned).length === 0) delete targets[target];
      await applySiteChange(siteDir, siteChangeOf(plan, serializeSiteManifest({ targets })), inspect);
      return { plan, blocked, wrote: true, recovered };
    });
  } catch (error) {
    // A site folder this run made goes again when the export failed: nothing of it is left.
    if (!existed) rmdirQuietly(siteDir);
    throw error;
  }
}

function siteChangeOf(plan: SiteSyncPlan, manifest: string): SiteChange {
  const entries: SiteChange['entries'] = [];
  for (const action of plan.actions) {
    if (action.kind === 'create' || action.kind === 'update') {
      entries.push({
        entry: {
          kind: 'write',
          path: action.path,
          before: action.kind === 'update' ? contentHash(action.before) : null,
          after: contentHash(action.content),
        },
        content: action.content,
      });
    } else if (action.kind === 'remove') {
      entries.push({ entry: { kind: 'remove', path: action.path, before: contentHash(action.before) } });
    }
  }
  return { entries, manifest };
}

function sameOwned(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function rmdirQuietly(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty (another program put a file there) or gone: it stays as it is.
  }
}

function unreadable(file: string, code: string | undefined, cause: unknown): ProfileError {
  return new ProfileError(`cannot read the file (${code ?? String(cause)})`, {
    file,
    hint: 'check that you may read it',
    cause,
  });
}
