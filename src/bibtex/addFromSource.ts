/**
 * Another source of a publication (the same work under another key: a DBLP copy of an al-folio entry, a Scholar
 * export, a preprint of a published paper) merged into it: it adds what the publication lacks and never removes or
 * replaces a value it has; where the two differ, the publication keeps its value and the conflict is reported. The
 * one exception, a preprint's published version, takes over the citation data (promotePublishedVersion).
 */
import type { Author } from '../model/schema.js';
import { citationDataFields, inWrittenOrder, sameValue } from './mergePublication.js';
import type { MappedPublication } from './publicationFromBibtex.js';
import type { BibEntry } from './readBibEntries.js';
import { namesOnly, titleKey } from './sameWork.js';

/** A source entry as a publication keeps it (its `bibtex`, or one of its `sources`). */
export interface SourceEntry {
  key: string;
  type: string;
  fields: Record<string, string>;
  file?: string;
  bare?: string[];
}

export interface FieldConflict {
  field: string;
  /** The publication's value, which it keeps, and the other source's, as text. */
  kept: string;
  other: string;
}

export interface SourceMerge {
  data: Record<string, unknown>;
  body: string;
  /** Fields the source filled in (`body` for the notes). */
  added: string[];
  conflicts: FieldConflict[];
}

type Data = Readonly<Record<string, unknown>>;

/** Citation data another source may fill in; `arxiv` comes from a preprint too. */
const citationFields = [...citationDataFields, 'award'] as const;

/** Fields that belong to one version of a work: a preprint's are dropped when its published version leads. */
const describesTheVersion = new Set(['url', 'doi', 'volume', 'issue', 'pages', 'publisher']);

/** What a preprint brings to its published version: its identifier and links, never its venue, date or DOI. */
const preprintFields = ['arxiv'] as const;

export function sourceEntryOf(entry: BibEntry): SourceEntry {
  return {
    key: entry.key,
    type: entry.type,
    fields: entry.fields,
    // The file's name only: a profile never records folders of the machine it was imported on.
    file: entry.file.split(/[\\/]/).at(-1) ?? entry.file,
    ...(entry.bare === undefined ? {} : { bare: entry.bare }),
  };
}

/** The entry as the publication stores it: `bibtex` holds no key (the publication's `key` is it). */
export function storedBibtex(source: SourceEntry): Record<string, unknown> {
  return {
    type: source.type,
    fields: source.fields,
    ...(source.file === undefined ? {} : { file: source.file }),
    ...(source.bare === undefined ? {} : { bare: source.bare }),
  };
}

/**
 * `incoming` added to `ours` as another source. With `preprint`, the incoming entry is a preprint of the published
 * work `ours`: only its identifier, links, notes and flags are taken.
 */
export function addFromSource(
  ours: Data,
  oursBody: string,
  incoming: MappedPublication,
  source: SourceEntry,
  options: { preprint?: boolean } = {},
): SourceMerge {
  const theirs = incoming.data as unknown as Data;
  const merged: Record<string, unknown> = { ...ours };
  const added: string[] = [];
  const conflicts: FieldConflict[] = [];
  const editorsHeldAsAuthors = editorsImportedAsAuthors(ours, incoming);
  for (const field of options.preprint ? preprintFields : citationFields) {
    const value = theirs[field];
    if (value === undefined || (field === 'editors' && editorsHeldAsAuthors)) continue;
    const current = merged[field];
    // A URL the import made from the DOI or arXiv identifier gives way to one a source wrote.
    const madeUp = field === 'url' && madeUpUrl(merged);
    if (current === undefined || (madeUp && incoming.sources.url === 'url')) {
      merged[field] = value;
      added.push(field);
    } else if (field === 'date' && moreExactDate(String(current), String(value))) {
      merged[field] = value;
      added.push(field);
    } else if (!sameValue(current, value) && !(field === 'date' && moreExactDate(String(value), String(current)))) {
      if (field === 'url' && incoming.sources.url !== 'url') continue; // made from the DOI: no conflict of its own
      conflicts.push({ field, kept: asText(current), other: asText(value) });
    }
  }
  // A URL made from an identifier is made again from the best one now known: the DOI before the arXiv identifier.
  if (madeUpUrl(ours) && (merged.url === ours.url || madeUpUrl(merged)) && merged.url !== urlMadeFrom(merged)) {
    merged.url = urlMadeFrom(merged);
    added.push('url');
  }
  addPeople(merged, incoming.data.authors, added, conflicts);
  addUserFields(merged, theirs, added, { preprint: options.preprint === true });
  if (options.preprint) addPreprintLink(merged, incoming, added);
  merged.sources = [...((ours.sources as SourceEntry[] | undefined) ?? []), source];
  const body = oursBody.trim() === '' && incoming.body.trim() !== '' ? incoming.body : oursBody;
  if (body !== oursBody) added.push('body');
  return { data: inWrittenOrder(merged), body, added: unique(added), conflicts };
}

