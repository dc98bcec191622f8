/** The report of `import-page`: per section of the page, what became items and what was kept as written. */
import { itemSummary } from '../../model/itemSummary.js';
import type { PageCvKind } from '../readEntries/cvHeadings.js';
import { draftAsFile } from './entryFiles.js';
import type { PageOwner } from './ownerName.js';
import type { ImportPlan, KeptText, PlannedItem, SectionKind } from './planImport.js';

export type ItemStatus = 'added' | 'present' | 'duplicate';

export interface ItemReport {
  kind: 'news' | 'publication' | 'talk' | 'service' | PageCvKind;
  line: number;
  endLine: number;
  hidden: boolean;
  /** False when its section is kept as written: the item is in the folder, the page shows the section's text. */
  onPage: boolean;
  /** The title, or the text on one line. */
  summary: string;
  /** `added` (or to be added, in a dry run), `present` (--merge: the profile has it), `duplicate` (listed twice). */
  status: ItemStatus;
  /** `news/2025-07-joined-tongyi-lab`: the new item, or the profile's item it is the same as. */
  id: string | null;
  file: string | null;
  /** For a duplicate: the line of the first one. */
  duplicateOf: number | null;
}

export interface KeptReport extends Omit<KeptText, 'file'> {
  /** `profile.md` (the bio) or `sections/<name>.md`; null with --merge, which adds items only. */
  file: string | null;
}

export interface SectionReport {
  heading: string | null;
  kind: SectionKind;
  line: number;
  endLine: number;
  page: 'items' | 'as-written';
  items: ItemReport[];
  kept: KeptReport[];
  notes: string[];
}

export interface ImportPageReport {
  source: string;
  dir: string;
  mode: 'create' | 'merge';
  dryRun: boolean;
  owner: { name: string | null; nameVariants: string[]; from: PageOwner['from'] };
  frontMatter: string[] | null;
  summary: {
    news: number;
    publications: number;
    talks: number;
    service: number;
    education: number;
    positions: number;
    awards: number;
    teaching: number;
    textSections: number;
    present: number;
    duplicates: number;
    keptLines: number;
  };
  sections: SectionReport[];
  /** The files written (or that would be), relative to the profile folder. */
  files: string[];
  warnings: string[];
}

/** Where each planned item went. */
export interface ItemOutcome {
  status: ItemStatus;
  id: string | null;
  file: string | null;
}

export function buildReport(
  plan: ImportPlan,
  context: { source: string; dir: string; mode: 'create' | 'merge'; dryRun: boolean },
  outcomes: ReadonlyMap<PlannedItem, ItemOutcome>,
  files: readonly string[],
): ImportPageReport {
  const sections: SectionReport[] = plan.sections.map((section) => ({
    heading: section.heading ?? null,
    kind: section.kind,
    line: section.line,
    endLine: section.endLine,
    page: section.page,
    items: [],
    kept: section.kept.map((kept) => ({ ...kept, file: context.mode === 'create' ? kept.file : null })),
    notes: section.notes,
  }));
  const summary = {
    news: 0,
    publications: 0,
    talks: 0,
    service: 0,
    education: 0,
    positions: 0,
    awards: 0,
    teaching: 0,
    textSections: 0,
    present: 0,
    duplicates: 0,
    keptLines: 0,
  };
  const counter = {
    news: 'news',
    publication: 'publications',
    talk: 'talks',
    service: 'service',
    education: 'education',
    position: 'positions',
    award: 'awards',
    teaching: 'teaching',
  } as const;
  for (const planned of plan.items) {
    const outcome = outcomes.get(planned) ?? { status: 'duplicate', id: null, file: null };
    const kind = planned.draft.kind as ItemReport['kind'];
    sections[planned.section]?.items.push({
      kind,
      line: planned.entry.line,
      endLine: planned.entry.endLine,
      hidden: planned.entry.hidden,
      onPage: planned.onPage,
      summary: summaryOf(planned),
      status: outcome.status,
      id: outcome.id,
      file: outcome.file,
      duplicateOf: planned.duplicateOf ?? null,
    });
    if (outcome.status === 'added') summary[counter[kind]]++;
    else if (outcome.status === 'present') summary.present++;
    else summary.duplicates++;
  }
  for (const section of sections) {
    section.items.sort((a, b) => a.line - b.line);
    for (const kept of section.kept) summary.keptLines += kept.endLine - kept.line + 1;
  }
  summary.textSections = context.mode === 'create' ? plan.textSections.length : 0;
  return {
    source: context.source,
    dir: context.dir,
    mode: context.mode,
    dryRun: context.dryRun,
    owner: { name: plan.owner.name ?? null, nameVariants: plan.owner.nameVariants, from: plan.owner.from },
    frontMatter: plan.frontMatterKeys ?? null,
    summary,
    sections,
    files: [...files],
    warnings: plan.warnings,
  };
}

function summaryOf(planned: PlannedItem): string {
  const { draft } = planned;
  return itemSummary(draftAsFile(draft.kind, draft.stem || 'item', draft.data, draft.body).item);
}
