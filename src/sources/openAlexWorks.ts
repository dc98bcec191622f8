/** OpenAlex works (one work, a `results` page, or a JSON-lines snapshot) read as work records. */
import {
  bareArxiv,
  bareDoi,
  bareOrcid,
  optional,
  partialDateText,
  personFromName,
  textOf,
  type WorkPerson,
  type WorkRecord,
} from './workRecord.js';

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
  const venueSource = (primary.source ?? {}) as Json;
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
  let type =
    cslTypeOfCrossrefType[String(work.type_crossref)] ?? cslTypeOfOpenAlexType[openAlexType ?? ''] ?? 'document';
  if (type === 'article-journal' && sourceType === 'conference') type = 'paper-conference';
  const authorships = Array.isArray(work.authorships) ? (work.authorships as Json[]) : [];
  const warnings: string[] = [];
  const authors = authorships.map((authorship) => {
    const author = (authorship.author ?? {}) as Json;
    const name = textOf(author.display_name) ?? textOf(authorship.raw_author_name);
    if (name === undefined) warnings.push('an author has no name; left out');
    const orcid = bareOrcid(author.orcid);
    const person: WorkPerson = {
      ...(name === undefined ? {} : personFromName(name)),
      ...(orcid === undefined ? {} : { orcid }),
      ...(authorship.is_corresponding === true ? { corresponding: true } : {}),
    };
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
  const record: WorkRecord = {
    file,
    line,
    ...(openalex === undefined ? {} : { key: `openalex:${openalex}` }),
    type,
    ...optional('title', textOf(work.title ?? work.display_name)),
    authors,
    ...optional('date', date),
    ...optional('venue', venue),
    ...optional('publisher', textOf(venueSource.host_organization_name)),
    ...optional('volume', textOf(biblio.volume)),
    ...optional('issue', textOf(biblio.issue)),
    ...optional('pages', pages),
    ...optional('issn', textOf(venueSource.issn_l)),
    ...optional('url', url !== undefined && doi !== undefined && bareDoi(url) === doi ? undefined : url),
    ...optional('abstract', abstract),
    ids: {
      ...optional('doi', doi),
      ...optional('arxiv', arxiv),
      ...optional('pmid', pmid),
      ...optional('openalex', openalex),
    },
    ...(isPreprint ? { isPreprint: true } : {}),
    ...(typeof count === 'number' && Number.isInteger(count) && count >= 0
      ? { citations: { count, source: 'openalex' as const, date: updated ?? today } }
      : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  return record;
}

function bareArxivUrl(value: unknown): string | undefined {
  return typeof value === 'string' && /arxiv\.org\//i.test(value) ? bareArxiv(value) : undefined;
}

function dateOfIso(value: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  return match ? partialDateText(match[1], match[2], match[3]) : undefined;
}

/** OpenAlex gives abstracts as word → positions; the words back in order. */
function abstractOf(index: unknown): string | undefined {
  if (index === null || typeof index !== 'object') return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index as Record<string, unknown>)) {
    if (!Array.isArray(positions)) continue;
    for (const position of positions) {
      if (Number.isInteger(position) && position >= 0 && position < 100_000) words[position as number] = word;
    }
  }
  const text = words
    .filter((word) => word !== undefined)
    .join(' ')
    .trim();
  return text === '' ? undefined : text;
}
