/**
 * What `export --site` must do to bring a site folder up to date, decided before anything is written: the
 * export owns only the files it wrote (the manifest), rewrites them, removes the ones whose items are gone,
 * and reports instead of touching a file it did not write or one the user edited since.
 */
import type { GeneratedFile } from '../generatedFile.js';
import { contentHash } from './siteManifest.js';

/** What is at a path in the site folder now. */
export type OnDisk = { kind: 'missing' } | { kind: 'file'; content: string } | { kind: 'other'; what: string };

export type SyncAction =
  /** Generated, and not on disk: write it. */
  | { kind: 'create'; path: string; content: string }
  /** Ours, unchanged since we wrote it, and the profile now gives other content: rewrite it. */
  | { kind: 'update'; path: string; before: string; content: string }
  /** Already holds exactly what we would write. */
  | { kind: 'unchanged'; path: string; content: string }
  /** Ours, and its item is gone: delete it. */
  | { kind: 'remove'; path: string; before: string }
  /** Ours, edited by the user since we wrote it, and we would change or delete it: only with --force. */
  | { kind: 'edited'; path: string; before: string; content: string | undefined }
  /** Not written by this export (or not a plain file): never touched. */
  | { kind: 'foreign'; path: string; before: string | undefined; what: string; content: string };

export interface SiteSyncPlan {
  /** Sorted by path. */
  readonly actions: readonly SyncAction[];
  /** The manifest entries of this target after the sync: path → hash of what the file then holds. */
  readonly owned: Readonly<Record<string, string>>;
}

export interface PlanInput {
  readonly files: readonly GeneratedFile[];
  /** This target's manifest entries from the last run. */
  readonly owned: Readonly<Record<string, string>>;
  /** What is on disk at every generated path and every owned path. */
  readonly onDisk: (path: string) => OnDisk;
  /** --force: overwrite or delete files the user edited since the last export. */
  readonly force: boolean;
}

export function planSiteSync(input: PlanInput): SiteSyncPlan {
  const actions: SyncAction[] = [];
  const owned: Record<string, string> = {};
  const generated = new Map(input.files.map((file) => [file.path, file.content]));

  for (const [path, content] of generated) {
    const disk = input.onDisk(path);
    const ownedHash = input.owned[path];
    if (disk.kind === 'other') {
      actions.push({ kind: 'foreign', path, before: undefined, what: disk.what, content });
      continue;
    }
    if (disk.kind === 'missing') {
      actions.push({ kind: 'create', path, content });
      owned[path] = contentHash(content);
      continue;
    }
    if (disk.content === content) {
      // Also adopts a file left by an interrupted run, or one that happens to hold exactly our output.
      actions.push({ kind: 'unchanged', path, content });
      owned[path] = contentHash(content);
      continue;
    }
    if (ownedHash === undefined) {
      actions.push({ kind: 'foreign', path, before: disk.content, what: 'a file this export did not write', content });
      continue;
    }
    if (contentHash(disk.content) !== ownedHash && !input.force) {
      actions.push({ kind: 'edited', path, before: disk.content, content });
      owned[path] = ownedHash;
      continue;
    }
    actions.push({ kind: 'update', path, before: disk.content, content });
    owned[path] = contentHash(content);
  }

  for (const [path, ownedHash] of Object.entries(input.owned)) {
    if (generated.has(path)) continue;
    const disk = input.onDisk(path);
    // Gone already, or replaced by something that is not a file: no longer ours.
    if (disk.kind !== 'file') continue;
    if (contentHash(disk.content) !== ownedHash && !input.force) {
      actions.push({ kind: 'edited', path, before: disk.content, content: undefined });
      owned[path] = ownedHash;
      continue;
    }
    actions.push({ kind: 'remove', path, before: disk.content });
  }

  actions.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { actions, owned };
}

/** Files that keep the sync from running: it writes nothing while any is left. */
export function blockingActions(plan: SiteSyncPlan): SyncAction[] {
  return plan.actions.filter((action) => action.kind === 'edited' || action.kind === 'foreign');
}

/** Files the sync would write or delete. */
export function changingActions(plan: SiteSyncPlan): SyncAction[] {
  return plan.actions.filter(
    (action) => action.kind === 'create' || action.kind === 'update' || action.kind === 'remove',
  );
}
