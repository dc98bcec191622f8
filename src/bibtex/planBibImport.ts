/**
 * What an import will do, decided before anything is written. Entries are taken in the order of the files and
 * lines; each is added, updates the publication it was imported from (same key), is merged into the publication of
 * the same work as another source, is a preprint folded into its published version, leaves a publication unchanged,
 * or is skipped with its reason. Pure: the profile and the entries in, the plan out.
 */
import { displayName, lenientOwnerMatcher, ownerMatcher } from '../model/authorNames.js';
import { citationKey } from '../model/citationKey.js';
import { creditedNames } from '../model/creditedNames.js';
import { fastItemFieldsOf } from '../model/fastItemFields.js';
import { checkItemFields, type ItemFieldsCheck } from '../model/itemSchemas.js';
import type { Profile, PublicationItem } from '../model/items.js';
import { normalDblpPid, normalOrcid } from '../model/scholarIds.js';
import { stemFromCitationKey, uniqueStem } from '../model/slug.js';
import {
  addFromSource,
  type FieldConflict,
  promotePublishedVersion,
  type SourceEntry,
  type SourceMerge,
  sourceEntryOf,
  storedBibtex,
  updateFromSource,
} from './addFromSource.js';
import { resolveCrossrefs } from './crossref.js';
import { inWrittenOrder, itemData, mergePublication, sameValue } from './mergePublication.js';
import { preprintVenue } from './preprintVenue.js';
import { type MappedPublication, publicationFromBibtex } from './publicationFromBibtex.js';
import type { BibEntry, SkippedEntry, SourceFacts } from './readBibEntries.js';
import {
  arxivKey,
  compareWorks,
  doiKey,
  identifierKey,
  otherIdentifiers,
  titleKey,
  type WorkFacts,
  type WorkIdentifier,
} from './sameWork.js';
import { shortVenueLabel, type VenueRule } from './venueLabel.js';

export interface ImportOptions {
  /** Mark every imported publication as selected / hidden. */
  selected?: boolean;
  hidden?: boolean;
  /** Kept for scripts written before folding preprints became what every import does; it changes nothing. */
  mergePreprints?: boolean;
}

export type ImportStatus = 'added' | 'updated' | 'merged' | 'folded' | 'unchanged' | 'skipped';

export interface ImportReportEntry {
  status: ImportStatus;
  /** Where the entry is: the file as given and the line of its `@`. */
  file: string;
  line: number;
  key?: string;
  title?: string;
  /** The publication it became, updated or was merged into: `pub/wang2024wise`, `publications/wang2024wise.md`. */
  id?: string;
  itemFile?: string;
  /** Merged or folded: how the publication of the same work was found (`key` for a publication written by hand). */
  matchedBy?: 'key' | WorkIdentifier | 'title';
  /** Updated: the fields that changed; merged or folded: the fields the entry added (`body` for the notes). */
  changed?: string[];
  /** Merged: values this entry gives differently; the publication kept its own. */
  conflicts?: FieldConflict[];
  /** Merged: the published version of a preprint, now the publication's primary source. */
  promoted?: boolean;
  /** Publications of the same title and authors kept apart as other versions (a conference and a journal paper). */
  related?: string[];
  /** Imported, but read in a way the author may not have meant (no author, a bare word, a month of 13). */
  warnings?: string[];
  /** Skipped: why, and what to do. */
  reason?: string;
  hint?: string;
  /** Skipped because of a problem in the file (exit code 1), not on purpose. */
  problem?: boolean;
  /** Whether the owner (profile.md's name variants) is among the authors or editors. */
  ownerFound?: boolean;
  /**
   * The owner's name as the entry writes it when only an initial or a middle name tells it is the owner (`S. S.
   * Martin` for Stacey S. Martin): the page bolds the spellings of nameVariants only, so this one is not bolded.
   */
  ownerSpelling?: string;
  /** Updated: only the citation counts changed (a scheduled import may ignore such a change). */
  countsOnly?: true;
  /** Authors marked corresponding because the source says so (OpenAlex's `is_corresponding`): the publication had no marks. */
  markedCorresponding?: string[];
}

/** Who the owner is, besides the name variants: the identifiers in profile.md. */
export interface OwnerIds {
  orcid?: string;
  dblp?: string;
}

export type PlannedWrite =
  | { kind: 'create'; stem: string; data: Record<string, unknown>; body: string; report: ImportReportEntry }
  | { kind: 'replace'; file: string; data: Record<string, unknown>; body: string; report: ImportReportEntry };

