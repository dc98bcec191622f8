/**
 * What an import will do, decided before anything is written: each entry is added, updates a publication, leaves
 * one unchanged, or is skipped with its reason. Pure: the profile and the entries in, the plan out.
 */
import { ownerMatcher } from '../model/authorNames.js';
import { checkItemFields } from '../model/itemSchemas.js';
import type { Profile, PublicationItem } from '../model/items.js';
import { stemFromCitationKey, uniqueStem } from '../model/slug.js';
import { resolveCrossrefs } from './crossref.js';
import { inWrittenOrder, itemData, mergePublication, sameValue } from './mergePublication.js';
import { type MappedPublication, preprintVenue, publicationFromBibtex } from './publicationFromBibtex.js';
import type { BibEntry, SkippedEntry } from './readBibEntries.js';
import { arxivKey, authorsOverlap, doiKey, titleKey } from './sameWork.js';

export interface ImportOptions {
  /** Mark every imported publication as selected / hidden. */
  selected?: boolean;
  hidden?: boolean;
  /** Keep an arXiv preprint and its published version as one publication holding both links. */
  mergePreprints?: boolean;
}

export type ImportStatus = 'added' | 'updated' | 'unchanged' | 'skipped';

export interface ImportReportEntry {
  status: ImportStatus;
  /** Where the entry is: the file as given and the line of its `@`. */
  file: string;
  line: number;
  key?: string;
  title?: string;
  /** The publication it became or updated: `pub/wang2024wise`, `publications/wang2024wise.md`. */
  id?: string;
  itemFile?: string;
  /** How an existing publication was found, when not by its key. */
  matchedBy?: 'key' | 'doi' | 'arxiv' | 'title';
  /** Updated: the fields that changed (`body` for the notes). */
  changed?: string[];
  /** Skipped: why, and what to do. */
  reason?: string;
  hint?: string;
  /** Skipped because of a problem in the file (exit code 1), not on purpose. */
  problem?: boolean;
  /** A duplicate or merged entry: the publication or entry it duplicates. */
  duplicateOf?: string;
  /** Whether the owner (profile.md's name variants) is among the authors or editors. */
  ownerFound?: boolean;
}

export type PlannedWrite =
  | { kind: 'create'; stem: string; data: Record<string, unknown>; body: string; report: ImportReportEntry }
  | { kind: 'replace'; file: string; data: Record<string, unknown>; body: string; report: ImportReportEntry };

export interface ImportPlan {
  /** One entry per BibTeX entry, in the order of the files and lines. */
  report: ImportReportEntry[];
  writes: PlannedWrite[];
}

interface Candidate {
  entry: BibEntry;
  mapped: MappedPublication;
  report: ImportReportEntry;
  /** Other entries of the same work, reported as duplicates of this one. */
  duplicates: Candidate[];
  /** Those of them merged into it: preprints, with `--merge-preprints`. */
  mergedPreprints: Candidate[];
}

