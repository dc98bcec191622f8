/** `import-bib` as a library call: read the BibTeX files, plan against the profile, write what changed. */

import { shownTarget, unsafeLinkHint, unsafeLinksOfData } from '../model/linkSafety.js';
import { unsafeLinkTargets } from '../render/markdownLinks.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { loadValidProfile } from '../store/loadProfile.js';
import type { Problem } from '../store/problems.js';
import { withProfileLock } from '../store/profileLock.js';
import { writePublications } from '../store/writePublications.js';
import { type ImportOptions, type ImportReportEntry, type PlannedWrite, planBibImport } from './planBibImport.js';
import { decodeBibText, readBibEntries } from './readBibEntries.js';

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

export interface ImportBibtexResult {
  report: ImportReportEntry[];
  /** Warnings about the profile's own files, found while loading it. */
  warnings: Problem[];
}

export async function importBibtex(options: ImportBibtexOptions): Promise<ImportBibtexResult> {
  const displayDir = options.displayDir ?? options.dir;
  const sources = options.files.map((file) => ({ name: file.name, text: decodeBibText(file.bytes, file.name) }));
  await assertProfileFolder(options.dir, displayDir);
  // Parsing needs no lock; only reading the profile, deciding and writing do.
  const { entries, skipped } = await readBibEntries(sources);
  const importInto = async (): Promise<ImportBibtexResult> => {
    const { profile, warnings, texts } = await loadValidProfile(options.dir, { displayDir, keepTexts: true });
    const plan = planBibImport(
      profile,
      sources.map((source) => source.name),
      entries,
      skipped,
      options,
    );
    if (!options.dryRun) {
      const onWritten = (index: number, written: { id: string; file: string }) => {
        const report = plan.writes[index]?.report;
        if (report) Object.assign(report, { id: written.id, itemFile: written.file });
      };
      await writePublications(options.dir, plan.writes, onWritten, { texts: texts ?? new Map(), displayDir });
    }
    return { report: plan.report, warnings: [...warnings, ...unsafeLinkWarnings(plan.writes)] };
  };
  return options.dryRun ? importInto() : withProfileLock(options.dir, importInto);
}

/** Each imported link no export will write as a link (`url = {javascript:…}`), named by its entry; kept as text. */
function unsafeLinkWarnings(writes: readonly PlannedWrite[]): Problem[] {
  return writes.flatMap(({ data, body, report }) =>
    [
      ...unsafeLinksOfData(data).map(({ field, target }) => ({ where: `"${field}"`, target })),
      ...unsafeLinkTargets(body).map((target) => ({ where: 'a link in the notes', target })),
    ].map(({ where, target }) => ({
      severity: 'warning' as const,
      file: report.file,
      line: report.line,
      message: `${report.key ?? 'the entry'}: ${where} points at "${shownTarget(target)}", which is kept as text and never linked`,
      hint: unsafeLinkHint,
    })),
  );
}
