/**
 * What `import-bib` and `import` share once their input is read as BibTeX entries: under the profile lock, load the
 * profile, plan the import by the no-loss merge, write what changed and report it.
 */
import {
  type ImportOptions,
  type ImportReportEntry,
  type PlannedWrite,
  planBibImport,
} from '../bibtex/planBibImport.js';
import type { BibEntry, SkippedEntry } from '../bibtex/readBibEntries.js';
import type { Profile } from '../model/items.js';
import { shownTarget, unsafeLinkHint, unsafeLinksOfData } from '../model/linkSafety.js';
import type { Problem } from '../problems.js';
import { pageSectionsOf } from '../render/defaultPage.js';
import { unsafeLinkTargets } from '../render/markdownLinks.js';
import { asksForSelected, defaultNewestWhenNoneSelected } from '../render/publicationSections.js';
import { loadValidProfile } from '../store/loadProfile.js';
import { withProfileLock } from '../store/profileLock.js';
import { writePublications } from '../store/writePublications.js';

export interface ImportEntriesOptions extends ImportOptions {
  dir: string;
  /** Plan and report only; nothing is written and the profile is not locked. */
  dryRun?: boolean;
  /** How the profile folder is named in problems. */
  displayDir: string;
}

/** The entries read from the inputs, and those skipped while reading them. */
export interface ReadEntries {
  /** The inputs by name, in the order given (the report's files). */
  sourceNames: readonly string[];
  entries: readonly BibEntry[];
  skipped: readonly SkippedEntry[];
}

export interface ImportEntriesResult {
  report: ImportReportEntry[];
  /** Set when publications were added, none is selected, and selected-only sections show the newest instead. */
  noneSelected?: { total: number; sections: { title?: string; shown: number }[] };
  /** Warnings about the profile's own files, found while loading it. */
  warnings: Problem[];
}

/** Plans the entries against the profile and writes them (under the lock, unless a dry run); the folder is checked. */
export async function importEntries(options: ImportEntriesOptions, read: ReadEntries): Promise<ImportEntriesResult> {
  const { displayDir } = options;
  const importInto = async (): Promise<ImportEntriesResult> => {
    const { profile, warnings, texts } = await loadValidProfile(options.dir, { displayDir, keepTexts: true });
    const plan = planBibImport(profile, read.sourceNames, read.entries, read.skipped, options);
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
): ImportEntriesResult['noneSelected'] {
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
