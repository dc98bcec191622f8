/** CSL-JSON (Zotero, Better BibTeX, pandoc, citation-js) read as work records: a list of items or a single item. */

import { bareArxiv, bareDoi, optional, partialDateText, textOf } from './sourceValues.js';
import type { WorkPerson, WorkRecord } from './workRecord.js';

type Json = Record<string, unknown>;

/** Whether a JSON value looks like CSL-JSON: items with a CSL `type` and a title, names or a date. */
export function isCslItem(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const item = value as Json;
  return typeof item.type === 'string' && ('title' in item || 'author' in item || 'issued' in item);
}

export function cslWork(item: Json, file: string, line: number): WorkRecord {
  const doi = bareDoi(item.DOI ?? item.doi);
  const number = textOf(item.number);
  const archive = `${textOf(item.archive) ?? ''} ${textOf(item.publisher) ?? ''} ${textOf(item['container-title']) ?? ''}`;
  const arxiv =
    (/arxiv/i.test(archive) ? (bareArxiv(number) ?? bareArxiv(textOf(item.archive_location))) : undefined) ??
    bareArxivIn(textOf(item.URL)) ??
    (doi !== undefined && /^10\.48550\//.test(doi) ? bareArxiv(doi) : undefined) ??
    bareArxivIn(textOf(item.note));
  const pmid = textOf(item.PMID) ?? /PMID:\s*(\d+)/.exec(textOf(item.note) ?? '')?.[1];
  const type = textOf(item.type) ?? 'document';
  const venue = textOf(item['container-title']) ?? (type === 'article' ? textOf(item.publisher) : undefined);
  const isPreprint = type === 'article' && (arxiv !== undefined || /preprint|arxiv|rxiv/i.test(venue ?? ''));
  const id = textOf(item.id);
  const warnings: string[] = [];
  return {
    file,
    line,
    // Better BibTeX and pandoc give the citation key; Zotero a URI or a number, which is a key all the same.
    ...optional('key', keyOf(id)),
    type,
    ...optional('title', textOf(item.title)),
    authors: peopleOf(item.author, warnings),
    ...optionalList('editors', peopleOf(item.editor, warnings)),
    ...optional('date', dateOf(item.issued, warnings)),
    ...optional('venue', venue),
    ...optional('publisher', textOf(item.publisher)),
    ...optional('volume', textOf(item.volume)),
    ...optional('issue', textOf(item.issue)),
    ...optional('pages', textOf(item.page)),
    ...optional('isbn', textOf(item.ISBN)),
    ...optional('issn', textOf(item.ISSN)),
    ...optional('url', textOf(item.URL)),
    ...optional('abstract', textOf(item.abstract)),
    ids: { ...optional('doi', doi), ...optional('arxiv', arxiv), ...optional('pmid', pmid) },
    ...(isPreprint ? { isPreprint: true } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** Zotero's item URI becomes `zotero:ITEMKEY`; a citation key stays; anything BibTeX cannot write back is dropped. */
function keyOf(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const zotero = /^https?:\/\/zotero\.org\/.*\/items\/([A-Z0-9]+)$/i.exec(id)?.[1];
  if (zotero !== undefined) return `zotero:${zotero}`;
  return /^[^\s,{}()"#%=\\]+$/.test(id) ? id : undefined;
}

function bareArxivIn(text: string | undefined): string | undefined {
  return text !== undefined && /arxiv/i.test(text)
    ? bareArxiv(text.replace(/^.*?(arxiv[:.]|abs\/|pdf\/)/i, '$1'))
    : undefined;
}

function peopleOf(value: unknown, warnings: string[]): WorkPerson[] {
  if (!Array.isArray(value)) return [];
  return (value as Json[]).flatMap((name): WorkPerson[] => {
    const family = [textOf(name['non-dropping-particle']), textOf(name.family)].filter(Boolean).join(' ');
    const given = [textOf(name.given), textOf(name['dropping-particle'])].filter(Boolean).join(' ');
    const literal = textOf(name.literal);
    if (family === '' && literal === undefined) {
      if (given === '') {
        warnings.push('a name has no family name or literal; left out');
        return [];
      }
      return [{ family: given }];
    }
    if (family === '') return [{ literal: literal as string }];
    const suffix = textOf(name.suffix);
    return [
      { family: suffix === undefined ? family : `${family} ${suffix}`, ...optional('given', given || undefined) },
    ];
  });
}

/** `{"date-parts": [[2019, 6]]}`, or `{"raw": "2019-06"}` / `{"literal": …}` as some exports write it. */
function dateOf(value: unknown, warnings: string[]): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const date = value as Json;
  const parts = Array.isArray(date['date-parts']) ? (date['date-parts'] as unknown[])[0] : undefined;
  if (Array.isArray(parts) && parts.length > 0) {
    const text = partialDateText(parts[0], parts[1], parts[2]);
    if (text === undefined) warnings.push(`the date ${JSON.stringify(parts)} is not a date; left out`);
    else if (text.split('-').length < parts.length)
      warnings.push(`the date ${JSON.stringify(parts)} is read as ${text}`);
    return text;
  }
  const written = textOf(date.raw) ?? textOf(date.literal);
  const match = written === undefined ? null : /\b(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(written);
  return match ? partialDateText(match[1], match[2], match[3]) : undefined;
}

function optionalList<K extends string, V>(name: K, value: V[]): { [P in K]?: V[] } {
  return (value.length === 0 ? {} : { [name]: value }) as { [P in K]?: V[] };
}
