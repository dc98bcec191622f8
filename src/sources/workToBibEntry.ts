/**
 * A work read from any source written as the BibTeX entry a publication keeps: `profile import` then merges it by
 * the same no-loss rules as `import-bib`, and `export --format bib` writes it back. Identifiers BibTeX has no
 * standard field for are kept in fields of their own (`pmid`, `openalex`, `s2id`, `dblp`, `orcidputcode`).
 */
import { formatNameList } from '../bibtex/bibtexNames.js';
import type { BibEntry, SourceFacts } from '../bibtex/readBibEntries.js';
import { encodeVerbatim, unicodeToLatex } from '../bibtex/unicodeToLatex.js';
import type { Author } from '../model/schema.js';
import type { WorkPerson, WorkRecord } from './workRecord.js';

const bibtexTypeOfCslType: Readonly<Record<string, string>> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  'paper-conference': 'inproceedings',
  book: 'book',
  chapter: 'incollection',
  thesis: 'phdthesis',
  report: 'techreport',
  manuscript: 'unpublished',
  webpage: 'online',
  dataset: 'dataset',
  software: 'software',
  patent: 'patent',
};

/** Where each entry type keeps its venue. */
const venueFieldOfType: Readonly<Record<string, string>> = {
  article: 'journal',
  inproceedings: 'booktitle',
  incollection: 'booktitle',
  techreport: 'institution',
  phdthesis: 'school',
};

/** BibTeX field of each identifier that has no standard one. */
export const identifierFields = {
  pmid: 'pmid',
  openalex: 'openalex',
  semanticScholar: 's2id',
  dblp: 'dblp',
  orcidPutCode: 'orcidputcode',
} as const;

const identifiersWithFields = Object.keys(identifierFields) as (keyof typeof identifierFields)[];

/**
 * Text already encoded, by what it was: co-authors, venues and publishers repeat across the thousands of works of
 * one download, and each is encoded once. Give one to every call of an import (`entriesOf`); a call without one
 * encodes everything afresh.
 */
export type EncodedText = Map<string, string>;

export function workToBibEntry(work: WorkRecord, key: string, encoded: EncodedText = new Map()): BibEntry {
  const type = work.isPreprint ? 'misc' : (bibtexTypeOfCslType[work.type] ?? 'misc');
  const fields: Record<string, string> = {};
  const put = (name: string, value: string | undefined, encode: (text: string) => string = plain) => {
    if (value !== undefined && value !== '') fields[name] = encode(value);
  };
  const repeated = (text: string) => {
    let value = encoded.get(`t\u0000${text}`);
    if (value === undefined) {
      value = plain(text);
      encoded.set(`t\u0000${text}`, value);
    }
    return value;
  };
  const named = work.authors.filter(hasName);
  if (named.length > 0) fields.author = nameList(named, encoded);
  const editors = (work.editors ?? []).filter(hasName);
  if (editors.length > 0) fields.editor = nameList(editors, encoded);
  put('title', work.title, protectedText);
  const venueField =
    type === 'misc' || type === 'online' || type === 'dataset' || type === 'software'
      ? 'howpublished'
      : (venueFieldOfType[type] ?? (type === 'book' ? 'series' : 'howpublished'));
  put(venueField, work.venue ?? (work.isPreprint && work.ids.arxiv === undefined ? 'Preprint' : undefined), repeated);
  if (type !== 'techreport' && type !== 'phdthesis') put('publisher', work.publisher, repeated);
  const [year, month, day] = (work.date ?? '').split('-');
  put('year', year);
  put('month', month === undefined ? undefined : String(Number(month)));
  put('day', day === undefined ? undefined : String(Number(day)));
  put('volume', work.volume);
  put('number', work.issue);
  // BibTeX's range dash is `--`: written after encoding, which would keep a literal `--` as two hyphens.
  put('pages', work.pages, (pages) => unicodeToLatex(pages.replace(/\s*[-–—]+\s*/, '-')).replace('-', '--'));
  put('isbn', work.isbn);
  put('issn', work.issn);
  put('doi', work.ids.doi, encodeVerbatim);
  if (work.ids.arxiv !== undefined) {
    put('eprint', work.ids.arxiv, encodeVerbatim);
    fields.archiveprefix = 'arXiv';
  }
  for (const name of identifiersWithFields) put(identifierFields[name], work.ids[name], encodeVerbatim);
  put('url', work.url, encodeVerbatim);
  const corresponding = named.flatMap((person, index) => (person.corresponding ? [String(index + 1)] : []));
  if (corresponding.length > 0) fields.corresponding = corresponding.join(',');
  put('abstract', work.abstract);
  const source: SourceFacts = {
    madeKey: true,
    // The owner may be among the editors of an edited volume, as import-bib's check of the names counts them.
    people: [...named, ...editors].map((person) => ({
      ...(person.orcid === undefined ? {} : { orcid: person.orcid }),
      ...(person.dblp === undefined ? {} : { dblp: person.dblp }),
    })),
    ...(work.listedBy === undefined ? {} : { listedBy: work.listedBy }),
    ...(work.citations === undefined ? {} : { citations: work.citations }),
  };
  return {
    file: work.file,
    line: work.line,
    type,
    key,
    fields,
    ...(work.warnings === undefined || work.warnings.length === 0 ? {} : { warnings: work.warnings }),
    source,
  };
}

