/** OpenAlex works (one work, a `results` page, or a JSON-lines snapshot) read as work records. */

import { abstractText, ScannedAbstract } from './parseSourceJson.js';
import { bareArxiv, bareDoi, bareOrcid, partialDateText, personFromName, textOf } from './sourceValues.js';
import type { WorkPerson, WorkRecord } from './workRecord.js';

type Json = Record<string, unknown>;

const cslTypeOfCrossrefType: Readonly<Record<string, string>> = {
  'journal-article': 'article-journal',
  'proceedings-article': 'paper-conference',
  'book-chapter': 'chapter',
  book: 'book',
  monograph: 'book',
  'edited-book': 'book',
  dissertation: 'thesis',
  report: 'report',
  dataset: 'dataset',
  'posted-content': 'article',
};

const cslTypeOfOpenAlexType: Readonly<Record<string, string>> = {
  article: 'article-journal',
  'book-chapter': 'chapter',
  book: 'book',
  dissertation: 'thesis',
  report: 'report',
  dataset: 'dataset',
  preprint: 'article',
  review: 'article-journal',
  letter: 'article-journal',
  editorial: 'article-journal',
};

/** `https://openalex.org/W2741809807` → `W2741809807`. */
export function openAlexId(value: unknown): string | undefined {
  return typeof value === 'string' ? /([WAS]\d+)$/i.exec(value.trim())?.[1]?.toUpperCase() : undefined;
}

/** One work of OpenAlex's schema. `today` dates the citation count when the work does not say when it was counted. */
export function openAlexWork(work: Json, file: string, line: number, today: string): WorkRecord {
  const ids = (work.ids ?? {}) as Json;
  const primary = (work.primary_location ?? {}) as Json;
  // Works recorded before OpenAlex's 2023 schema have a `host_venue` and no `primary_location`.
  const venueSource = (primary.source ?? work.host_venue ?? {}) as Json;
  const biblio = (work.biblio ?? {}) as Json;
  const locations = Array.isArray(work.locations) ? (work.locations as Json[]) : [];
  const openalex = openAlexId(work.id ?? ids.openalex);
  const doi = bareDoi(work.doi ?? ids.doi);
  const arxiv =
    bareArxiv(ids.arxiv) ??
    (doi !== undefined && /^10\.48550\//.test(doi) ? bareArxiv(doi) : undefined) ??
    locations.map((location) => bareArxivUrl(location.landing_page_url ?? location.pdf_url)).find(Boolean);
  const pmid = typeof ids.pmid === 'string' ? /(\d+)\/?$/.exec(ids.pmid)?.[1] : undefined;
  const openAlexType = textOf(work.type);
  const sourceType = textOf(venueSource.type);
  const isPreprint =
    openAlexType === 'preprint' ||
    work.type_crossref === 'posted-content' ||
    sourceType === 'repository' ||
    (arxiv !== undefined && doi !== undefined && /^10\.48550\//.test(doi));
  // Before 2023 `type` itself was Crossref's (`journal-article`), and there was no `type_crossref`.
  let type =
    cslTypeOfCrossrefType[String(work.type_crossref ?? openAlexType)] ??
    cslTypeOfOpenAlexType[openAlexType ?? ''] ??
    'document';
  if (type === 'article-journal' && sourceType === 'conference') type = 'paper-conference';
  const authorships = Array.isArray(work.authorships) ? (work.authorships as Json[]) : [];
  const warnings: string[] = [];
  const authors = authorships.map((authorship) => {
    const author = (authorship.author ?? {}) as Json;
    const name = textOf(author.display_name) ?? textOf(authorship.raw_author_name);
    if (name === undefined) warnings.push('an author has no name; left out');
    // Built in place, not spread together: a download has tens of thousands of authorships.
    const person: WorkPerson = name === undefined ? {} : personFromName(name);
    const orcid = author.orcid == null ? undefined : bareOrcid(author.orcid);
    if (orcid !== undefined) person.orcid = orcid;
    if (authorship.is_corresponding === true) person.corresponding = true;
    return person;
  });
  const first = textOf(biblio.first_page);
  const last = textOf(biblio.last_page);
  const pages = first === undefined ? undefined : last === undefined || last === first ? first : `${first}--${last}`;
  const count = work.cited_by_count;
  const updated = typeof work.updated_date === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(work.updated_date)?.[0] : undefined;
  const date =
    typeof work.publication_date === 'string'
      ? dateOfIso(work.publication_date)
      : partialDateText(work.publication_year);
  const venue = textOf(venueSource.display_name);
  const abstract = abstractOf(work.abstract_inverted_index);
  const url = textOf(primary.landing_page_url);
  // Set field by field rather than spread together: a download has thousands of works.
  const record: WorkRecord = { file, line, type, authors, ids: {} };
  if (openalex !== undefined) record.key = `openalex:${openalex}`;
  set(record, 'title', textOf(work.title ?? work.display_name));
  set(record, 'date', date);
  set(record, 'venue', venue);
  set(record, 'publisher', textOf(venueSource.host_organization_name ?? venueSource.publisher));
  set(record, 'volume', textOf(biblio.volume));
  set(record, 'issue', textOf(biblio.issue));
  set(record, 'pages', pages);
  set(record, 'issn', textOf(venueSource.issn_l));
  set(record, 'url', url !== undefined && doi !== undefined && bareDoi(url) === doi ? undefined : url);
  set(record, 'abstract', abstract);
  set(record.ids, 'doi', doi);
  set(record.ids, 'arxiv', arxiv);
  set(record.ids, 'pmid', pmid);
  set(record.ids, 'openalex', openalex);
  if (isPreprint) record.isPreprint = true;
  if (typeof count === 'number' && Number.isInteger(count) && count >= 0) {
    record.citations = { count, source: 'openalex', date: updated ?? today };
  }
  if (warnings.length > 0) record.warnings = warnings;
  return record;
}

/** Sets the field when there is a value: records have no undefined fields. */
function set<T extends object, K extends keyof T>(record: T, name: K, value: T[K] | undefined): void {
  if (value !== undefined) record[name] = value;
}

function bareArxivUrl(value: unknown): string | undefined {
  return typeof value === 'string' && /arxiv\.org\//i.test(value) ? bareArxiv(value) : undefined;
}

function dateOfIso(value: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  return match ? partialDateText(match[1], match[2], match[3]) : undefined;
}

/** The abstract of a work's inverted index: read already when the document was parsed, or rebuilt from the object. */
function abstractOf(index: unknown): string | undefined {
  if (index instanceof ScannedAbstract) return index.text;
  if (index === null || typeof index !== 'object') return undefined;
  return abstractText(Object.entries(index));
}