/** `sourceNames` are the files in the order given, which the report follows. */
export function planBibImport(
  profile: Profile,
  sourceNames: readonly string[],
  entries: readonly BibEntry[],
  readSkipped: readonly SkippedEntry[],
  options: ImportOptions = {},
): ImportPlan {
  const venueMap = profile.owner.venueMap ?? [];
  const isOwner = ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]);
  const report: ImportReportEntry[] = readSkipped.map((skipped) => ({
    status: 'skipped',
    file: skipped.file,
    line: skipped.line,
    ...(skipped.key === undefined ? {} : { key: skipped.key }),
    reason: skipped.reason,
    ...(skipped.hint === undefined ? {} : { hint: skipped.hint }),
    problem: skipped.problem,
  }));

  const { entries: resolved, parents } = resolveCrossrefs(entries);
  const candidates: Candidate[] = [];
  const storedByKey = new Map(profile.publications.map((item) => [item.fields.key.toLowerCase(), item]));
  for (const entry of resolved) {
    const mapped =
      alreadyImported(storedByKey.get(entry.key.toLowerCase()), entry) ?? publicationFromBibtex(entry, { venueMap });
    const people = [...mapped.data.authors, ...(mapped.data.editors ?? [])];
    const entryReport: ImportReportEntry = {
      status: 'skipped',
      file: entry.file,
      line: entry.line,
      key: entry.key,
      ...(mapped.data.title === undefined ? {} : { title: mapped.data.title }),
      ownerFound: people.some(isOwner),
    };
    report.push(entryReport);
    const children = parents.get(entry.key.toLowerCase());
    if (children !== undefined && !entryReport.ownerFound) {
      Object.assign(entryReport, {
        reason: `is the crossref target of ${children} ${children === 1 ? 'entry' : 'entries'}, whose fields it completes; not a publication of its own`,
        problem: false,
      });
      continue;
    }
    const check = mapped.stored ? { ok: true as const } : checkItemFields('publication', mapped.data);
    if (!check.ok) {
      Object.assign(entryReport, {
        reason: describeInvalid(check.issues.map((issue) => issue.message)),
        hint: 'complete the entry and import the file again',
        problem: true,
      });
      continue;
    }
    candidates.push({ entry, mapped, report: entryReport, duplicates: [], mergedPreprints: [] });
  }

  const primaries = clusterSameWorks(candidates, options);
  const planner = new Planner(profile, venueMap, options);
  for (const candidate of primaries) planner.place(candidate);
  return { report: orderReport(report, sourceNames), writes: planner.writes };
}

/**
 * An entry imported before and not changed since (same key, same fields) stands for the publication as it is now:
 * a three-way merge with the file unchanged keeps every field as it is, so there is nothing to map. This makes
 * re-importing a large file about twice as fast.
 */
function alreadyImported(item: PublicationItem | undefined, entry: BibEntry): MappedPublication | undefined {
  const stored = item?.fields.bibtex;
  if (
    item === undefined ||
    stored === undefined ||
    stored.type !== entry.type ||
    !sameValue(stored.fields, entry.fields)
  ) {
    return undefined;
  }
  return {
    data: {
      ...(itemData(item) as unknown as MappedPublication['data']),
      bibtex: { type: entry.type, fields: entry.fields },
    },
    body: item.body,
    sources: {},
    isPreprint: isPreprintItem(item),
    stored: true,
  };
}

/** A publication is a preprint when its status or category says so, else when its venue is a preprint server. */
function isPreprintItem(item: PublicationItem): boolean {
  const { status, category, venue, arxiv } = item.fields;
  if (status !== undefined) return status === 'preprint';
  if (category !== undefined) return category === 'preprint';
  return venue === undefined ? arxiv !== undefined : preprintVenue.test(venue);
}

function describeInvalid(messages: readonly string[]): string {
  const first = messages[0] ?? 'is not a valid publication';
  if (first.startsWith('"title" is required')) return 'has no title';
  if (first.startsWith('"authors"')) return 'has no author or editor';
  return `cannot be a publication: ${messages.join('; ')}`;
}

/**
 * Entries of the same work in the files (an arXiv preprint and its published version, the same paper twice):
 * one is kept, the published version first; the others are merged into it or reported as duplicates.
 */
