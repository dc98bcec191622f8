/**
 * `export --format bib`: every publication as a BibTeX entry. An imported one is written back from its kept entry
 * (same key, every field, the same mark spelling); only fields the user changed in the profile are re-encoded.
 */
import { ProfileError } from '../errors.js';
import type { Profile, PublicationItem } from '../model/items.js';
import { bibtexLinkFields } from '../model/linkSafety.js';
import { formatIsoDate } from '../model/partialDate.js';
import { cslType } from '../model/publicationCsl.js';
import type { Author, PublicationFields } from '../model/schema.js';
import { defaultMarkSpelling, formatNameList, markSpellingOf, parseNameList } from './bibtexNames.js';
import { sameValue } from './mergePublication.js';
import { monthJoinDate, monthJoinParts, monthMacros } from './monthJoin.js';
import { entryTypeReadAs, type FieldSources, publicationFromBibtex } from './publicationFromBibtex.js';
import { bracesBalance, encodeVerbatim, unicodeToLatex } from './unicodeToLatex.js';

export interface BibtexExportOptions {
  /** Leave hidden publications out. */
  visible?: boolean;
}

export interface BibtexEntry {
  type: string;
  key: string;
  fields: Map<string, string>;
  /** Fields read as a bare word that is no macro (al-folio's `selected=True`): written back bare, as they were. */
  bare?: ReadonlySet<string>;
}

// Identifiers and link targets are written as they are: no LaTeX escapes inside them.
/** The other sources' identifiers and the BibTeX fields that keep them (as `profile import` writes them). */
const identifierFields: readonly ['pmid' | 'openalex' | 'semanticScholar' | 'dblp' | 'orcidPutCode', string][] = [
  ['pmid', 'pmid'],
  ['openalex', 'openalex'],
  ['semanticScholar', 's2id'],
  ['dblp', 'dblp'],
  ['orcidPutCode', 'orcidputcode'],
];