export interface ImportPlan {
  /** One entry per BibTeX entry, in the order of the files and lines. */
  report: ImportReportEntry[];
  /** Each with `report`, the first entry that changed it; `reportsOf` gives all of them. */
  writes: PlannedWrite[];
  /** Every report entry that changed the publication a write holds (several sources may change one). */
  reportsOf: Map<PlannedWrite, ImportReportEntry[]>;
}

/** A publication as the plan goes: the profile's (`item`) or one this import adds. */
interface Work {
  item?: PublicationItem;
  stem: string;
  id: string;
  file: string;
  /** Front matter in written form; undefined while it is the item's, untouched. */
  data?: Record<string, unknown>;
  body: string;
  /** The entries of this import that changed it. */
  reports: ImportReportEntry[];
}

/** `sourceNames` are the files in the order given, which the report follows. */
export function planBibImport(
  profile: Profile,
  sourceNames: readonly string[],
  entries: readonly BibEntry[],
  readSkipped: readonly SkippedEntry[],
  options: ImportOptions = {},
): ImportPlan {
  const report: ImportReportEntry[] = readSkipped.map((skipped) => ({
    status: 'skipped',
    file: skipped.file,
    line: skipped.line,
    ...(skipped.key === undefined ? {} : { key: skipped.key }),
    reason: skipped.reason,
    ...(skipped.hint === undefined ? {} : { hint: skipped.hint }),
    problem: skipped.problem,
  }));
  const planner = new Planner(profile, entries, options);
  const { entries: resolved, parents } = resolveCrossrefs(entries);
  for (const entry of resolved) report.push(planner.place(entry, parents.get(entry.key.toLowerCase())));
  const { writes, reportsOf } = planner.finish();
  return { report: orderReport(report, sourceNames), writes, reportsOf };
}

class Planner {
  private readonly works: Work[] = [];
  /** Every source key (lower case) of every publication: its primary `key` and those of its `sources`. */
  private readonly byKey = new Map<string, Work>();
  /** Built on the first entry not found by its key: a re-import of an unchanged file never needs them. */
  private indexes?: {
    byDoi: Map<string, Work[]>;
    byArxiv: Map<string, Work[]>;
    byTitle: Map<string, Work[]>;
    /** `openalex\u0000w2741809807`: the other sources' identifiers. */
    byId: Map<string, Work[]>;
  };
  private readonly byIdOfWork = new Map<string, Work>();
  private readonly ownerIds: OwnerIds;
  private readonly stems = new Set<string>();
  /** uniqueStem's memory of the suffixes taken, per stem: stems are only ever added to `stems`. */
  private readonly nextSuffix = new Map<string, number>();
  private readonly venueMap: readonly VenueRule[];
  private readonly isOwner: (author: { family?: string; given?: string; literal?: string }) => boolean;
  /** The page's matcher: a name variant's own spelling only. */
  private readonly isOwnerAsWritten: (author: { family?: string; given?: string; literal?: string }) => boolean;
  /** Files whose keys all start with the same prefix (`DBLP:`): ids are made from the entry, not the key. */
  private readonly prefixedFiles: Set<string>;
  private readonly venueLabel = (venue: string) => shortVenueLabel(venue, this.venueMap);

