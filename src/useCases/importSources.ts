/**
 * `profile import` as a library call: read every document (ORCID, OpenAlex, Semantic Scholar, DBLP, Crossref, CSL-JSON,
 * RIS, MEDLINE…), write each work as the BibTeX entry a publication keeps, and merge them by the same no-loss plan
 * as `import-bib`: identifiers first, then title and authors.
 */
import type { ImportOptions, ImportReportEntry } from '../bibtex/planBibImport.js';
import type { BibEntry, SkippedEntry } from '../bibtex/readBibEntries.js';
import { citationKey } from '../model/citationKey.js';
import { parsePartialDate } from '../model/partialDate.js';
import { type DocumentReading, readSourceDocuments } from '../sources/readSourceDocuments.js';
import type { SourceDocument } from '../sources/sourceDocument.js';
import type { WorkRecord } from '../sources/workRecord.js';
import { type EncodedText, workToBibEntry } from '../sources/workToBibEntry.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { type ImportEntriesResult, importEntries } from './importEntries.js';

export interface ImportSourcesOptions extends ImportOptions {
  dir: string;
  documents: readonly SourceDocument[];
  /** Plan and report only; nothing is written and the profile is not locked. */
  dryRun?: boolean;
  /** How the profile folder is named in problems. */
  displayDir?: string;
  /** `2026-12-02`: the date of citation counts whose source does not date them; today (UTC) unless given. */
  today?: string;
}

export interface ImportSourcesResult extends ImportEntriesResult {
  /** What each source gave, in the order given: a file, or an identifier of `--from` (all its pages together). */
  sources: ImportedSource[];
}

export interface ImportedSource {
  /** The file as given, or `openalex:A5023888391`. */
  name: string;
  /** The format it was read as (`openalex-works`), absent when it was not recognised. */
  format?: string;
  /** How many works were read from it. */
  works: number;
  /** It is a list that holds no works (an author with none yet): 0 works, and no problem. */
  listsNone?: true;
}

// Keys are written back into BibTeX: these characters would break the entry.
const unwritableKeyCharacters = /[\s,{}()"#%=\\\p{Cc}]/gu;

export async function importSources(options: ImportSourcesOptions): Promise<ImportSourcesResult> {
  const displayDir = options.displayDir ?? options.dir;
  await assertProfileFolder(options.dir, displayDir);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // Reading needs no lock; only reading the profile, deciding and writing do.
  const readings = await readSourceDocuments(options.documents, { today });
  const { entries, skipped } = entriesOf(readings.flatMap((reading) => reading.works));
  for (const reading of readings) {
    for (const unread of reading.unread) {
      skipped.push({
        file: unread.file,
        line: unread.line,
        ...(unread.key === undefined ? {} : { key: unread.key }),
        reason: unread.reason,
        ...(unread.hint === undefined ? {} : { hint: unread.hint }),
        problem: true,
      });
    }
  }
  const imported = await importEntries(
    { ...options, displayDir },
    { sourceNames: options.documents.map((document) => document.name), entries, skipped },
  );
  return { ...imported, sources: sourcesOf(readings) };
}

/** The readings by name: the pages of one source are one source, which lists none only when each of them does. */
function sourcesOf(readings: readonly DocumentReading[]): ImportedSource[] {
  const byName = new Map<string, ImportedSource>();
  for (const reading of readings) {
    const source = byName.get(reading.name);
    if (source === undefined) {
      byName.set(reading.name, {
        name: reading.name,
        ...(reading.format === undefined ? {} : { format: reading.format }),
        works: reading.works.length,
        ...(reading.listsNone ? { listsNone: true } : {}),
      });
      continue;
    }
    source.works += reading.works.length;
    if (!reading.listsNone) delete source.listsNone;
  }
  return [...byName.values()];
}

/** Each work as an entry under a key of its source; a key a document repeats is skipped, as BibTeX's duplicates are (exported for its tests). */
export function entriesOf(works: readonly WorkRecord[]): { entries: BibEntry[]; skipped: SkippedEntry[] } {
  const entries: BibEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const firstOfKey = new Map<string, WorkRecord>();
  // Per made key, the first candidate not yet tried: keys are never given up, so the ones before it stay taken, and a
  // document of thousands of works that make one key costs a step a work, not a walk over all the works before it.
  const nextCandidate = new Map<string, number>();
  const encoded: EncodedText = new Map();
  for (const work of works) {
    let key = keyOf(work);
    if (work.key === undefined && work.ids.doi === undefined && work.ids.arxiv === undefined) {
      // A key made from the work itself: two works of one document that give the same one are told apart.
      const base = key;
      const baseSeen = `${work.file}\n${base.toLowerCase()}`;
      let candidate = nextCandidate.get(baseSeen) ?? 0;
      key = candidateKey(base, candidate);
      while (firstOfKey.has(`${work.file}\n${key.toLowerCase()}`)) key = candidateKey(base, ++candidate);
      nextCandidate.set(baseSeen, candidate + 1);
    }
    const seen = `${work.file}\n${key.toLowerCase()}`;
    const earlier = firstOfKey.get(seen);
    if (earlier !== undefined) {
      skipped.push({
        file: work.file,
        line: work.line,
        key,
        reason: `is listed again (first at ${earlier.file}:${earlier.line})`,
        problem: false,
      });
      continue;
    }
    firstOfKey.set(seen, work);
    entries.push(workToBibEntry(work, key, encoded));
  }
  return { entries, skipped };
}

/** The `index`-th key to try for works that make `base`: `base` itself, then `base` with `b` … `z`, `b1` … */
function candidateKey(base: string, index: number): string {
  if (index === 0) return base;
  const suffix = index - 1;
  return `${base}${String.fromCharCode(98 + (suffix % 25))}${suffix >= 25 ? Math.floor(suffix / 25) : ''}`;
}

/** The source's key, else one made from the work's DOI or arXiv id, else from its first author, year and title. */
export function keyOf(work: WorkRecord): string {
  const made =
    work.key ??
    (work.ids.doi !== undefined
      ? `doi:${work.ids.doi}`
      : work.ids.arxiv !== undefined
        ? `arxiv:${work.ids.arxiv}`
        : citationKey(work.authors, yearOf(work.date), work.title ?? ''));
  return made.replace(unwritableKeyCharacters, '');
}

function yearOf(date: string | undefined) {
  if (date === undefined) return undefined;
  const parsed = parsePartialDate(date.slice(0, 4));
  return parsed.ok ? parsed.date : undefined;
}

export type { ImportReportEntry };
