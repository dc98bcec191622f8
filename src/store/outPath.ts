/**
 * Where `export --out` may write. One rule for links: no part of the path (resolved against the current folder,
 * which the system gives as a real path) may be a symbolic link, whether it is the last part or a folder before
 * it, since a link planted in a cloned site could lead anywhere. And never inside the profile folder: an export
 * there would overwrite the profile's own files.
 */
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { linkRefused } from './writeFileAtomic.js';

/** Throws when `target` (absolute) passes through a symbolic link or lies inside `profileDir` (or is it). */
export function checkOutPath(target: string, profileDir: string, shown: (file: string) => string): void {
  refuseLinkOnTheWay(target);
  const real = realPathOf(target);
  const profile = realPathOf(profileDir);
  if (isInside(real, profile)) {
    throw new UsageError(
      `--out ${shown(target)} is inside the profile folder ${shown(profileDir)}; an export there would overwrite the profile's own files, so nothing was written`,
      'choose a path outside the profile folder, e.g. --out _pages/about.md or --out ../my-site',
    );
  }
}

/** Where `relative` lies inside `siteDir`, relative to the profile, when it is in the profile folder; else undefined. */
export function profileFolderInSite(siteDir: string, profileDir: string): string | undefined {
  const relative = path.relative(realPathOf(siteDir), realPathOf(profileDir));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

function refuseLinkOnTheWay(target: string): void {
  const { root } = path.parse(target);
  let current = root;
  for (const segment of target.slice(root.length).split(path.sep).filter(Boolean)) {
    current = path.join(current, segment);
    const stats = lstatSync(current, { throwIfNoEntry: false });
    if (stats === undefined) return;
    if (stats.isSymbolicLink()) {
      throw linkRefused(
        current,
        'no part of --out may be a link (it could lead anywhere); remove the link or give the real path',
      );
    }
  }
}

/** The real path of `file`: its deepest existing folder resolved, the rest as given. */
function realPathOf(file: string): string {
  const rest: string[] = [];
  let current = file;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return file;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
