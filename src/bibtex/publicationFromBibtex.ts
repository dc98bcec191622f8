/**
 * A BibTeX entry mapped to a publication's fields: readable Unicode for what the page shows (title, authors,
 * venue), the entry itself kept whole under `bibtex` so that nothing is lost and the export can write it back.
 */
import { formatIsoDate, type PartialDate, parsePartialDate } from '../model/partialDate.js';
import type { Author, PublicationStatus } from '../model/schema.js';
import type { linkTypes } from '../model/vocabulary.js';
import type { WorkIdentifiers } from '../model/workIdentifiers.js';
import { journalOfAasMacro } from './aasJournalMacros.js';
import { parseNameList } from './bibtexNames.js';
import { decodeVerbatim, latexToUnicode } from './latexToUnicode.js';
import { monthJoinDate, monthMacros } from './monthJoin.js';
import { preprintVenue } from './preprintVenue.js';
import { isWorkshopVenue, shortVenueLabel, type VenueRule, venueWords, withYear } from './venueLabel.js';

export interface BibtexRecord {
  type: string;
  key: string;
  fields: Readonly<Record<string, string>>;
}

/** A publication's front matter as it would be written (dates as text), in the order it is written. */
export interface PublicationData extends WorkIdentifiers {
  key: string;
  type: string;
  title?: string;
  authors: Author[];
  editors?: Author[];
  date?: string;
  venue?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  edition?: string;
  isbn?: string;
  issn?: string;
  // Then the identifiers, in WorkIdentifiers' order (doi, arxiv, pmid, openalex, semanticScholar, dblp, orcidPutCode).
  url?: string;
  label?: string;
  status?: PublicationStatus;
  category?: string;
  selected?: boolean;
  links?: { type: (typeof linkTypes)[number]; url: string; name?: string }[];
  award?: string;
  bibtex: { type: string; fields: Record<string, string> };
}

/** Which BibTeX field each display field was read from, so that an export writes a change back to the same one. */
export interface FieldSources {
  venue?: string;
  publisher?: string;
  issue?: string;
  date?: 'date' | 'year';
  /** `doi` or `arxiv` when the entry has no URL and the link was made from its DOI or arXiv identifier. */
  url?: 'url' | 'doi' | 'arxiv';
}

export interface MappedPublication {
  data: PublicationData;
  body: string;
  sources: FieldSources;
  /** An arXiv (or other preprint server) entry with no other venue. */
  isPreprint: boolean;
  /** Stands for a publication already imported from this very entry (its fields, not the entry's mapping). */
  stored?: boolean;
  /** A value that could not be read and was left out (`month = {13}`). */
  warnings?: string[];
}

export interface MappingOptions {
  venueMap?: readonly VenueRule[];
}

const cslTypeOfEntryType: Readonly<Record<string, string>> = {
  article: 'article-journal',
  inproceedings: 'paper-conference',
  conference: 'paper-conference',
  proceedings: 'book',
  mvproceedings: 'book',
  book: 'book',
  mvbook: 'book',
  inbook: 'chapter',
  incollection: 'chapter',
  bookinbook: 'chapter',
  suppbook: 'chapter',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  manual: 'report',
  unpublished: 'manuscript',
  online: 'webpage',
  electronic: 'webpage',
  www: 'webpage',
  patent: 'patent',
  dataset: 'dataset',
  software: 'software',
  periodical: 'periodical',
  misc: 'document',
};

/** Types BibTeX or biblatex define that are no article and no paper: read as a document whatever their fields. */
const documentEntryTypes: ReadonlySet<string> = new Set([
  'booklet',
  'collection',
  'mvcollection',
  'suppcollection',
  'reference',
  'mvreference',
  'inreference',
  'suppperiodical',
  'standard',
  'letter',
  'review',
  'commentary',
  'artwork',
  'audio',
  'image',
  'movie',
  'music',
  'performance',
  'video',
  'jurisdiction',
  'legislation',
  'legal',
  'set',
  'xdata',
]);

/**
 * The type whose fields an entry is read with: its own, or for a type no style defines (`@articlebold` of some
 * al-folio sites) the one BibTeX's styles read it as, by its fields: a journal makes an article, a booktitle a paper.
 */