/**
 * A newer version of another source (same key as one of `sources`): a three-way merge like the primary's. A field
 * the file changed follows it, where the publication still holds the value that source gave; the rest is added.
 */
export function updateFromSource(
  ours: Data,
  oursBody: string,
  previous: MappedPublication,
  incoming: MappedPublication,
  source: SourceEntry,
  primary: MappedPublication | undefined,
): SourceMerge {
  const followed: Record<string, unknown> = { ...ours };
  const changed: string[] = [];
  const before = previous.data as unknown as Data;
  const after = incoming.data as unknown as Data;
  const fromPrimary = primary?.data as unknown as Data | undefined;
  for (const field of citationFields) {
    if (sameValue(before[field], after[field]) || !sameValue(ours[field], before[field])) continue;
    // A value the primary source gives too is the primary's: this source never changes it.
    if (fromPrimary !== undefined && sameValue(fromPrimary[field], ours[field]) && ours[field] !== undefined) continue;
    if (after[field] === undefined) delete followed[field];
    else followed[field] = after[field];
    changed.push(field);
  }
  const others = ((ours.sources as SourceEntry[] | undefined) ?? []).filter(
    (kept) => kept.key.toLowerCase() !== source.key.toLowerCase(),
  );
  const merged = addFromSource({ ...followed, sources: others }, oursBody, incoming, source);
  return { ...merged, added: unique([...changed, ...merged.added, 'sources']) };
}

/**
 * The published version of a preprint becomes the publication's primary source: its citation data takes over
 * (title, venue, type, date, DOI, status), the preprint's arXiv identifier and links stay, and so does what the user
 * set (a label, selected, order, hidden, links, marks, notes). The preprint's entry becomes another source.
 */
export function promotePublishedVersion(
  ours: Data,
  oursBody: string,
  preprintMapping: MappedPublication | undefined,
  incoming: MappedPublication,
  source: SourceEntry,
): SourceMerge {
  const theirs = incoming.data as unknown as Data;
  const merged: Record<string, unknown> = { ...ours };
  const changed: string[] = [];
  const take = (field: string, value: unknown) => {
    if (sameValue(merged[field], value)) return;
    if (value === undefined) delete merged[field];
    else merged[field] = value;
    changed.push(field);
  };
  for (const field of citationFields) {
    if (field === 'arxiv') continue;
    // The preprint's own DOI, URL and numbering (CoRR's `abs/2301.01234`) do not describe the published version;
    // its arXiv link stays in `links`.
    if (theirs[field] !== undefined || describesTheVersion.has(field)) take(field, theirs[field]);
  }
  take('status', theirs.status);
  take('category', theirs.category);
  if (merged.arxiv === undefined && theirs.arxiv !== undefined) take('arxiv', theirs.arxiv);
  // The label the preprint's entry suggested ("Preprint") follows; one the user wrote stays.
  const suggested = preprintMapping?.data.label;
  if (ours.label === undefined || ours.label === suggested || ours.label === 'Preprint') take('label', theirs.label);
  const people = namesOnly(incoming.data.authors);
  const oursPeople = (ours.authors as Author[] | undefined) ?? [];
  if (people.length > 0 && !sameNames(people, namesOnly(oursPeople))) {
    take('authors', withMarksOf(incoming.data.authors, oursPeople));
  }
  const preprintArxiv = ours.arxiv as string | undefined;
  if (preprintArxiv !== undefined) addLink(merged, { type: 'arxiv', url: `https://arxiv.org/abs/${preprintArxiv}` });
  else if (typeof ours.url === 'string' && ours.url !== merged.url) {
    // Another server's copy (ECCC, SSRN, HAL…) stays a link too.
    addLink(merged, { type: 'other', name: 'Preprint', url: ours.url });
  }
  addUserFields(merged, theirs, changed, { preprint: false });
  const primary: SourceEntry | undefined =
    ours.bibtex === undefined ? undefined : { key: String(ours.key), ...(ours.bibtex as Omit<SourceEntry, 'key'>) };
  merged.key = source.key;
  merged.bibtex = storedBibtex(source);
  merged.sources = [...(primary ? [primary] : []), ...((ours.sources as SourceEntry[] | undefined) ?? [])];
  changed.push('key', 'bibtex', 'sources');
  const body = oursBody.trim() === '' && incoming.body.trim() !== '' ? incoming.body : oursBody;
  if (body !== oursBody) changed.push('body');
  return { data: inWrittenOrder(merged), body, added: unique(changed), conflicts: [] };
}