function clusterSameWorks(candidates: readonly Candidate[], options: ImportOptions): Candidate[] {
  const primaries: Candidate[] = [];
  const byDoi = new Map<string, Candidate>();
  const byArxiv = new Map<string, Candidate>();
  const byTitle = new Map<string, Candidate[]>();
  const index = (candidate: Candidate) => {
    const doi = doiKey(candidate.mapped.data.doi);
    const arxiv = arxivKey(candidate.mapped.data.arxiv);
    if (doi !== undefined && !byDoi.has(doi)) byDoi.set(doi, candidate);
    if (arxiv !== undefined && !byArxiv.has(arxiv)) byArxiv.set(arxiv, candidate);
    const title = titleKey(candidate.mapped.data.title);
    byTitle.set(title, [...(byTitle.get(title) ?? []), candidate]);
  };
  for (const candidate of candidates) {
    const { data } = candidate.mapped;
    const doi = doiKey(data.doi);
    const arxiv = arxivKey(data.arxiv);
    const same =
      (doi === undefined ? undefined : byDoi.get(doi)) ??
      (arxiv === undefined ? undefined : byArxiv.get(arxiv)) ??
      byTitle.get(titleKey(data.title))?.find((other) => authorsOverlap(other.mapped.data.authors, data.authors));
    if (same === undefined) {
      primaries.push(candidate);
      index(candidate);
      continue;
    }
    const primary = primaries.includes(same) ? same : (primaries.find((p) => p.duplicates.includes(same)) ?? same);
    // The published version is the one kept.
    if (primary.mapped.isPreprint && !candidate.mapped.isPreprint) {
      primaries[primaries.indexOf(primary)] = candidate;
      candidate.duplicates.push(primary, ...primary.duplicates);
      primary.duplicates = [];
      index(candidate);
    } else {
      primary.duplicates.push(candidate);
    }
  }
  for (const primary of primaries) {
    for (const other of primary.duplicates) {
      const merge = options.mergePreprints === true && other.mapped.isPreprint && !primary.mapped.isPreprint;
      Object.assign(other.report, {
        duplicateOf: `${primary.entry.key} (${primary.entry.file}:${primary.entry.line})`,
        reason: merge
          ? `is the arXiv version of "${primary.entry.key}" (${primary.entry.file}:${primary.entry.line}); its link is kept there`
          : `is likely the same work as "${primary.entry.key}" (${primary.entry.file}:${primary.entry.line}): same ${sameBy(primary, other)}`,
        ...(merge || !(other.mapped.isPreprint || primary.mapped.isPreprint)
          ? {}
          : { hint: 'import with --merge-preprints to keep one publication with both links' }),
        problem: false,
      });
    }
    primary.mergedPreprints =
      options.mergePreprints === true
        ? primary.duplicates.filter((other) => other.mapped.isPreprint && !primary.mapped.isPreprint)
        : [];
  }
  return primaries;
}

function sameBy(a: Candidate, b: Candidate): string {
  const doi = doiKey(a.mapped.data.doi);
  if (doi !== undefined && doi === doiKey(b.mapped.data.doi)) return 'DOI';
  const arxiv = arxivKey(a.mapped.data.arxiv);
  if (arxiv !== undefined && arxiv === arxivKey(b.mapped.data.arxiv)) return 'arXiv identifier';
  return 'title and authors';
}

class Planner {
  readonly writes: PlannedWrite[] = [];
  private readonly byKey = new Map<string, PublicationItem>();
  private readonly byDoi = new Map<string, PublicationItem>();
  private readonly byArxiv = new Map<string, PublicationItem>();
  private readonly byTitle = new Map<string, PublicationItem[]>();
  private readonly claimed = new Map<PublicationItem, ImportReportEntry>();
  private readonly stems = new Set<string>();

  constructor(
    profile: Profile,
    private readonly venueMap: NonNullable<Profile['owner']['venueMap']>,
    private readonly options: ImportOptions,
  ) {
    for (const item of profile.publications) {
      this.byKey.set(item.fields.key.toLowerCase(), item);
      const doi = doiKey(item.fields.doi);
      if (doi !== undefined) this.byDoi.set(doi, item);
      const arxiv = arxivKey(item.fields.arxiv);
      if (arxiv !== undefined) this.byArxiv.set(arxiv, item);
      const title = titleKey(item.fields.title);
      this.byTitle.set(title, [...(this.byTitle.get(title) ?? []), item]);
      this.stems.add(item.id.slice('pub/'.length));
    }
  }

