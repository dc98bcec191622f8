/** `import-bib` as a library call: read the BibTeX files, plan against the profile, write what changed. */

import {
  type ImportOptions,
  type ImportReportEntry,
  type PlannedWrite,
  planBibImport,
} from '../bibtex/planBibImport.js';
import { decodeBibText, readBibEntries } from '../bibtex/readBibEntries.js';
import type { Profile } from '../model/items.js';
import { shownTarget, unsafeLinkHint, unsafeLinksOfData } from '../model/linkSafety.js';
import type { Problem } from '../problems.js';
import { pageSectionsOf } from '../render/defaultPage.js';
import { unsafeLinkTargets } from '../render/markdownLinks.js';
import { asksForSelected, defaultNewestWhenNoneSelected } from '../render/publicationSections.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { loadValidProfile } from '../store/loadProfile.js';
import { withProfileLock } from '../store/profileLock.js';
import { writePublications } from '../store/writePublications.js';

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
  /** Set when publications were added, none is selected, and selected-only sections show the newest instead. */
  noneSelected?: { total: number; sections: { title?: string; shown: number }[] };
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
        const write = plan.writes[index];
        const reports = write === undefined ? [] : (plan.reportsOf.get(write) ?? [write.report]);
        for (const report of reports) Object.assign(report, { id: written.id, itemFile: written.file });
      };
      await writePublications(options.dir, plan.writes, onWritten, { texts: texts ?? new Map(), displayDir });
    }
    const noneSelected = noneSelectedAfter(profile, plan.writes);
    return {
      report: plan.report,
      warnings: [...warnings, ...unsafeLinkWarnings(plan.writes)],
      ...(noneSelected === undefined ? {} : { noneSelected }),
    };
  };
  return options.dryRun ? importInto() : withProfileLock(options.dir, importInto);
}

/** After the writes: whether the page's selected-only sections will fall back to the newest publications. */
export function noneSelectedAfter(
  profile: Profile,
  writes: readonly PlannedWrite[],
): ImportBibtexResult['noneSelected'] {
  const added = writes.filter((write) => write.kind === 'create').length;
  if (added === 0) return undefined;
  if (profile.publications.some((item) => item.fields.selected === true)) return undefined;
  if (writes.some((write) => write.data.selected === true)) return undefined;
  const total = profile.publications.length + added;
  const sections = pageSectionsOf(profile)
    .filter(asksForSelected)
    .map((section) => ({
      ...(section.title === undefined ? {} : { title: section.title }),
      shown: Math.min(section.whenNoneSelected ?? defaultNewestWhenNoneSelected, total),
    }));
  return sections.length === 0 ? undefined : { total, sections };
}

/** Each imported link no export will write as a link (`url = {javascript:…}`), named by its entry; kept as text. */
export function unsafeLinkWarnings(writes: readonly PlannedWrite[]): Problem[] {
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
