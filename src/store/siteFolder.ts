/**
 * The site folder that `export --site` writes into: what is there now, and carrying out a sync plan. Nothing is
 * read or written through a symbolic link, so a link inside the site cannot send a write elsewhere.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rmdir, unlink } from 'node:fs/promises';
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
  emptyManifest,
  manifestFileName,
  parseSiteManifest,
  type SiteManifest,
  serializeSiteManifest,
} from '../export/siteSync/siteManifest.js';
import { unsafeSitePathReason } from '../export/siteSync/sitePath.js';
import { withFolderLock } from './profileLock.js';
import { writeFileAtomic } from './writeFileAtomic.js';

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
}

export interface SiteSyncResult {
  plan: SiteSyncPlan;
  /** Files that kept the sync from running (edited since, or not ours); when any, nothing was written. */
  blocked: SyncAction[];
  /** Whether files were written (false with --check, when blocked, or when everything was up to date). */
  wrote: boolean;
}

/**
 * Brings `target`'s files in the site folder up to date, holding the folder's lock from reading the manifest to
 * writing it, so that two runs cannot interleave. When any file blocks the sync, nothing is written.
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
  const planNow = () => {
    const manifest = readSiteManifest(siteDir);
    const plan = planSiteSync({
      files,
      owned: manifest.targets[target] ?? {},
      onDisk: (relative) => inspectSitePath(siteDir, relative),
      force: options.force,
    });
    return { manifest, plan, blocked: blockingActions(plan) };
  };
  if (options.check) {
    const { plan, blocked } = planNow();
    return { plan, blocked, wrote: false };
  }
  await mkdir(siteDir, { recursive: true });
  return withFolderLock(siteDir, lockName, 'the site folder', async () => {
    const { manifest, plan, blocked } = planNow();
    const upToDate = changingActions(plan).length === 0 && sameOwned(manifest.targets[target] ?? {}, plan.owned);
    if (blocked.length > 0 || upToDate) return { plan, blocked, wrote: false };
    await applyPlan(siteDir, plan);
    const targets: Record<string, Readonly<Record<string, string>>> = { ...manifest.targets, [target]: plan.owned };
    if (Object.keys(plan.owned).length === 0) delete targets[target];
    await writeFileAtomic(path.join(siteDir, manifestFileName), serializeSiteManifest({ targets }));
    return { plan, blocked, wrote: true };
  });
}

async function applyPlan(siteDir: string, plan: SiteSyncPlan): Promise<void> {
  const emptied = new Set<string>();
  for (const action of plan.actions) {
    const file = path.join(siteDir, action.path);
    if (action.kind === 'create' || action.kind === 'update') {
      await mkdir(path.dirname(file), { recursive: true });
      // Generated files can be made again from the profile; one fsync per file would cost seconds on big sites.
      await writeFileAtomic(file, action.content, { fsync: false });
    } else if (action.kind === 'remove') {
      await unlink(file);
      emptied.add(path.dirname(action.path));
    }
  }
  for (const folder of [...emptied].sort().reverse()) await removeEmptyFolders(siteDir, folder);
}

function sameOwned(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** A page bundle's folder goes with its last file; folders the user put files in stay. */
async function removeEmptyFolders(siteDir: string, relative: string): Promise<void> {
  let current = relative;
  while (current !== '.' && current !== '') {
    const folder = path.join(siteDir, current);
    const entries = await readdir(folder).catch(() => undefined);
    if (entries === undefined || entries.length > 0) return;
    await rmdir(folder).catch(() => undefined);
    current = path.dirname(current);
  }
}

function unreadable(file: string, code: string | undefined, cause: unknown): ProfileError {
  return new ProfileError(`cannot read the file (${code ?? String(cause)})`, {
    file,
    hint: 'check that you may read it',
    cause,
  });
}