export function entryTypeReadAs(type: string, fields: Readonly<Record<string, string>>): string {
  if (Object.hasOwn(cslTypeOfEntryType, type) || documentEntryTypes.has(type)) return type;
  const has = (name: string) => (fields[name] ?? '').replace(/[{}\s]/g, '') !== '';
  if (has('journal') || has('journaltitle')) return 'article';
  if (has('booktitle')) return 'inproceedings';
  return type;
}

const categoryOfCslType: Readonly<Record<string, string>> = {
  'article-journal': 'journal',
  book: 'book',
  chapter: 'chapter',
  thesis: 'thesis',
  report: 'report',
};

/** al-folio's link fields, as publication links. */
const linkFields: readonly [string, (typeof linkTypes)[number]][] = [
  ['pdf', 'pdf'],
  ['code', 'code'],
  ['html', 'html'],
  ['slides', 'slides'],
  ['poster', 'poster'],
  ['video', 'video'],
  ['website', 'project'],
  ['blog', 'blog'],
  ['supp', 'supplement'],
];

const arxivIdentifier = /(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;

export function publicationFromBibtex(record: BibtexRecord, options: MappingOptions = {}): MappedPublication {
  const { fields } = record;
  const entryType = entryTypeReadAs(record.type, fields);
  // Each field is decoded once, however often it is asked for (a first import maps thousands of entries).
  const decodedFields = new Map<string, string | undefined>();
  // Absent fields (most of the ones asked about) are answered without the map.
  const text = (name: string) => {
    const value = fields[name];
    if (value === undefined) return undefined;
    if (decodedFields.has(name)) return decodedFields.get(name);
    const decoded = latexToUnicode(value) || undefined;
    decodedFields.set(name, decoded);
    return decoded;
  };
  const sources: FieldSources = {};

  const venueField =
    ['journaltitle', 'journal', 'booktitle'].find((name) => text(name) !== undefined) ??
    (['misc', 'online', 'unpublished', 'electronic'].includes(entryType) &&
    text('howpublished') !== undefined &&
    !/^\\url|^https?:/.test(fields.howpublished ?? '')
      ? 'howpublished'
      : undefined);
  // NASA ADS writes the AAS journal macros (`journal = {\aap}`), which only AASTeX and aas_macros.sty define.
  const venue =
    venueField === undefined
      ? undefined
      : venueField === 'howpublished'
        ? text(venueField)
        : (journalOfAasMacro(fields[venueField]) ?? text(venueField));
  if (venueField !== undefined) sources.venue = venueField;

  const arxiv = arxivOf(fields);
  // An @article with a publisher's DOI is the published version even when it names no journal (an ORCID summary
  // from NASA ADS lists the arXiv id and the DOI, not the journal); arXiv's own DOIs are 10.48550.
  const publishedArticle =
    entryType === 'article' && venue === undefined && /^10\.(?!48550\/)/.test(doiOf(fields.doi) ?? '');
  const isPreprint =
    (arxiv !== undefined || (venue !== undefined && preprintVenue.test(venue))) &&
    (venue === undefined || preprintVenue.test(venue)) &&
    !publishedArticle &&
    ['article', 'misc', 'unpublished', 'online', 'electronic', 'techreport', 'report'].includes(entryType);

  const baseType = Object.hasOwn(cslTypeOfEntryType, entryType)
    ? (cslTypeOfEntryType[entryType] as string)
    : 'document';
  const type = isPreprint ? 'article' : baseType;

  // parseNameList gives one author per name splitNameList finds: the author field is read once. An entry naming
  // editors only (an edited book, DBLP's @proceedings) has no authors: its editors are its editors, marks included.
  const authorNames = fields.author === undefined ? [] : parseNameList(fields.author);
  const editorNames = fields.editor === undefined ? [] : parseNameList(fields.editor);
  const editorsOnly = authorNames.length === 0 && editorNames.length > 0;
  const authors = editorsOnly ? [] : withFieldMarks(authorNames, fields);
  const editors = editorsOnly ? withFieldMarks(editorNames, fields) : editorNames;

  const date = dateOf(fields, sources);
  const publisherField = ['publisher', 'school', 'institution', 'organization'].find(
    (name) => text(name) !== undefined,
  );
  if (publisherField !== undefined) sources.publisher = publisherField;
  const issueField = ['number', 'issue'].find((name) => text(name) !== undefined);
  if (issueField !== undefined) sources.issue = issueField;
  const doi = doiOf(fields.doi);
  const url = fields.url === undefined ? undefined : decodeVerbatim(fields.url) || undefined;
  sources.url = url !== undefined ? 'url' : doi !== undefined ? 'doi' : arxiv !== undefined ? 'arxiv' : undefined;
  if (sources.url === undefined) delete sources.url;

  const status = statusOf(isPreprint, fields.pubstate) ?? statusWrittenAsYearOrNote(fields);
  const category = isPreprint
    ? 'preprint'
    : type === 'paper-conference'
      ? venue !== undefined && isWorkshopVenue(venue)
        ? 'workshop'
        : 'conference'
      : (categoryOfCslType[type] ?? 'other');

  const abbr = withoutHtmlTags(text('abbr'));
  const year = date === undefined ? undefined : Number(date.slice(0, 4));
  // Never the whole long venue: a label is what fits on a badge (`MDM 2017`), else there is none.
  const shortVenue = venue === undefined ? undefined : shortVenueLabel(venue, options.venueMap ?? []);
  const label =
    abbr !== undefined
      ? withYear(abbr, year)
      : isPreprint
        ? 'Preprint'
        : shortVenue !== undefined
          ? withYear(shortVenue, year)
          : undefined;

  const links = linkFields.flatMap(([field, linkType]) => {
    const value = fields[field];
    const target = value === undefined ? '' : decodeVerbatim(value);
    return target === '' || /^(?:true|false)$/i.test(target) ? [] : [{ type: linkType, url: target }];
  });
  const award = text('award_name') ?? text('award');
  const selected = /^(?:true|yes|1)$/i.test((fields.selected ?? '').replace(/[{}\s]/g, ''));

  // Set one by one in the written order, not spread from an object per field: a first import maps thousands.
  const data = { key: record.key, type } as PublicationData;
  const put = (name: keyof PublicationData, value: unknown) => {
    if (value !== undefined) (data as unknown as Record<string, unknown>)[name] = value;
  };
  put('title', text('title'));
  data.authors = authors;
  if (editors.length > 0) data.editors = editors;
  put('date', date);
  put('venue', venue);
  put('publisher', publisherField === undefined ? undefined : text(publisherField));
  put('volume', text('volume'));
  put('issue', issueField === undefined ? undefined : text(issueField));
  put('pages', dashedPageRange(text('pages')));
  put('edition', text('edition'));
  put('isbn', text('isbn'));
  put('issn', text('issn'));
  put('doi', doi);
  put('arxiv', arxiv);
  Object.assign(data, identifiersOf(fields));
  put('url', url ?? (doi ? `https://doi.org/${doi}` : arxiv ? `https://arxiv.org/abs/${arxiv}` : undefined));
  put('label', label);
  put('status', status);
  data.category = category;
  if (selected) data.selected = true;
  if (links.length > 0) data.links = links;
  put('award', award);
  data.bibtex = { type: record.type, fields: { ...fields } };
  const warnings: string[] = [];
  if (fields.month !== undefined && sources.date === 'year' && monthNumber(fields.month) === undefined) {
    warnings.push(`month = {${fields.month}} is not a month; the date keeps only the year`);
  }
  return { data, body: text('abstract') ?? '', sources, isPreprint, ...(warnings.length > 0 ? { warnings } : {}) };
}

/** al-folio's `abbr` may hold HTML (`J. Intell. <br> Connect. Veh.`, a line break in its badge); a label is text. */
function withoutHtmlTags(abbr: string | undefined): string | undefined {
  if (abbr === undefined || !abbr.includes('<')) return abbr;
  return (
    abbr
      .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || undefined
  );
}

/** Identifiers kept in fields of their own (`pmid`, `openalex`, `s2id`, `dblp`, `orcidputcode`); DBLP's key also from its `biburl`. */
function identifiersOf(fields: Readonly<Record<string, string>>): Partial<PublicationData> {
  const value = (name: string) => {
    const written = fields[name];
    const text = written === undefined ? '' : decodeVerbatim(written).trim();
    return text === '' ? undefined : text;
  };
  const dblp = value('dblp') ?? /^https?:\/\/dblp\.org\/rec\/(.+?)\.bib$/.exec(value('biburl') ?? '')?.[1];
  return {
    ...optional('pmid', value('pmid')),
    ...optional('openalex', value('openalex')),
    ...optional('semanticScholar', value('s2id')),
    ...optional('dblp', dblp),
    ...optional('orcidPutCode', value('orcidputcode')),
  };
}

function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}