// Printable ASCII with nothing TeX reads specially: `unicodeToLatex` would return it unchanged (an abstract of
// thousands of works is mostly this, and a re-import encodes every one of them again). A single `-` or `'` is plain,
// a doubled one is not: tested as one character class and two searches, which is faster on a long abstract than a
// pattern that looks ahead at every character.
const plainCharacters = /^[ !"'-[\]a-z|]*$/;

function needsNoEncoding(text: string): boolean {
  return plainCharacters.test(text) && !text.includes('--') && !text.includes("''");
}

/** A text field's value as BibTeX: `unicodeToLatex`, skipped for text it would return unchanged. */
export function plain(text: string): string {
  return needsNoEncoding(text) ? text : unicodeToLatex(text);
}

/** A title: words with a capital after their first letter braced (`{WISE}`), as unicodeToLatex protects them. */
function protectedText(text: string): string {
  const plainWords =
    needsNoEncoding(text) && text.split(/\s+/).every((word) => /^[^A-Za-z]*[A-Za-z][^A-Z]*$|^[^A-Za-z]*$/.test(word));
  return plainWords ? text : unicodeToLatex(text, { protectCase: true });
}

/**
 * `Family, Given and …` as formatNameList writes names without marks (it writes each name on its own and joins them):
 * each person's name is encoded once per import, and plain ASCII names skip the encoder.
 */
function nameList(people: readonly WorkPerson[], encoded: EncodedText): string {
  let list = '';
  for (const person of people) {
    const known = `n\u0000${person.family ?? '\u0001'}\u0000${person.given ?? '\u0001'}\u0000${person.literal ?? '\u0001'}`;
    let name = encoded.get(known);
    if (name === undefined) {
      name = personName(person);
      encoded.set(known, name);
    }
    list = list === '' ? name : `${list} and ${name}`;
  }
  return list;
}

function personName(person: WorkPerson): string {
  const author = asAuthor(person);
  if (![author.family, author.given, author.literal].every((part) => part === undefined || needsNoEncoding(part))) {
    return formatNameList([author], undefined);
  }
  const braced = (text: string) => (/,|(?<!\s)\s+and\s+/i.test(text) ? `{${text}}` : text);
  if (author.literal !== undefined) return author.literal === 'others' ? 'others' : `{${author.literal}}`;
  const family = braced(author.family ?? '');
  return author.given ? `${family}, ${braced(author.given)}` : family;
}

function hasName(person: WorkPerson): boolean {
  return Boolean(person.family?.trim() || person.literal?.trim());
}

function asAuthor(person: WorkPerson): Author {
  if (person.literal !== undefined && person.family === undefined) return { literal: person.literal };
  return {
    family: person.family ?? '',
    ...(person.given === undefined || person.given === '' ? {} : { given: person.given }),
  };
}
