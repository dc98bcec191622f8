/**
 * A publication as a BibTeX entry for readers to cite (academicpages' `bibtexurl`, Hugo Blox's `cite.bib`): the
 * entry of `export --format bib`, without author marks and without fields meant for a site or for the owner only.
 */
import { formatNameList, markSpellingOf } from '../../bibtex/bibtexNames.js';
import { type BibtexEntry, bibtexEntryOf, formatEntry } from '../../bibtex/writeBibtex.js';
import { creditedNames } from '../../model/creditedNames.js';
import type { PublicationItem } from '../../model/items.js';
import type { Author } from '../../model/schema.js';

/** al-folio's display fields (its `filtered_bibtex_keywords`), the mark fields, Zotero's local `file`, the abstract. */
const notForCiting = [
  'abbr',
  'abstract',
  'additional_info',
  'altmetric',
  'annotation',
  'award',
  'award_name',
  'bibtex_show',
  'blog',
  'code',
  'corresponding',
  'dimensions',
  'equal',
  'file',
  'google_scholar_id',
  'html',
  'inspirehep_id',
  'pdf',
  'poster',
  'preview',
  'selected',
  'slides',
  'supp',
  'video',
  'website',
];

export function citableBibtex(item: PublicationItem): string {
  const entry = bibtexEntryOf(item);
  const fields = new Map(entry.fields);
  const namesField = namesFieldOf(entry);
  const written = fields.get(namesField) ?? '';
  const hadMarks = markSpellingOf(written) !== undefined || fields.has('equal') || fields.has('corresponding');
  for (const name of notForCiting) fields.delete(name);
  // Names without marks are kept exactly as written; a `Wang*` would be cited as "Wang*".
  if (hadMarks) fields.set(namesField, formatNameList(namesIn(item, namesField), undefined));
  return formatEntry({ ...entry, fields });
}

/** The names `namesFieldOf` holds: an edited volume's editors (kept as its authors if imported before editors were read). */
export function namesIn(item: PublicationItem, namesField: 'author' | 'editor'): readonly Author[] {
  return namesField === 'editor' ? creditedNames(item.fields).names : item.fields.authors;
}

/** The field that holds the publication's authors: `editor` for a book that names editors only. */
export function namesFieldOf(entry: BibtexEntry): 'author' | 'editor' {
  return entry.fields.has('author') || !entry.fields.has('editor') ? 'author' : 'editor';
}
