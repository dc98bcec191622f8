/** Removes items: all ids resolved before the first file goes, and every file put back if one cannot be removed. */
import { ProfileError } from '../errors.js';
import { resolveItemId } from '../model/resolveItemId.js';
import { assertProfileFolder, type ItemFileRef, listItemFiles, readItemBytes } from '../store/itemFileList.js';
import { removeItemFile, replaceItemFile } from '../store/itemFiles.js';
import { loadProfile } from '../store/loadProfile.js';
import { withProfileLock } from '../store/profileLock.js';

export interface RemoveItemsOptions {
  dryRun?: boolean;
  displayDir?: string;
}

/** The items `queries` name, without removing anything: for a confirmation question. */
export async function findItems(dir: string, queries: readonly string[], displayDir = dir): Promise<ItemFileRef[]> {
  await assertProfileFolder(dir, displayDir);
  const files = await listItemFiles(dir);
  return [...new Set(queries.map((query) => resolveItemId(files, query)))];
}

export async function removeItems(
  dir: string,
  queries: readonly string[],
  options: RemoveItemsOptions = {},
): Promise<ItemFileRef[]> {
  const displayDir = options.displayDir ?? dir;
  const work = async () => {
    const refs = await findItems(dir, queries, displayDir);
    await refuseSectionsInUse(dir, refs);
    if (options.dryRun) return refs;
    // Bytes, not text: a file that is not UTF-8 can be removed, and is put back exactly if another cannot be.
    const texts = new Map<ItemFileRef, Buffer>();
    for (const ref of refs) texts.set(ref, await readItemBytes(dir, ref.file, displayDir));
    const removed: ItemFileRef[] = [];
    try {
      for (const ref of refs) {
        await removeItemFile(dir, ref.file);
        removed.push(ref);
      }
    } catch (error) {
      for (const ref of removed) await replaceItemFile(dir, ref.file, texts.get(ref) ?? '').catch(() => undefined);
      throw error;
    }
    return refs;
  };
  if (options.dryRun) return work();
  await assertProfileFolder(dir, displayDir);
  return withProfileLock(dir, work);
}

/** A text section that profile.md places on the page cannot go: the page would name a missing file. */
async function refuseSectionsInUse(dir: string, refs: readonly ItemFileRef[]): Promise<void> {
  if (!refs.some((ref) => ref.kind === 'section')) return;
  const { profile } = await loadProfile(dir);
  const used = new Set((profile?.owner.page?.sections ?? []).flatMap((section) => section.section ?? []));
  const inUse = refs.find((ref) => ref.kind === 'section' && used.has(ref.stem));
  if (inUse) {
    throw new ProfileError(`${inUse.id} is placed on the page by profile.md`, {
      hint: `remove "{ kind: text, section: ${inUse.stem} }" from page.sections in profile.md first, or hide it: profile hide ${inUse.id}`,
    });
  }
}
