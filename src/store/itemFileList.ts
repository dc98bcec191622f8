/** The item files of a profile by name only, valid or not, so that a broken file can still be named and fixed. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ProfileError } from '../errors.js';
import { decodeUtf8, nulHint, nulLine, nulMessage } from '../frontMatter/utf8Text.js';
import { type ItemKind, itemFolders, itemId, safeFileStem } from '../model/items.js';
import type { ItemRef } from '../model/resolveItemId.js';
import { missingProfileHint, profileFileName } from './loadProfile.js';

export interface ItemFileRef extends ItemRef {
  readonly stem: string;
}

/** Every `*.md` regular file with a valid name in the item folders, sorted by id; links are left out, as the loader does. */
export async function listItemFiles(dir: string): Promise<ItemFileRef[]> {
  const found: ItemFileRef[] = [];
  for (const kind of Object.keys(itemFolders) as ItemKind[]) {
    const folder = itemFolders[kind].folder;
    const entries = await readdir(path.join(dir, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const stem = entry.name.slice(0, -'.md'.length);
      if (!entry.isFile() || !entry.name.endsWith('.md') || !safeFileStem.test(stem)) continue;
      found.push({ kind, id: itemId(kind, stem), file: `${folder}/${entry.name}`, stem });
    }
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The text of an item file; `relative` is a path listItemFiles produced. A file that is not UTF-8 is refused: read
 * anyway, its bad bytes would become U+FFFD and a rewrite would lose them.
 */
export async function readItemText(dir: string, relative: string, displayDir = dir): Promise<string> {
  const decoded = decodeUtf8(await readItemBytes(dir, relative, displayDir));
  if (decoded.ok) {
    const nul = nulLine(decoded.text);
    if (nul === undefined) return decoded.text;
    throw new ProfileError(nulMessage, { file: path.join(displayDir, relative), line: nul, hint: nulHint });
  }
  throw new ProfileError(`the file is not valid UTF-8 (the first bad byte is byte ${decoded.byteOffset + 1})`, {
    file: path.join(displayDir, relative),
    line: decoded.line,
    hint: 'save it as UTF-8 (e.g. `iconv -f latin1 -t utf-8`); profile does not guess encodings',
  });
}

/** The bytes of an item file as they are, for putting it back exactly (it may not even be UTF-8). */
export async function readItemBytes(dir: string, relative: string, displayDir = dir): Promise<Buffer> {
  try {
    return await readFile(path.join(dir, relative));
  } catch (error) {
    throw new ProfileError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      file: path.join(displayDir, relative),
      cause: error,
    });
  }
}

/** Refuses a folder without profile.md before anything is locked or written there. */
export async function assertProfileFolder(dir: string, displayDir: string): Promise<void> {
  const found = await stat(path.join(dir, profileFileName)).catch(() => undefined);
  if (!found?.isFile()) {
    throw new ProfileError('there is no profile here (profile.md is missing)', {
      // The file, as the commands that read the profile name it: `profile: error: …` read as the program's name.
      file: path.join(displayDir, profileFileName),
      hint: missingProfileHint,
    });
  }
}