  place(candidate: Candidate): void {
    const found = this.findExisting(candidate);
    if (found === undefined) {
      this.add(candidate);
      return;
    }
    const { item, matchedBy } = found;
    const claimedBy = this.claimed.get(item);
    if (claimedBy) {
      Object.assign(candidate.report, {
        reason: `matches ${item.id}, already updated from "${claimedBy.key}" (${claimedBy.file}:${claimedBy.line})`,
        duplicateOf: item.id,
        problem: false,
      });
      return;
    }
    const incomingPreprint = candidate.mapped.isPreprint;
    const storedPreprint = isPreprintItem(item);
    // Published data is never replaced by its preprint's, whatever matched them.
    const pair =
      incomingPreprint !== storedPreprint && (incomingPreprint || (matchedBy !== 'key' && matchedBy !== 'doi'));
    if (pair && this.options.mergePreprints !== true) {
      Object.assign(candidate.report, {
        reason: incomingPreprint
          ? `is likely the arXiv version of ${item.id}, already in the profile`
          : `is likely the published version of ${item.id}, a preprint already in the profile`,
        hint: 'import with --merge-preprints to keep one publication with both links',
        duplicateOf: item.id,
        problem: false,
      });
      return;
    }
    this.claimed.set(item, candidate.report);
    if (pair && incomingPreprint) {
      // Only the preprint's link joins the published version.
      const data = withPreprintLinks(itemData(item), [candidate]);
      this.update(candidate, item, matchedBy, data, item.body);
      return;
    }
    const stored = item.fields.bibtex;
    // Re-importing the same entry is the common case: its mapping is the one just made.
    const base =
      stored === undefined
        ? undefined
        : sameValue(stored, candidate.mapped.data.bibtex)
          ? candidate.mapped
          : publicationFromBibtex(
              { type: stored.type, key: item.fields.key, fields: stored.fields },
              { venueMap: this.venueMap },
            );
    const merged = mergePublication(item, candidate.mapped, base);
    let data = merged.data;
    const preprints = [...candidate.mergedPreprints];
    // A preprint that got published keeps its arXiv link.
    if (storedPreprint && !incomingPreprint && item.fields.arxiv !== undefined)
      data = withArxivLink(data, item.fields.arxiv);
    data = withPreprintLinks(data, preprints);
    this.update(candidate, item, matchedBy, data, merged.body);
  }

  private findExisting(
    candidate: Candidate,
  ): { item: PublicationItem; matchedBy: NonNullable<ImportReportEntry['matchedBy']> } | undefined {
    const { data } = candidate.mapped;
    const byKey = this.byKey.get(data.key.toLowerCase());
    if (byKey) return { item: byKey, matchedBy: 'key' };
    const doi = doiKey(data.doi);
    const byDoi = doi === undefined ? undefined : this.byDoi.get(doi);
    if (byDoi) return { item: byDoi, matchedBy: 'doi' };
    const arxiv = arxivKey(data.arxiv);
    const byArxiv = arxiv === undefined ? undefined : this.byArxiv.get(arxiv);
    if (byArxiv) return { item: byArxiv, matchedBy: 'arxiv' };
    const sameTitle = (this.byTitle.get(titleKey(data.title)) ?? []).filter((item) =>
      authorsOverlap(item.fields.authors, data.authors),
    );
    const year = data.date?.slice(0, 4);
    const sameYear = sameTitle.find((item) => item.fields.date !== undefined && String(item.fields.date.year) === year);
    if (sameYear) return { item: sameYear, matchedBy: 'title' };
    // A different year is the same work only as a preprint and its published version.
    const pair = sameTitle.find((item) => isPreprintItem(item) !== candidate.mapped.isPreprint);
    return pair ? { item: pair, matchedBy: 'title' } : undefined;
  }