  constructor(
    profile: Profile,
    entries: readonly BibEntry[],
    private readonly options: ImportOptions,
  ) {
    // profile.md's schema has checked both with these same rules; here they give the bare form sources carry.
    const orcid = profile.owner.orcid === undefined ? undefined : normalOrcid(profile.owner.orcid);
    const dblp = profile.owner.dblp === undefined ? undefined : normalDblpPid(profile.owner.dblp);
    this.ownerIds = { ...(orcid === undefined ? {} : { orcid }), ...(dblp === undefined ? {} : { dblp }) };
    this.venueMap = profile.owner.venueMap ?? [];
    this.isOwner = lenientOwnerMatcher(profile.owner.nameVariants ?? [profile.owner.name]);
    this.isOwnerAsWritten = ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]);
    for (const item of profile.publications) {
      const stem = item.id.slice('pub/'.length);
      const work: Work = { item, stem, id: item.id, file: item.file, body: item.body, reports: [] };
      this.works.push(work);
      this.byIdOfWork.set(work.id, work);
      this.stems.add(stem);
      this.byKey.set(item.fields.key.toLowerCase(), work);
      for (const source of item.fields.sources ?? []) {
        if (!this.byKey.has(source.key.toLowerCase())) this.byKey.set(source.key.toLowerCase(), work);
      }
    }
    this.prefixedFiles = filesWithSharedKeyPrefix(entries);
  }

  place(entry: BibEntry, crossrefChildren: number | undefined): ImportReportEntry {
    const report = this.placeEntry(entry, crossrefChildren);
    if (entry.source !== undefined && report.status !== 'skipped' && report.id !== undefined) {
      const work = this.byIdOfWork.get(report.id);
      if (work !== undefined) {
        this.offerCorresponding(work, entry, report);
        this.takeCitations(work, entry.source, report);
      }
    }
    return report;
  }

  /** Whether the source says the owner is among the authors: by ORCID iD or DBLP pid, or the record listing the work. */
  private ownerByIds(source: SourceFacts | undefined): boolean {
    if (source === undefined) return false;
    const { orcid, dblp } = this.ownerIds;
    const matches = (person: { orcid?: string; dblp?: string } | undefined) =>
      person !== undefined &&
      ((orcid !== undefined && person.orcid?.toUpperCase() === orcid) || (dblp !== undefined && person.dblp === dblp));
    return matches(source.listedBy) || source.people.some(matches);
  }

  /**
   * Corresponding-author marks another source gives (OpenAlex's `is_corresponding`), taken only by a publication
   * without marks, where this entry was merged in as another source: marks the user set or removed stay.
   */
  private offerCorresponding(work: Work, entry: BibEntry, report: ImportReportEntry): void {
    const positions = (entry.fields.corresponding ?? '').split(',').filter((part) => /^\d+$/.test(part));
    if (positions.length === 0) return;
    if (report.status === 'added') {
      const authors = (this.dataOf(work).authors as { corresponding?: boolean }[] | undefined) ?? [];
      report.markedCorresponding = authors.flatMap((author) =>
        author.corresponding ? [displayName(author as Parameters<typeof displayName>[0])] : [],
      );
      return;
    }
    if (
      report.status !== 'merged' &&
      report.status !== 'folded' &&
      !(report.status === 'unchanged' && report.matchedBy)
    )
      return;
    const data = this.dataOf(work);
    const authors = (data.authors as Parameters<typeof displayName>[0][] | undefined) ?? [];
    if (report.changed?.includes('authors')) {
      // The authors came from this source, its marks with them.
      const marked = authors.filter((author) => author.corresponding).map(displayName);
      if (marked.length > 0) report.markedCorresponding = marked;
      return;
    }
    if (authors.some((author) => author.corresponding || author.equal)) return;
    const theirs = publicationFromBibtex(entry, this.mapping()).data.authors;
    const wanted = new Set(
      theirs
        .filter((author) => author.corresponding)
        .map((author) => personKey(author.family ?? author.literal, author.given)),
    );
    const marked: string[] = [];
    const next = authors.map((author) => {
      if (!wanted.has(personKey(author.family ?? author.literal, author.given))) return author;
      marked.push(displayName(author));
      return { ...author, corresponding: true };
    });
    if (marked.length === 0) return;
    this.setData(work, { ...data, authors: next }, report, 'authors');
    report.markedCorresponding = marked;
  }

  /** The source's citation count, stored as its dated snapshot; a count unchanged keeps the snapshot's date. */
  private takeCitations(work: Work, source: SourceFacts, report: ImportReportEntry): void {
    const snapshot = source.citations;
    if (snapshot === undefined) return;
    // Read without copying an untouched publication's front matter: a re-import mostly finds the same count.
    const kept =
      ((work.data ?? work.item?.fields)?.citedBy as { count: number; source: string; date: string }[] | undefined) ??
      [];
    const previous = kept.find((entry) => entry.source === snapshot.source);
    if (previous !== undefined && previous.count === snapshot.count) return;
    const data = this.dataOf(work);
    const citedBy = [...kept.filter((entry) => entry !== previous), { ...snapshot }].sort((a, b) =>
      a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
    );
    this.setData(work, { ...data, citedBy }, report, 'citedBy');
  }

  /** A change made after the entry was placed: the report gains the field, an unchanged entry becomes an update. */
  private setData(work: Work, data: Record<string, unknown>, report: ImportReportEntry, field: string): void {
    const onlyCounts = report.status === 'unchanged' && field === 'citedBy';
    work.data = inWrittenOrder(data);
    if (report.status === 'added') return; // part of what was added
    if (report.status === 'unchanged') {
      report.status = 'updated';
      if (onlyCounts) report.countsOnly = true;
    } else if (report.countsOnly && field !== 'citedBy') delete report.countsOnly;
    report.changed = [...new Set([...(report.changed ?? []), field])].sort();
    if (!work.reports.includes(report)) work.reports.push(report);
  }

  private placeEntry(entry: BibEntry, crossrefChildren: number | undefined): ImportReportEntry {
    const report: ImportReportEntry = { status: 'skipped', file: entry.file, line: entry.line, key: entry.key };
    const found = this.byKey.get(entry.key.toLowerCase());
    if (found !== undefined && this.unchangedPrimary(found, entry)) {
      const fields = found.item?.fields;
      return Object.assign(report, {
        status: 'unchanged' as const,
        ...(fields?.title === undefined ? {} : { title: fields.title }),
        id: found.id,
        itemFile: found.file,
        ownerFound:
          [...(fields?.authors ?? []), ...(fields?.editors ?? [])].some(this.isOwner) || this.ownerByIds(entry.source),
      });
    }
    const mapped = publicationFromBibtex(entry, { venueMap: this.venueMap });
    mapped.data.bibtex = storedBibtex(sourceEntryOf(entry)) as MappedPublication['data']['bibtex'];
    const people = [...mapped.data.authors, ...(mapped.data.editors ?? [])];
    if (mapped.data.title !== undefined) report.title = mapped.data.title;
    const owner = people.find(this.isOwner);
    report.ownerFound = owner !== undefined || this.ownerByIds(entry.source);
    if (owner !== undefined && !people.some(this.isOwnerAsWritten)) report.ownerSpelling = displayName(owner);
    const warnings = [...(entry.warnings ?? []), ...(mapped.warnings ?? [])];
    if (people.length === 0) warnings.push('has no author or editor; imported without authors');
    if (warnings.length > 0) report.warnings = warnings;

    if (crossrefChildren !== undefined && !report.ownerFound) {
      return Object.assign(report, {
        reason: `is the crossref target of ${crossrefChildren} ${crossrefChildren === 1 ? 'entry' : 'entries'}, whose fields it completes; not a publication of its own`,
        problem: false,
      });
    }
    if (mapped.data.title === undefined) {
      return Object.assign(report, {
        reason: 'has no title',
        hint: 'complete the entry and import the file again',
        problem: true,
      });
    }
    if (found !== undefined && this.fromSameFile(found, entry)) {
      this.updateSameKey(found, entry, mapped, report);
      return report;
    }
    if (found !== undefined) {
      // The same key in another file (Scholar and al-folio both write `hu2019stochastic`): another source of the
      // same work, never a new version of the entry the publication was built from.
      const data = this.dataOf(found);
      const comparison = compareWorks(
        factsOf(mapped.data as unknown as Record<string, unknown>, mapped.isPreprint),
        factsOf(data, isPreprintData(data)),
        this.venueLabel,
      );
      if (comparison.same || titleKey(String(data.title)) === titleKey(mapped.data.title)) {
        this.mergeOtherSource(found, 'key', entry, mapped, report);
      } else {
        Object.assign(report, {
          reason: `has the citation key of ${found.id}, another work imported from another file`,
          hint: 'give one of the two entries another key; a profile holds each key once',
          problem: true,
        });
      }
      return report;
    }
    const match = this.findSameWork(mapped);
    if (match.work === undefined) {
      this.add(entry, mapped, report);
    } else {
      this.mergeOtherSource(match.work, match.by, entry, mapped, report);
    }
    if (match.related.length > 0) report.related = match.related.map((work) => work.id);
    if (match.sharing.length > 0) {
      report.warnings = [
        ...(report.warnings ?? []),
        ...match.sharing.map(
          ({ work, by }) =>
            `has the ${identifierNames[by]} ${String(mapped.data[by])} of ${work.id}, whose title and authors are another work's; imported as a publication of its own: check which of the two it belongs to`,
        ),
      ];
    }
    return report;
  }

  /** The entry the publication was imported from, not changed since: nothing to map or merge (a re-import). */
  private unchangedPrimary(work: Work, entry: BibEntry): boolean {
    if (work.data !== undefined || work.item === undefined) return false;
    const fields = work.item.fields;
    const stored = fields.bibtex;
    if (stored === undefined || fields.key.toLowerCase() !== entry.key.toLowerCase()) return false;
    if ((this.options.selected && fields.selected !== true) || (this.options.hidden && fields.hidden !== true)) {
      return false;
    }
    const snapshot = entry.source?.citations;
    if (
      snapshot !== undefined &&
      !(fields.citedBy ?? []).some((kept) => kept.source === snapshot.source && kept.count === snapshot.count)
    ) {
      return false;
    }
    return (
      stored.type === entry.type &&
      sameValue(stored.bare ?? [], entry.bare ?? []) &&
      sameValue(stored.fields, entry.fields)
    );
  }

  /**
   * Whether the entry is a new version of the source of that key: read from a file of the same name, or from a
   * source whose file is not known (imported before files were remembered).
   */
  private fromSameFile(work: Work, entry: BibEntry): boolean {
    const data = this.dataOf(work);
    const key = entry.key.toLowerCase();
    const file = fileNameOf(entry.file);
    const stored =
      String(data.key).toLowerCase() === key
        ? [{ key: String(data.key), ...(data.bibtex as Omit<SourceEntry, 'key'> | undefined) }]
        : [];
    const candidates = [
      ...stored,
      ...((data.sources as SourceEntry[] | undefined) ?? []).filter((source) => source.key.toLowerCase() === key),
    ];
    return candidates.some((source) => source.file === undefined || source.file === file);
  }

  /** A new version of one of the publication's sources. */
  private updateSameKey(work: Work, entry: BibEntry, mapped: MappedPublication, report: ImportReportEntry): void {
    const data = this.dataOf(work);
    const primaryKey = String(data.key).toLowerCase();
    const stored = data.bibtex as Omit<SourceEntry, 'key'> | undefined;
    const primary =
      stored === undefined
        ? undefined
        : publicationFromBibtex({ type: stored.type, key: String(data.key), fields: stored.fields }, this.mapping());
    const file = fileNameOf(entry.file);
    const sources = (data.sources as SourceEntry[] | undefined) ?? [];
    const sameKey = sources.filter((source) => source.key.toLowerCase() === entry.key.toLowerCase());
    const isPrimary =
      primaryKey === entry.key.toLowerCase() &&
      (stored?.file === file || (stored?.file === undefined && !sameKey.some((source) => source.file === file)));
    if (isPrimary) {
      const merged = mergePublication({ data, body: work.body }, mapped, primary);
      // The file it was first read from stays the one remembered.
      if (stored?.file !== undefined && merged.data.bibtex !== undefined) {
        merged.data.bibtex = { ...(merged.data.bibtex as object), file: stored.file };
      }
      this.change(work, merged.data, merged.body, report, 'updated');
      return;
    }
    const previous = sameKey.find((source) => source.file === file) ?? sameKey.find((source) => !source.file);
    if (previous === undefined) return; // cannot happen: the key was found among them
    const source = { ...sourceEntryOf(entry), ...(previous.file === undefined ? {} : { file: previous.file }) };
    if (
      previous.type === entry.type &&
      sameValue(previous.fields, entry.fields) &&
      sameValue(previous.bare ?? [], entry.bare ?? [])
    ) {
      this.change(work, withFlags(data, this.options), work.body, report, 'updated');
      return;
    }
    const before = publicationFromBibtex(
      { type: previous.type, key: previous.key, fields: previous.fields },
      this.mapping(),
    );
    const merged = updateFromSource(data, work.body, before, mapped, source, primary);
    this.change(work, merged.data, merged.body, report, 'updated', merged);
  }

  /** Another key, the same work: another source of it. */
  private mergeOtherSource(
    work: Work,
    by: NonNullable<ImportReportEntry['matchedBy']>,
    entry: BibEntry,
    mapped: MappedPublication,
    report: ImportReportEntry,
  ): void {
    const data = this.dataOf(work);
    report.matchedBy = by;
    const source = sourceEntryOf(entry);
    if (data.bibtex === undefined) {
      // Written by hand (add-pub): the entry fills what it lacks and becomes its source, as an import always did.
      const merged = mergePublication({ data, body: work.body }, mapped, undefined);
      this.change(work, merged.data, merged.body, report, 'updated');
      return;
    }
    if (this.isStoredEntry(data, entry)) {
      // The entry a hand-written publication took as its source on an earlier import (its key stayed the user's):
      // nothing to add, and never a copy of itself among the other sources.
      this.change(work, data, work.body, report, 'merged');
      return;
    }
    const storedPreprint = isPreprintData(data);
    if (mapped.isPreprint && !storedPreprint) {
      this.change(
        work,
        undefined,
        undefined,
        report,
        'folded',
        addFromSource(data, work.body, mapped, source, { preprint: true }),
      );
      return;
    }
    if (!mapped.isPreprint && storedPreprint) {
      const stored = data.bibtex as Omit<SourceEntry, 'key'>;
      const preprint = publicationFromBibtex(
        { type: stored.type, key: String(data.key), fields: stored.fields },
        this.mapping(),
      );
      const merged = promotePublishedVersion(data, work.body, preprint, mapped, source);
      report.promoted = true;
      this.change(work, undefined, undefined, report, 'merged', merged);
      this.index(work);
      return;
    }
    this.change(work, undefined, undefined, report, 'merged', addFromSource(data, work.body, mapped, source));
    this.index(work);
  }

  /** Whether the publication's own `bibtex` is this entry, read from a file of the same name. */
  private isStoredEntry(data: Record<string, unknown>, entry: BibEntry): boolean {
    const stored = data.bibtex as Omit<SourceEntry, 'key'> | undefined;
    return (
      stored !== undefined &&
      stored.file === fileNameOf(entry.file) &&
      stored.type === entry.type &&
      sameValue(stored.bare ?? [], entry.bare ?? []) &&
      sameValue(stored.fields, entry.fields)
    );
  }

  private add(entry: BibEntry, mapped: MappedPublication, report: ImportReportEntry): void {
    const data: Record<string, unknown> = withFlags({ ...mapped.data }, this.options);
    if ((data.authors as unknown[]).length === 0) delete data.authors;
    const check = checkPublication(data);
    if (!check.ok) {
      Object.assign(report, {
        reason: `cannot be a publication: ${check.issues.map((issue) => issue.message).join('; ')}`,
        hint: 'complete the entry and import the file again',
        problem: true,
      });
      return;
    }
    // The source's citation count comes with it, as takeCitations would add it: the data is ordered once.
    const snapshot = entry.source?.citations;
    if (snapshot !== undefined && data.citedBy === undefined) data.citedBy = [{ ...snapshot }];
    const stem = uniqueStem(this.stemOf(entry, mapped), (name) => this.stems.has(name), this.nextSuffix);
    this.stems.add(stem);
    const work: Work = {
      stem,
      id: `pub/${stem}`,
      file: `publications/${stem}.md`,
      data: inWrittenOrder(data),
      body: mapped.body,
      reports: [report],
    };
    this.works.push(work);
    this.byIdOfWork.set(work.id, work);
    this.byKey.set(entry.key.toLowerCase(), work);
    this.index(work);
    Object.assign(report, { status: 'added', id: work.id, itemFile: work.file });
  }

  /**
   * Records what an entry did to a publication. `merge` (another source) gives the data and what it added;
   * otherwise `data` and `body` are the new state and the fields that differ are what changed.
   */
  private change(
    work: Work,
    data: Record<string, unknown> | undefined,
    body: string | undefined,
    report: ImportReportEntry,
    status: 'updated' | 'merged' | 'folded',
    merge?: SourceMerge,
  ): void {
    const before = this.dataOf(work);
    const after = inWrittenOrder(withFlags(merge?.data ?? data ?? before, this.options));
    const newBody = merge?.body ?? body ?? work.body;
    Object.assign(report, { id: work.id, itemFile: work.file });
    if (merge !== undefined && merge.conflicts.length > 0) report.conflicts = merge.conflicts;
    const changed = changedFields(before, after, work.body, newBody);
    if (changed.length === 0) {
      report.status = 'unchanged';
      return;
    }
    report.status = status;
    report.changed = merge !== undefined && status !== 'updated' ? addedFields(merge, changed) : changed;
    work.data = after;
    work.body = newBody;
    work.reports.push(report);
  }

  /** The other sources' part of what changed: what they added, and the sources list itself. */
  private findSameWork(mapped: MappedPublication): {
    work?: Work;
    by: NonNullable<ImportReportEntry['matchedBy']>;
    related: Work[];
    /** Works with one of the entry's identifiers whose title and authors are another work's. */
    sharing: { work: Work; by: WorkIdentifier }[];
  } {
    const { byDoi, byArxiv, byTitle, byId } = this.buildIndexes();
    const facts = factsOf(mapped.data as unknown as Record<string, unknown>, mapped.isPreprint);
    const candidates = new Set<Work>([
      ...(byDoi.get(doiKey(mapped.data.doi) ?? '') ?? []),
      ...(byArxiv.get(arxivKey(mapped.data.arxiv) ?? '') ?? []),
      ...otherIdentifiers.flatMap((name) => {
        const key = identifierKey(name, mapped.data[name]);
        return key === undefined ? [] : (byId.get(`${name}\u0000${key}`) ?? []);
      }),
      ...(byTitle.get(titleKey(mapped.data.title)) ?? []),
    ]);
    const related: Work[] = [];
    const sharing: { work: Work; by: WorkIdentifier }[] = [];
    for (const work of candidates) {
      const data = this.dataOf(work);
      const comparison = compareWorks(facts, factsOf(data, isPreprintData(data)), this.venueLabel);
      if (comparison.same) return { work, by: comparison.by, related: [], sharing: [] };
      if (comparison.related) related.push(work);
      if (comparison.sharedIdentifier) sharing.push({ work, by: comparison.sharedIdentifier });
    }
    return { by: 'title', related, sharing };
  }

  private buildIndexes(): NonNullable<Planner['indexes']> {
    if (this.indexes === undefined) {
      this.indexes = { byDoi: new Map(), byArxiv: new Map(), byTitle: new Map(), byId: new Map() };
      for (const work of this.works) this.index(work);
    }
    return this.indexes;
  }

  /** Adds a publication's identifiers to the indexes (kept when they change: a lookup compares again anyway). */
  private index(work: Work): void {
    if (this.indexes === undefined) return;
    const data = this.dataOf(work);
    const add = (map: Map<string, Work[]>, key: string | undefined) => {
      if (key === undefined || key === '') return;
      const list = map.get(key);
      if (list === undefined) map.set(key, [work]);
      else if (!list.includes(work)) list.push(work);
    };
    add(this.indexes.byDoi, doiKey(data.doi as string | undefined));
    add(this.indexes.byArxiv, arxivKey(data.arxiv as string | undefined));
    add(this.indexes.byTitle, titleKey(data.title as string | undefined));
    for (const name of otherIdentifiers) {
      const key = identifierKey(name, data[name] as string | undefined);
      if (key !== undefined) add(this.indexes.byId, `${name}\u0000${key}`);
    }
    this.byKey.set(String(data.key).toLowerCase(), work);
    for (const source of (data.sources as SourceEntry[] | undefined) ?? []) {
      if (!this.byKey.has(source.key.toLowerCase())) this.byKey.set(source.key.toLowerCase(), work);
    }
  }

  private dataOf(work: Work): Record<string, unknown> {
    work.data ??= itemData(work.item as PublicationItem);
    return work.data;
  }

  private mapping() {
    return { venueMap: this.venueMap };
  }

  /** The id's stem: the key's, or for keys that are paths or share a prefix (DBLP's), `hu2019stochastic`. */
  private stemOf(entry: BibEntry, mapped: MappedPublication): string {
    if (!entry.key.includes('/') && !this.prefixedFiles.has(entry.file) && entry.source === undefined) {
      return stemFromCitationKey(entry.key);
    }
    const year = mapped.data.date === undefined ? undefined : { year: Number(mapped.data.date.slice(0, 4)) };
    const key = citationKey(creditedNames(mapped.data).names, year, mapped.data.title ?? '');
    return stemFromCitationKey(key === 'publication' ? entry.key : key);
  }

  finish(): { writes: PlannedWrite[]; reportsOf: Map<PlannedWrite, ImportReportEntry[]> } {
    const writes: PlannedWrite[] = [];
    const reportsOf = new Map<PlannedWrite, ImportReportEntry[]>();
    for (const work of this.works) {
      const [first] = work.reports;
      if (first === undefined || work.data === undefined) continue;
      // A new publication's data is in written order already; a changed one's after each change.
      const data = work.data;
      if (work.item !== undefined) {
        const check = checkPublication(data);
        if (!check.ok) {
          for (const report of work.reports) {
            Object.assign(report, {
              status: 'skipped',
              reason: `would make ${work.id} invalid: ${check.issues.map((issue) => issue.message).join('; ')}`,
              problem: true,
            });
          }
          continue;
        }
      }
      const write: PlannedWrite =
        work.item === undefined
          ? { kind: 'create', stem: work.stem, data, body: work.body, report: first }
          : { kind: 'replace', file: work.file, data, body: work.body, report: first };
      writes.push(write);
      reportsOf.set(write, work.reports);
    }
    return { writes, reportsOf };
  }
}

