/** `import-bib` as a library call: read the BibTeX files, plan against the profile, write what changed. */

import type { ImportOptions } from '../bibtex/planBibImport.js';
import { decodeBibText, readBibEntries } from '../bibtex/readBibEntries.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { type ImportEntriesResult, importEntries } from './importEntries.js';

export interface BibFile {
  /** How the file is named in the report: the path as given, or `<stdin>`. */
  name: string;
  bytes: Uint8Array;
}

export interface ImportBibtexOptions extends ImportOptions {
  dir: string;
  files: readonly BibFile[];
  /** Plan and report only; nothing is written and the profile is not locked. */
  dryRun?: boolean;
  /** How the profile folder is named in problems. */
  displayDir?: string;
}

export type ImportBibtexResult = ImportEntriesResult;

export async function importBibtex(options: ImportBibtexOptions): Promise<ImportBibtexResult> {
  const displayDir = options.displayDir ?? options.dir;
  const sources = options.files.map((file) => ({ name: file.name, text: decodeBibText(file.bytes, file.name) }));
  await assertProfileFolder(options.dir, displayDir);
  // Parsing needs no lock; only reading the profile, deciding and writing do.
  const { entries, skipped } = await readBibEntries(sources);
  return importEntries(
    { ...options, displayDir },
    { sourceNames: sources.map((source) => source.name), entries, skipped },
  );
}