function statusOf(isPreprint: boolean, pubstate: string | undefined): PublicationStatus | undefined {
  if (isPreprint) return 'preprint';
  const state = (pubstate ?? '').replace(/[{}\s]/g, '').toLowerCase();
  if (state === 'accepted' || state === 'inpress' || state === 'forthcoming') return 'accepted';
  if (state === 'submitted' || state === 'underreview') return 'under-review';
  return undefined;
}

/**
 * `1501-1514` (IEEE Xplore writes one hyphen) as BibTeX's styles print it, `1501–1514`, like `1501--1514`; anything
 * else as written.
 */
function dashedPageRange(pages: string | undefined): string | undefined {
  return pages?.replace(/^([A-Za-z]{0,3}\d+) ?- ?([A-Za-z]{0,3}\d+)$/, '$1–$2');
}

/**
 * `year = {in press}` (APA's way, apacite and biblatex-apa read it), `year = {forthcoming}`, or a note that says only
 * `To appear`: accepted, not yet published. The fields stay as written.
 */
function statusWrittenAsYearOrNote(fields: Readonly<Record<string, string>>): PublicationStatus | undefined {
  const said = (name: string) =>
    withoutFinalDots((fields[name] ?? '').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim()).toLowerCase();
  return notYetPublished.has(said('year')) || notYetPublished.has(said('note')) ? 'accepted' : undefined;
}