  private add(candidate: Candidate): void {
    const data = withPreprintLinks(withFlags({ ...candidate.mapped.data }, this.options), candidate.mergedPreprints);
    const stem = uniqueStem(stemFromCitationKey(candidate.entry.key), (name) => this.stems.has(name));
    this.stems.add(stem);
    Object.assign(candidate.report, {
      status: 'added',
      id: `pub/${stem}`,
      itemFile: `publications/${stem}.md`,
    });
    this.markMerged(candidate, `pub/${stem}`);
    this.writes.push({
      kind: 'create',
      stem,
      data: inWrittenOrder(data),
      body: candidate.mapped.body,
      report: candidate.report,
    });
  }

  private update(
    candidate: Candidate,
    item: PublicationItem,
    matchedBy: NonNullable<ImportReportEntry['matchedBy']>,
    merged: Record<string, unknown>,
    body: string,
  ): void {
    const data = inWrittenOrder(withFlags(merged, this.options));
    Object.assign(candidate.report, {
      id: item.id,
      itemFile: item.file,
      ...(matchedBy === 'key' ? {} : { matchedBy }),
    });
    this.markMerged(candidate, item.id);
    // The same data as the valid file: unchanged, without validating it again.
    if (body.trim() === item.body && sameValue(data, itemData(item))) {
      candidate.report.status = 'unchanged';
      return;
    }
    const check = checkItemFields('publication', data);
    if (!check.ok) {
      Object.assign(candidate.report, {
        status: 'skipped',
        reason: `would make ${item.id} invalid: ${check.issues.map((issue) => issue.message).join('; ')}`,
        problem: true,
      });
      return;
    }
    const changed = changedFields(item, check.fields, body);
    if (changed.length === 0) {
      candidate.report.status = 'unchanged';
      return;
    }
    Object.assign(candidate.report, { status: 'updated', changed });
    this.writes.push({ kind: 'replace', file: item.file, data, body, report: candidate.report });
  }

  /** The duplicates of an entry now name the publication it became or updated. */
  private markMerged(candidate: Candidate, id: string): void {
    for (const duplicate of candidate.duplicates) duplicate.report.duplicateOf = id;
  }
}

function withFlags(data: Record<string, unknown>, options: ImportOptions): Record<string, unknown> {
  return {
    ...data,
    ...(options.selected ? { selected: true } : {}),
    ...(options.hidden ? { hidden: true } : {}),
  };
}

/** The published version keeps the preprints' arXiv identifier and link. */
function withPreprintLinks(data: Record<string, unknown>, preprints: readonly Candidate[]): Record<string, unknown> {
  let result = data;
  for (const preprint of preprints) {
    const arxiv = preprint.mapped.data.arxiv;
    if (arxiv !== undefined) result = withArxivLink(result, arxiv);
    else if (preprint.mapped.data.url !== undefined)
      result = withLink(result, { type: 'arxiv', url: preprint.mapped.data.url });
  }
  return result;
}

function withArxivLink(data: Record<string, unknown>, arxiv: string): Record<string, unknown> {
  const withId = data.arxiv === undefined ? { ...data, arxiv } : data;
  return withLink(withId, { type: 'arxiv', url: `https://arxiv.org/abs/${arxiv}` });
}

function withLink(data: Record<string, unknown>, link: { type: string; url: string }): Record<string, unknown> {
  const links = Array.isArray(data.links) ? (data.links as { type: string; url: string }[]) : [];
  if (links.some((existing) => existing.type === link.type || existing.url === link.url)) return data;
  return { ...data, links: [...links, link] };
}

function changedFields(item: PublicationItem, fields: Record<string, unknown>, body: string): string[] {
  const stored = item.fields as unknown as Record<string, unknown>;
  const names = new Set([...Object.keys(stored), ...Object.keys(fields)]);
  const changed = [...names].filter((name) => !sameValue(stored[name], fields[name])).sort();
  if (item.body !== body.trim()) changed.push('body');
  return changed;
}

/** Skipped entries found while reading and mapped entries, back in file order. */
function orderReport(report: readonly ImportReportEntry[], sourceNames: readonly string[]): ImportReportEntry[] {
  const fileOrder = new Map(sourceNames.map((name, index) => [name, index]));
  return [...report].sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line);
}
