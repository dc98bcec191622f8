/** Every entry below a folder with its kind, bytes and modification time: equal snapshots prove nothing was touched. */
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

export interface EntrySnapshot {
  kind: 'file' | 'folder' | 'link' | 'other';
  /** Files: the bytes as base64 (exact, even when they are not UTF-8); links: the target. */
  content?: string;
  mtimeMs?: number;
}

export type FolderSnapshot = Record<string, EntrySnapshot>;

/** Synchronous on purpose: a snapshot must not interleave with the process it is compared around. */
export function snapshotFolder(root: string): FolderSnapshot {
  const entries: FolderSnapshot = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const relative = path.relative(root, full);
      const stats = lstatSync(full);
      if (stats.isSymbolicLink()) entries[relative] = { kind: 'link', content: readlinkSync(full) };
      else if (stats.isDirectory()) {
        entries[relative] = { kind: 'folder' };
        walk(full);
      } else if (stats.isFile())
        entries[relative] = { kind: 'file', content: readFileSync(full).toString('base64'), mtimeMs: stats.mtimeMs };
      else entries[relative] = { kind: 'other' };
    }
  };
  walk(root);
  return entries;
}

/**
 * The paths whose entry was added, removed or changed between two snapshots, sorted. With `contentOnly`, a file
 * written again with the same bytes (a rollback) does not count.
 */
export function changedPaths(before: FolderSnapshot, after: FolderSnapshot, contentOnly = false): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const shown = (entry: EntrySnapshot | undefined) =>
    JSON.stringify(contentOnly && entry ? { ...entry, mtimeMs: undefined } : entry);
  return [...names].filter((name) => shown(before[name]) !== shown(after[name])).sort();
}
