/**
 * `import --from … --save DIR`: the raw answers written into DIR, each atomically, under names made safe here (an
 * identifier from a hostile profile.md cannot name a path outside DIR), and old pages of a re-fetched source removed.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ProfileError } from '../errors.js';
import { linkRefused, removeQuietly, writeFileAtomic, writeFileError } from './writeFileAtomic.js';

export interface DocumentToSave {
  /** The name the fetcher proposes (`orcid-0000-0002-1825-0097-works-1.json`); made safe before use. */
  fileName: string;
  bytes: Uint8Array;
}

export interface SavedSources {
  /** The file names written, in DIR, in order. */
  written: string[];
  /** Old pages of a re-fetched source that this fetch no longer brought (a list that shrank by a page). */
  removed: string[];
}

/**
 * Writes `documents` into `dir` (created when missing). `pageFamilies` are the stems of paged sources fetched
 * completely (`openalex-A5023888391-works`): a file `stem.json` or `stem-N.json` not written now is an old page and
 * is removed, so the folder holds exactly the latest answers and a CI diff shows what changed.
 */
export async function saveSourceDocuments(
  dir: string,
  documents: readonly DocumentToSave[],
  pageFamilies: readonly string[] = [],
): Promise<SavedSources> {
  refuseLinkedFolder(dir);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw writeFileError(error, dir, 'cannot create the folder');
  }
  const written: string[] = [];
  const taken = new Set<string>();
  for (const document of documents) {
    const name = uniqueName(safeFileName(document.fileName), taken);
    taken.add(name.toLowerCase());
    await writeFileAtomic(path.join(dir, name), Buffer.from(document.bytes));
    written.push(name);
  }
  const removed: string[] = [];
  const stems = pageFamilies.map((stem) => safeFileName(stem));
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || taken.has(entry.name.toLowerCase())) continue;
    if (stems.some((stem) => isPageOf(entry.name, stem))) {
      removeQuietly(path.join(dir, entry.name));
      removed.push(entry.name);
    }
  }
  return { written, removed: removed.sort() };
}

/**
 * A plain file name: letters, digits, `.`, `_` and `-` only (anything else becomes `-`), no leading dot or dash (no
 * hidden file, no option look-alike), at most 150 characters with the extension kept. Never empty, never `..`.
 */
export function safeFileName(proposed: string): string {
  const extension = /\.(json|xml)$/i.exec(proposed)?.[0] ?? '';
  const stem = proposed
    .slice(0, proposed.length - extension.length)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '')
    .slice(0, 150 - extension.length);
  return `${stem === '' ? 'source' : stem}${extension.toLowerCase()}`;
}

function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem}~${n}${extension}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function isPageOf(fileName: string, stem: string): boolean {
  if (!fileName.startsWith(stem)) return false;
  return /^(?:-\d+)?\.json$/.test(fileName.slice(stem.length));
}

/** DIR itself may not be a symbolic link: files written "into DIR" would land wherever it points. */
function refuseLinkedFolder(dir: string): void {
  const stats = lstatSync(dir, { throwIfNoEntry: false });
  if (stats === undefined) return;
  if (stats.isSymbolicLink()) throw linkRefused(dir, 'give --save the real folder');
  if (!stats.isDirectory()) throw new ProfileError('is not a folder', { file: dir, hint: '--save takes a folder' });
}