/** How a warning names an identifier. */
const identifierNames: Readonly<Record<WorkIdentifier, string>> = {
  doi: 'DOI',
  arxiv: 'arXiv id',
  orcidPutCode: 'ORCID put-code',
  openalex: 'OpenAlex id',
  semanticScholar: 'Semantic Scholar id',
  dblp: 'DBLP key',
  pmid: 'PubMed id',
};

/**
 * Whether the data makes a valid publication. The hand-written check takes the common valid one at a fraction of
 * valibot's cost (a first import checks every entry); valibot decides what it declines and words every issue.
 */
function checkPublication(data: Readonly<Record<string, unknown>>): ItemFieldsCheck {
  const fields = fastItemFieldsOf('publication', data);
  return fields === undefined ? checkItemFields('publication', data) : { ok: true, fields };
}

/** Family name and first initial, without case or accents: how a mark finds its author in another source's list. */
function personKey(family: string | undefined, given: string | undefined): string {
  return `${titleKey(family)}|${titleKey(given).slice(0, 1)}`;
}

/** The name a source file is remembered by: its last part, never a folder of the machine it was imported on. */
export function fileNameOf(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

/** A publication is a preprint when its status or category says so, else when its venue is a preprint server. */
function isPreprintData(data: Readonly<Record<string, unknown>>): boolean {
  const { status, category, venue, arxiv } = data;
  if (status !== undefined) return status === 'preprint';
  if (category !== undefined) return category === 'preprint';
  return venue === undefined ? arxiv !== undefined : preprintVenue.test(String(venue));
}

function factsOf(data: Readonly<Record<string, unknown>>, isPreprint: boolean): WorkFacts {
  const text = (name: string) => (data[name] === undefined ? undefined : String(data[name]));
  const facts: WorkFacts = {
    // An edited volume is told apart from another by its editors, as a paper by its authors.
    authors: creditedNames({
      authors: (data.authors as WorkFacts['authors'] | undefined) ?? [],
      editors: data.editors as WorkFacts['authors'] | undefined,
    }).names,
    isPreprint,
  };
  for (const name of ['title', 'doi', 'arxiv', 'volume', 'issue', 'pages', 'venue', 'date'] as const) {
    const value = text(name);
    if (value !== undefined) facts[name] = value;
  }
  for (const name of otherIdentifiers) {
    const value = text(name);
    if (value !== undefined) facts.ids = { ...facts.ids, [name]: value };
  }
  return facts;
}

function withFlags(data: Readonly<Record<string, unknown>>, options: ImportOptions): Record<string, unknown> {
  return {
    ...data,
    ...(options.selected ? { selected: true } : {}),
    ...(options.hidden ? { hidden: true } : {}),
  };
}

function changedFields(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  beforeBody: string,
  afterBody: string,
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...names].filter((name) => !sameValue(before[name], after[name])).sort();
  if (beforeBody.trim() !== afterBody.trim()) changed.push('body');
  return changed;
}

