/**
 * The record of the files `export --site` wrote into a site folder, with a hash of each as written, so that a
 * later run knows which files it owns and whether the user edited one since.
 */
import { createHash } from 'node:crypto';
import { unsafeSitePathReason } from './sitePath.js';

export const manifestFileName = '.profile-export.json';
const manifestFormat = 'profile-export/1';

/** For each site target, the files it wrote: path → sha256 of the content as written. */
export interface SiteManifest {
  readonly targets: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const emptyManifest: SiteManifest = { targets: {} };

export function contentHash(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** Why the text is not a manifest, or the manifest. */
export function parseSiteManifest(
  text: string,
): { ok: true; manifest: SiteManifest } | { ok: false; reason: string; unsafePath?: true } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `is not JSON (${(error as Error).message})` };
  }
  if (!isRecord(data) || data.format !== manifestFormat || !isRecord(data.targets)) {
    return { ok: false, reason: `is not a ${manifestFormat} manifest` };
  }
  const targets: Record<string, Record<string, string>> = {};
  for (const [target, files] of Object.entries(data.targets)) {
    if (!isRecord(files)) return { ok: false, reason: `target ${JSON.stringify(target)} is not a map of files` };
    const hashes: Record<string, string> = {};
    for (const [file, hash] of Object.entries(files)) {
      // The manifest lies in a folder others may write (a cloned repository): its paths are checked as strictly as
      // the ones an export makes, so that one such as `../outside/notes.txt` is never read, shown or removed.
      const unsafe = unsafeSitePathReason(file);
      if (unsafe !== undefined) {
        return { ok: false, reason: `lists the path ${JSON.stringify(file)}, which ${unsafe}`, unsafePath: true };
      }
      if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
        return { ok: false, reason: `the hash of ${JSON.stringify(file)} is not a sha256` };
      }
      hashes[file] = hash;
    }
    targets[target] = hashes;
  }
  return { ok: true, manifest: { targets } };
}

/** Sorted keys, so that the manifest itself is the same bytes for the same files. */
export function serializeSiteManifest(manifest: SiteManifest): string {
  const targets: Record<string, Record<string, string>> = {};
  for (const target of Object.keys(manifest.targets).sort()) {
    const files = manifest.targets[target] ?? {};
    targets[target] = Object.fromEntries(
      Object.keys(files)
        .sort()
        .map((file) => [file, files[file] as string]),
    );
  }
  return `${JSON.stringify({ format: manifestFormat, generator: 'profile', targets }, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