const verbatimFields = new Set([
  ...bibtexLinkFields,
  'doi',
  'eprint',
  'file',
  'arxiv',
  'urldate',
  'pmid',
  'openalex',
  's2id',
  'dblp',
  'orcidputcode',
]);
const unwritableKey = /[\s,{}()"#%=\\\p{Cc}]/u;
// What BibTeX reads as a macro name: written back bare only when it still is one.
const bareWord = /^[A-Za-z][A-Za-z0-9_:.+-]*$/;

const bibtexTypeOfCslType: Readonly<Record<string, string>> = {
  'paper-conference': 'inproceedings',
  'article-journal': 'article',
  article: 'article',
  chapter: 'incollection',
  book: 'book',
  thesis: 'phdthesis',
  report: 'techreport',
  manuscript: 'unpublished',
  patent: 'patent',
};

/** The publications as one BibTeX file, newest first, then by key; the same profile always gives the same bytes. */
export function renderBibtex(profile: Profile, options: BibtexExportOptions = {}): string {
  const items = profile.publications
    .filter((item) => !options.visible || item.fields.hidden !== true)
    .sort(newestFirst);
  return items.map((item) => formatEntry(bibtexEntryOf(item))).join('\n');
}

function newestFirst(a: PublicationItem, b: PublicationItem): number {
  const dateA = a.fields.date ? formatIsoDate(a.fields.date) : '';
  const dateB = b.fields.date ? formatIsoDate(b.fields.date) : '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return a.fields.key < b.fields.key ? -1 : a.fields.key > b.fields.key ? 1 : 0;
}

export function bibtexEntryOf(item: PublicationItem): BibtexEntry {
  const f = item.fields;
  if (unwritableKey.test(f.key)) {
    throw new ProfileError(`the citation key ${JSON.stringify(f.key)} cannot be written as BibTeX`, {
      file: item.file,
      hint: 'use letters, digits and : - _ / . in the key',
    });
  }
  if (f.bibtex) return patchedEntry(item, f.bibtex);
  return newEntry(f);
}

/**
 * Authors as an import before comma-separated lists were read stored them (`Song, Chen, Zeng` as one garbled name):
 * what the file says, not a change of the user's, so the field is kept as written.
 */
function readBeforeCommaLists(authors: PublicationFields['authors'], written: string | undefined): boolean {
  return written !== undefined && sameValue(authors, parseNameList(written, { commaLists: false }));
}

/** The kept entry, with the fields the user changed in the profile written anew. */
function patchedEntry(item: PublicationItem, bibtex: NonNullable<PublicationFields['bibtex']>): BibtexEntry {
  const f = item.fields;
  const { data: derived, sources } = publicationFromBibtex({ type: bibtex.type, key: f.key, fields: bibtex.fields });
  const fields = new Map(Object.entries(bibtex.fields));
  let type = bibtex.type;
  // What a profile imported before a reading existed holds is no change: the type `document` of a type no style
  // defines (`@articlebold`, now read by its fields), no date for a year with a letter (`2020a`).
  const typeReadByFields = entryTypeReadAs(bibtex.type, bibtex.fields) !== bibtex.type;
  if (f.type !== undefined && f.type !== derived.type && !(typeReadByFields && f.type === 'document')) {
    type = bibtexTypeOfCslType[f.type] ?? 'misc';
  }

  if (f.title !== derived.title) fields.set('title', unicodeToLatex(f.title, { protectCase: true }));
  // An entry naming editors only keeps its marks on them. A profile imported before such editors were read as
  // editors holds them as its authors, with no editors: they are the editors as then, written back to `editor`.
  // Names read before lists separated by commas were read (`Song, Chen, Zeng`) are no change either.
  const editorsOnly = derived.authors.length === 0 && derived.editors !== undefined;
  const editorsAsAuthors = editorsOnly && f.editors === undefined && f.authors.length > 0;
  const authors = editorsAsAuthors ? [] : f.authors;
  const editors = editorsAsAuthors ? f.authors : (f.editors ?? []);
  if (!sameValue(authors, derived.authors) && !readBeforeCommaLists(authors, bibtex.fields.author))
    writeAuthors(fields, authors, 'author');
  if (!sameValue(editors, derived.editors ?? []) && !readBeforeCommaLists(editors, bibtex.fields.editor)) {
    if (editorsOnly && editors.length > 0) writeAuthors(fields, editors, 'editor');
    else setOrDelete(fields, 'editor', editors.length > 0 ? formatNameList(editors, undefined) : undefined);
  }
  const date = f.date === undefined ? undefined : formatIsoDate(f.date);
  const yearWithLetter = /^\{?\d{4}[a-z]\}?$/.test((bibtex.fields.year ?? '').trim());
  if (date !== derived.date && !(date === undefined && yearWithLetter)) writeDate(fields, f, sources);
  const textFields: [keyof PublicationFields & keyof typeof derived, string][] = [
    ['venue', sources.venue ?? venueFieldOf(type)],
    ['publisher', sources.publisher ?? 'publisher'],
    ['volume', 'volume'],
    ['issue', sources.issue ?? 'number'],
    ['pages', 'pages'],
    ['edition', 'edition'],
    ['isbn', 'isbn'],
    ['issn', 'issn'],
  ];
  for (const [name, field] of textFields) {
    const value = f[name] as string | undefined;
    // A value that is the field as written (`\aap`, kept as the venue before the AAS macros were read) is no change.
    if (value !== derived[name] && value !== fields.get(field)) {
      setOrDelete(fields, field, value === undefined ? undefined : unicodeToLatex(value));
    }
  }
  if (f.doi !== derived.doi) setOrDelete(fields, 'doi', f.doi === undefined ? undefined : encodeVerbatim(f.doi));
  if (f.url !== derived.url) setOrDelete(fields, 'url', f.url === undefined ? undefined : encodeVerbatim(f.url));
  if (f.arxiv !== derived.arxiv) writeArxiv(fields, f.arxiv);
  for (const [name, field] of identifierFields) {
    const value = f[name];
    if (value !== derived[name]) setOrDelete(fields, field, value === undefined ? undefined : encodeVerbatim(value));
  }
  if (fields.has('selected') && (f.selected ?? false) !== (derived.selected ?? false)) {
    // `selected=True` stays in its spelling: `False`.
    const capital = /^[A-Z]/.test(fields.get('selected') ?? '');
    fields.set('selected', f.selected ? (capital ? 'True' : 'true') : capital ? 'False' : 'false');
  }
  // Bare as read; a value the profile changed is written anew, braced (but `selected`, which keeps its form).
  const bare = new Set(
    (bibtex.bare ?? []).filter((name) => name === 'selected' || fields.get(name) === bibtex.fields[name]),
  );
  return { type, key: f.key, fields, ...(bare.size > 0 ? { bare } : {}) };
}

function newEntry(f: PublicationFields): BibtexEntry {
  const csl = cslType(f);
  const type = f.status === 'preprint' && f.venue === undefined ? 'misc' : (bibtexTypeOfCslType[csl] ?? 'misc');
  const fields = new Map<string, string>();
  const hasMarks = f.authors.some((author) => author.equal || author.corresponding);
  const editors = f.editors ?? [];
  // An edited volume names its editors only; a work naming nobody still gets an `author` field to fill in.
  if (f.authors.length > 0 || editors.length === 0) {
    fields.set('author', formatNameList(f.authors, hasMarks ? defaultMarkSpelling : undefined));
  }
  if (editors.length > 0) fields.set('editor', formatNameList(editors, undefined));
  fields.set('title', unicodeToLatex(f.title, { protectCase: true }));
  if (f.venue !== undefined) fields.set(venueFieldOf(type), unicodeToLatex(f.venue));
  writeDate(fields, f, {});
  const publisherField = type === 'phdthesis' ? 'school' : type === 'techreport' ? 'institution' : 'publisher';
  const plain: [string | undefined, string][] = [
    [f.publisher, publisherField],
    [f.volume, 'volume'],
    [f.issue, 'number'],
    [f.pages, 'pages'],
    [f.edition, 'edition'],
    [f.isbn, 'isbn'],
    [f.issn, 'issn'],
  ];
  for (const [value, field] of plain) if (value !== undefined) fields.set(field, unicodeToLatex(value));
  if (f.doi !== undefined) fields.set('doi', encodeVerbatim(f.doi));
  if (f.url !== undefined) fields.set('url', encodeVerbatim(f.url));
  if (f.arxiv !== undefined) writeArxiv(fields, f.arxiv);
  for (const [name, field] of identifierFields) {
    const value = f[name];
    if (value !== undefined) fields.set(field, encodeVerbatim(value));
  }
  return { type, key: f.key, fields };
}

function venueFieldOf(type: string): string {
  if (['inproceedings', 'conference', 'incollection', 'inbook'].includes(type)) return 'booktitle';
  if (['misc', 'online', 'unpublished'].includes(type)) return 'howpublished';
  return 'journal';
}

/** Authors with their marks, in the spelling the entry already uses: inline (`*`, `\#`, `†`) or as fields. */
function writeAuthors(fields: Map<string, string>, authors: readonly Author[], field: 'author' | 'editor'): void {
  const written = fields.get(field) ?? '';
  const marksAsFields = fields.has('equal') || fields.has('corresponding');
  const inline = markSpellingOf(written);
  const hasMarks = authors.some((author) => author.equal || author.corresponding);
  const spelling = inline ?? (hasMarks && !marksAsFields ? defaultMarkSpelling : undefined);
  fields.set(field, formatNameList(authors, spelling));
  if (!marksAsFields || inline !== undefined) return;
  for (const mark of ['equal', 'corresponding'] as const) {
    const before = fields.get(mark) ?? '';
    const byName = before !== '' && !/^[\d\s,;–-]+$/.test(before);
    const marked = authors.flatMap((author, index) =>
      author[mark]
        ? [byName ? [author.given, author.family ?? author.literal].filter(Boolean).join(' ') : String(index + 1)]
        : [],
    );
    setOrDelete(
      fields,
      mark,
      marked.length === 0 ? undefined : marked.map((part) => unicodeToLatex(part)).join(byName ? ' and ' : ','),
    );
  }
}

function writeDate(fields: Map<string, string>, f: PublicationFields, sources: FieldSources): void {
  const date = f.date;
  if (sources.date === 'date' || (fields.has('date') && !fields.has('year'))) {
    setOrDelete(fields, 'date', date === undefined ? undefined : formatIsoDate(date));
    if (fields.has('year')) setOrDelete(fields, 'year', date === undefined ? undefined : String(date.year));
    return;
  }
  setOrDelete(fields, 'year', date === undefined ? undefined : String(date.year));
  // A join (`dec # "~24"`) that still says the month and day stays as written: only the year changed.
  const joined = fields.has('day') ? undefined : monthJoinDate(fields.get('month'));
  if (joined !== undefined && joined.month === date?.month && joined.day === date.day) return;
  setOrDelete(fields, 'month', date?.month === undefined ? undefined : monthMacros[date.month - 1]);
  setOrDelete(fields, 'day', date?.day === undefined ? undefined : String(date.day));
}

function writeArxiv(fields: Map<string, string>, arxiv: string | undefined): void {
  if (fields.has('arxiv') && !fields.has('eprint')) {
    setOrDelete(fields, 'arxiv', arxiv);
    return;
  }
  setOrDelete(fields, 'eprint', arxiv);
  if (arxiv === undefined) return;
  if (!fields.has('archiveprefix') && !fields.has('eprinttype')) fields.set('archiveprefix', 'arXiv');
}

function setOrDelete(fields: Map<string, string>, name: string, value: string | undefined): void {
  if (value === undefined) fields.delete(name);
  else fields.set(name, value);
}

export function formatEntry(entry: BibtexEntry): string {
  const lines = [...entry.fields].map(
    ([name, value]) =>
      `  ${name} = ${entry.bare?.has(name) && bareWord.test(value) ? value : formatValue(name, value)}`,
  );
  return `@${entry.type}{${entry.key},\n${lines.join(',\n')}\n}\n`;
}

/**
 * `{value}`, or a bare month macro, or a month join as it was written (`dec # "~24"`); the braces always balance, so
 * no value can end the entry early.
 */
export function formatValue(name: string, value: string): string {
  if (name === 'month' && (monthMacros.includes(value) || monthJoinParts(value) !== undefined)) return value;
  let text = value.replace(/\n(?=[ \t]*@)/g, ' ');
  if (!bracesBalance(text)) {
    text = verbatimFields.has(name)
      ? encodeVerbatim(text)
      : text.replace(/[{}]/g, (brace) => (brace === '{' ? '\\textbraceleft{}' : '\\textbraceright{}'));
  }
  // A final backslash would escape the closing brace for citation-js.
  if (/(?:^|[^\\])(?:\\\\)*\\$/.test(text)) text += ' ';
  return `{${text}}`;
}
