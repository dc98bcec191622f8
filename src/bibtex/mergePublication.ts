/**
 * A publication already in the profile updated from a newer BibTeX entry. A three-way merge: the entry the
 * publication was imported from (its `bibtex`) is the base, so a field the user edited is told apart from one the
 * file changed. Citation data follows the file; what the user added (label, selected, order, hidden, links, marks,
 * notes) stays.
 */
import type { PublicationItem } from '../model/items.js';
import { formatIsoDate } from '../model/partialDate.js';
import type { Author } from '../model/schema.js';
import type { MappedPublication } from './publicationFromBibtex.js';
import { namesOnly, titleKey } from './sameWork.js';

/** The fields that name a work, written first; the authors, merged apart, follow them. */
const workFields = ['type', 'title'] as const;

/** The work's identifiers in sources other than DOI and arXiv: another source adds them, as it adds a DOI. */
export const workIdentifierFields = ['pmid', 'openalex', 'semanticScholar', 'dblp', 'orcidPutCode'] as const;

/** Where and how the work appeared: citation data after the authors. */
const publishedFields = [
  'editors',
  'date',
  'venue',
  'publisher',
  'volume',
  'issue',
  'pages',
  'edition',
  'isbn',
  'issn',
  'doi',
  'arxiv',
  ...workIdentifierFields,
  'url',
] as const;

/** Citation data, in written order; another source may fill it in too (addFromSource). */
export const citationDataFields = [...workFields, ...publishedFields] as const;

/** Fields the file owns: on a conflict the file's value wins. */
const citationFields = [...citationDataFields, 'bibtex'] as const;

/** Fields the import only suggests: on a conflict the user's value wins. */
const suggestedFields = ['label', 'status', 'category', 'selected', 'links', 'award'] as const;

/** The stored fields of an item in the form they are written (dates as text). */
export function itemData(item: PublicationItem): Record<string, unknown> {
  const { date, ...rest } = item.fields;
  return { ...rest, ...(date === undefined ? {} : { date: formatIsoDate(date) }) };
}

/** A publication being planned: its front matter in written form and its notes. */
export interface MergeTarget {
  data: Readonly<Record<string, unknown>>;
  body: string;
}

/**
 * `incoming` merged into `item`. `base` is the mapping of the entry the item was imported from, or undefined for a
 * publication written by hand (then the file fills what the item lacks and changes nothing the user wrote).
 */
export function mergePublication(
  item: PublicationItem | MergeTarget,
  incoming: MappedPublication,
  base: MappedPublication | undefined,
): { data: Record<string, unknown>; body: string } {
  const ours = 'kind' in item ? itemData(item) : { ...item.data };
  // A profile imported before editors were read holds an edited volume's editors as its authors. When the file
  // changes the editors, they are read as editors, as a new import reads them; otherwise the profile stays as it is.
  const baseEditors = base?.data.editors;
  if (
    base !== undefined &&
    base.data.authors.length === 0 &&
    baseEditors !== undefined &&
    ours.editors === undefined &&
    !sameValue(incoming.data.editors, baseEditors)
  ) {
    ours.editors = ours.authors;
    ours.authors = [];
  }
  const oursAuthors = (ours.authors as Author[] | undefined) ?? [];
  const theirs = incoming.data as unknown as Record<string, unknown>;
  const original = base?.data as unknown as Record<string, unknown> | undefined;
  const merged: Record<string, unknown> = { ...ours };

  const set = (field: string, value: unknown) => {
    if (value === undefined) delete merged[field];
    else merged[field] = value;
  };
  for (const field of citationFields) {
    if (original === undefined)
      set(field, sameWords(theirs[field], ours[field]) ? ours[field] : (theirs[field] ?? ours[field]));
    else if (sameValue(theirs[field], original[field])) set(field, ours[field]);
    else set(field, theirs[field]);
  }
  for (const field of suggestedFields) {
    if (original === undefined) set(field, ours[field] ?? theirs[field]);
    else if (sameValue(ours[field], original[field])) set(field, theirs[field]);
    else set(field, ours[field]);
  }
  // A link the import made from a DOI or arXiv identifier never replaces a URL the profile has.
  if (incoming.sources.url !== 'url' && ours.url !== undefined) set('url', ours.url);
  set('authors', mergeAuthors(oursAuthors, incoming.data.authors, base?.data.authors));

  const baseBody = base?.body;
  const body = base === undefined ? item.body || incoming.body : item.body === baseBody ? incoming.body : item.body;
  return { data: inWrittenOrder(merged), body };
}