/** What another source added, as it says it (`doi`, `links`), limited to what really changed, in a stable order. */
function addedFields(merge: SourceMerge, changed: readonly string[]): string[] {
  const really = new Set(changed);
  return merge.added.filter((field) => really.has(field)).sort();
}

/** Files of two entries or more whose keys all start with the same `prefix:` (DBLP's `DBLP:`). */
function filesWithSharedKeyPrefix(entries: readonly BibEntry[]): Set<string> {
  const prefixes = new Map<string, string | null>();
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const prefix = /^([^:]+):/.exec(entry.key)?.[1] ?? null;
    const seen = prefixes.get(entry.file);
    prefixes.set(entry.file, seen === undefined || seen === prefix ? prefix : null);
    counts.set(entry.file, (counts.get(entry.file) ?? 0) + 1);
  }
  return new Set(
    [...prefixes].filter(([file, prefix]) => prefix !== null && (counts.get(file) ?? 0) >= 2).map(([file]) => file),
  );
}

/** Skipped entries found while reading and mapped entries, back in file order. */
function orderReport(report: readonly ImportReportEntry[], sourceNames: readonly string[]): ImportReportEntry[] {
  const fileOrder = new Map(sourceNames.map((name, index) => [name, index]));
  return [...report].sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line);
}