/** `To appear.` → `To appear`; a loop, as a pattern anchored at the end would scan the rest from every dot. */
function withoutFinalDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ')) end--;
  return text.slice(0, end);
}

const notYetPublished = new Set(['in press', 'forthcoming', 'to appear', 'accepted', 'accepted for publication']);

/** The arXiv identifier, wherever the entry keeps it: `eprint`, al-folio's `arxiv`, `arXiv:…` in the venue, the URL. */
export function arxivOf(fields: Readonly<Record<string, string>>): string | undefined {
  const archive = `${fields.archiveprefix ?? ''} ${fields.eprinttype ?? ''}`;
  const candidates = [
    fields.eprint !== undefined && (/arxiv/i.test(archive) || /^\s*\d{4}\.\d{4,5}/.test(fields.eprint))
      ? fields.eprint
      : undefined,
    fields.arxiv,
    ...['journal', 'journaltitle', 'howpublished', 'note', 'volume', 'booktitle'].map((name) => {
      const value = fields[name];
      return value !== undefined && /arxiv[:\s]|\babs\//i.test(value)
        ? value.replace(/^.*?(?:arxiv[:\s]\s*|abs\/)/i, '')
        : undefined;
    }),
    /arxiv\.org\/(?:abs|pdf)\/([^\s?#}]+)/i.exec(fields.url ?? '')?.[1],
    /^10\.48550\/arxiv\.(.+)$/i.exec((fields.doi ?? '').trim())?.[1],
  ];
  for (const candidate of candidates) {
    const match = candidate === undefined ? undefined : arxivIdentifier.exec(decodeVerbatim(candidate));
    if (match) return match[0].replace(/\.pdf$/, '');
  }
  return undefined;
}

function doiOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const doi = decodeVerbatim(value).replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  return /^10\.\S+\/\S+$/.test(doi) ? doi : undefined;
}

/** biblatex's `date` (`2024-07-15`, `2024/2025`), else `year` (`2024`, `2024a`) and `month` (`jul`, `7`, `July`). */
function dateOf(fields: Readonly<Record<string, string>>, sources: FieldSources): string | undefined {
  const written = fields.date === undefined ? undefined : latexToUnicode(fields.date);
  const iso = written === undefined ? undefined : /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(written);
  let parts: PartialDate | undefined;
  if (iso) {
    sources.date = 'date';
    parts = checked(
      Number(iso[1]),
      iso[2] === undefined ? undefined : Number(iso[2]),
      iso[3] === undefined ? undefined : Number(iso[3]),
    );
  } else {
    // `2020a`, `2020b`: the letters Google Scholar and APA add to tell one author's papers of a year apart.
    const year = /\b(\d{4})[a-z]?\b/.exec(latexToUnicode(fields.year ?? ''))?.[1];
    if (year === undefined) return undefined;
    sources.date = 'year';
    const month = monthNumber(fields.month);
    const day = month === undefined ? undefined : /^\d{1,2}$/.exec((fields.day ?? '').trim())?.[0];
    // The day of `dec # "~24"`, where no `day` field says otherwise.
    const joinedDay = fields.day === undefined ? monthJoinDate(fields.month)?.day : undefined;
    parts = checked(Number(year), month, day === undefined ? joinedDay : Number(day));
    // A joined day that is no day of the month (`feb # "~30"`) is text around it: the month stays.
    if (joinedDay !== undefined && parts?.month === undefined) parts = checked(Number(year), month, undefined);
  }
  return parts === undefined ? undefined : formatIsoDate(parts);
}

function checked(year: number, month: number | undefined, day: number | undefined): PartialDate | undefined {
  const text = [year, month, day].filter((part) => part !== undefined).join('-');
  const parsed = parsePartialDate(text);
  if (parsed.ok) return parsed.date;
  const yearOnly = parsePartialDate(String(year));
  return yearOnly.ok ? yearOnly.date : undefined;
}

/** `jul`, `07`, `7`, `July`, `Jul.`, `{jul}`, `jul--aug`, `jul # "~24"`, `"24~" # jul` → 7. */
export function monthNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const joined = monthJoinDate(value);
  if (joined !== undefined) return joined.month;
  const written = latexToUnicode(value).toLowerCase().trim();
  const digits = /^(\d{1,2})\b/.exec(written)?.[1];
  if (digits !== undefined) {
    const month = Number(digits);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  const index = monthMacros.indexOf(written.slice(0, 3));
  return index < 0 ? undefined : index + 1;
}

/** Marks given as fields (`equal = {1,2}`, `corresponding = {Ningyu Zhang}`) added to the authors. */
function withFieldMarks(authors: Author[], fields: Readonly<Record<string, string>>): Author[] {
  // parseNameList gives each entry its own copies: without mark fields there is nothing to copy them for.
  if (fields.equal === undefined && fields.corresponding === undefined) return authors;
  const marked = authors.map((author) => ({ ...author }));
  for (const [field, mark] of [
    ['equal', 'equal'],
    ['corresponding', 'corresponding'],
  ] as const) {
    const value = fields[field];
    if (value === undefined) continue;
    for (const index of positionsIn(value, authors)) {
      const author = marked[index];
      if (author) author[mark] = true;
    }
  }
  return marked;
}

/** `1,2` / `1-3` (1-based) or author names separated by `and`, `,` or `;`. */
export function positionsIn(value: string, authors: readonly Author[]): number[] {
  const parts = latexToUnicode(value)
    .split(/\s*(?:[,;]|\band\b)\s*/i)
    .filter((part) => part !== '');
  const positions: number[] = [];
  for (const part of parts) {
    const range = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = range[2] === undefined ? from : Number(range[2]);
      for (let position = from; position <= to; position++) positions.push(position - 1);
      continue;
    }
    const wanted = venueWords(part);
    const index = authors.findIndex((author) => {
      const full = venueWords([author.given, author.family, author.literal].filter(Boolean).join(' '));
      const reversed = venueWords([author.family, author.given].filter(Boolean).join(' '));
      return full === wanted || reversed === wanted || venueWords(author.family ?? '') === wanted;
    });
    if (index >= 0) positions.push(index);
  }
  return positions;
}