/** Google Scholar lower-cases titles and drops accents: such a copy does not replace the text the user wrote. */
function sameWords(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && titleKey(a) === titleKey(b);
}

/** Names as the file (or the user) has them; the marks the user set are kept unless they were the file's own. */
function mergeAuthors(
  ours: readonly Author[],
  theirs: readonly Author[],
  base: readonly Author[] | undefined,
): Author[] {
  const oursNames = namesOnly(ours);
  const names =
    base === undefined
      ? namesOnly(theirs)
      : sameValue(namesOnly(theirs), namesOnly(base))
        ? oursNames
        : namesOnly(theirs);
  const marksFollowFile =
    base !== undefined
      ? sameValue(marksOf(ours), marksOf(base))
      : !ours.some((author) => author.equal || author.corresponding);
  const source = marksFollowFile ? theirs : ours;
  // By position when the names line up; else by name, each author used once (two people may share a name).
  const aligned = sameValue(namesOnly(source), names);
  const unused = aligned ? [] : source.map((author) => ({ author, key: nameKey(author) }));
  return respelled(names, oursNames).map((name, index) => {
    let marked: Author | undefined;
    if (aligned) marked = source[index];
    else {
      const key = nameKey(name);
      const at = unused.findIndex((candidate) => candidate.key === key);
      marked = at < 0 ? undefined : unused.splice(at, 1)[0]?.author;
    }
    return {
      ...name,
      ...(marked?.equal ? { equal: true } : {}),
      ...(marked?.corresponding ? { corresponding: true } : {}),
    };
  });
}

/**
 * A file that spells a name differently only in case, accents or dots (Scholar drops the dot of an initial)
 * does not replace the spelling stored.
 */
function respelled(names: Author[], stored: Author[]): Author[] {
  if (sameValue(names, stored)) return names;
  const byKey = new Map<string, Author>();
  for (const name of stored) if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), name);
  return names.map((name) => byKey.get(nameKey(name)) ?? name);
}

function marksOf(authors: readonly Author[]): string[] {
  return authors
    .filter((author) => author.equal || author.corresponding)
    .map((author) => `${nameKey(author)}|${author.equal ? 'e' : ''}${author.corresponding ? 'c' : ''}`)
    .sort();
}

function nameKey(author: Author): string {
  return titleKey([author.family, author.given, author.literal].filter(Boolean).join(' '));
}

const writtenOrder: readonly string[] = [
  'key',
  ...workFields,
  'authors',
  ...publishedFields,
  'label',
  'status',
  'category',
  'selected',
  'hidden',
  'order',
  'links',
  'award',
  'citations',
  'citedBy',
  'bibtex',
];

const writtenRank = new Map(writtenOrder.map((field, index) => [field, index]));

/** Front matter in the order publications are written: citation data first, the kept BibTeX entry last. */
export function inWrittenOrder(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // Walks the fields the data has, not every known one: asking a publication for the twenty fields it lacks cost
  // more than the rest of ordering it (an import orders thousands).
  const known: (string | undefined)[] = [];
  const others: string[] = [];
  for (const field of Object.keys(data)) {
    if (data[field] === undefined) continue;
    const rank = writtenRank.get(field);
    if (rank === undefined) others.push(field);
    else known[rank] = field;
  }
  const ordered: Record<string, unknown> = {};
  for (const field of known) if (field !== undefined) ordered[field] = data[field];
  for (const field of others) if (!(field in ordered)) ordered[field] = data[field];
  return ordered;
}

/** Deep equality of plain data, ignoring key order and keys whose value is undefined. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
  }
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  const keysA = Object.keys(recordA).filter((key) => recordA[key] !== undefined);
  const keysB = Object.keys(recordB).filter((key) => recordB[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => sameValue(recordA[key], recordB[key]));
}