/**
 * An edited volume imported before editors were read holds its editors as its authors: another source naming those
 * very people as its only editors says nothing new, and adding them again would list them twice.
 */
function editorsImportedAsAuthors(ours: Data, incoming: MappedPublication): boolean {
  const editors = incoming.data.editors ?? [];
  const authors = (ours.authors as Author[] | undefined) ?? [];
  return (
    ours.editors === undefined &&
    incoming.data.authors.length === 0 &&
    editors.length > 0 &&
    sameNames(namesOnly(authors), namesOnly(editors))
  );
}

/** Authors and editors fill in only when the publication has none; other names are a conflict, never a change. */
function addPeople(
  merged: Record<string, unknown>,
  authors: readonly Author[],
  added: string[],
  conflicts: FieldConflict[],
): void {
  const current = (merged.authors as Author[] | undefined) ?? [];
  if (authors.length === 0) return;
  if (current.length === 0) {
    merged.authors = [...authors];
    added.push('authors');
  } else if (!sameNames(namesOnly(current), namesOnly(authors))) {
    conflicts.push({ field: 'authors', kept: namesText(current), other: namesText(authors) });
  }
}

/**
 * What the user owns is only ever added to: a link the publication does not have, `selected` when it was never
 * set, a label when it has none. `order` and `hidden` never come from another source.
 */
function addUserFields(
  merged: Record<string, unknown>,
  theirs: Data,
  added: string[],
  options: { preprint: boolean },
): void {
  for (const link of (theirs.links as { type: string; url: string }[] | undefined) ?? []) {
    if (addLink(merged, link)) added.push('links');
  }
  if (theirs.selected === true && merged.selected === undefined) {
    merged.selected = true;
    added.push('selected');
  }
  if (!options.preprint && merged.label === undefined && theirs.label !== undefined) {
    merged.label = theirs.label;
    added.push('label');
  }
}

function addPreprintLink(merged: Record<string, unknown>, incoming: MappedPublication, added: string[]): void {
  const { arxiv, url } = incoming.data;
  const link = arxiv !== undefined ? `https://arxiv.org/abs/${arxiv}` : url;
  const entry = arxiv !== undefined ? { type: 'arxiv', url: link } : { type: 'other', name: 'Preprint', url: link };
  if (link !== undefined && addLink(merged, entry as { type: string; url: string; name?: string })) {
    added.push('links');
  }
}

/** Adds a link unless one with the same URL is there; true when added. */
function addLink(merged: Record<string, unknown>, link: { type: string; url: string; name?: string }): boolean {
  const links = (merged.links as { type: string; url: string }[] | undefined) ?? [];
  const url = link.url.replace(/\/+$/, '');
  if (links.some((existing) => existing.url.replace(/\/+$/, '') === url)) return false;
  if (link.type === 'arxiv' && links.some((existing) => existing.type === 'arxiv')) return false;
  merged.links = [...links, link];
  return true;
}

function madeUpUrl(data: Readonly<Record<string, unknown>>): boolean {
  const { url, doi, arxiv } = data;
  return (
    url !== undefined &&
    ((doi !== undefined && url === `https://doi.org/${String(doi)}`) ||
      (arxiv !== undefined && url === `https://arxiv.org/abs/${String(arxiv)}`))
  );
}

function urlMadeFrom(data: Readonly<Record<string, unknown>>): string | undefined {
  if (data.doi !== undefined) return `https://doi.org/${String(data.doi)}`;
  return data.arxiv === undefined ? undefined : `https://arxiv.org/abs/${String(data.arxiv)}`;
}

/** `2019-06` says more than `2019`: the same date, more exactly. */
function moreExactDate(current: string, other: string): boolean {
  return other.length > current.length && other.startsWith(current);
}

function sameNames(a: readonly Author[], b: readonly Author[]): boolean {
  return a.length === b.length && a.every((author, index) => nameKey(author) === nameKey(b[index] as Author));
}

function nameKey(author: Author): string {
  // Scholar writes initials for given names: the family name and the first initial tell people apart.
  const given = titleKey(author.given).slice(0, 1);
  return `${titleKey(author.family ?? author.literal)}|${given}`;
}

function withMarksOf(authors: readonly Author[], marked: readonly Author[]): Author[] {
  return authors.map((author) => {
    const same = marked.find((candidate) => nameKey(candidate) === nameKey(author));
    return {
      ...author,
      ...(same?.equal ? { equal: true } : {}),
      ...(same?.corresponding ? { corresponding: true } : {}),
    };
  });
}

function namesText(authors: readonly Author[]): string {
  return authors.map((author) => [author.given, author.family ?? author.literal].filter(Boolean).join(' ')).join(', ');
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
