/** Crossref REST API works (`message` a work, or `message.items` a list) read as work records. */

import { bareArxiv, bareDoi, bareOrcid, optional, partialDateText, textOf } from './sourceValues.js';
import type { WorkPerson, WorkRecord } from './workRecord.js';

type Json = Record<string, unknown>;

const cslTypeOfCrossrefType: Readonly<Record<string, string>> = {
  'journal-article': 'article-journal',
  'proceedings-article': 'paper-conference',
  'book-chapter': 'chapter',
  'book-section': 'chapter',
  'book-part': 'chapter',
  book: 'book',
  monograph: 'book',
  'edited-book': 'book',
  'reference-book': 'book',
  dissertation: 'thesis',
  report: 'report',
  'report-component': 'report',
  dataset: 'dataset',
  'posted-content': 'article',
  standard: 'standard',
};

/** The works of a response: `message.items`, or `message` itself. */
export function crossrefItems(document: Json): Json[] {
  const message = (document.message ?? {}) as Json;
  return Array.isArray(message.items) ? (message.items as Json[]) : [message];
}

export function crossrefWork(work: Json, file: string, line: number, today: string): WorkRecord {
  const doi = bareDoi(textOf(work.DOI));
  const crossrefType = textOf(work.type) ?? '';
  const isPreprint = crossrefType === 'posted-content' && textOf(work.subtype) !== 'other';
  const first = (name: string) =>
    Array.isArray(work[name]) ? textOf((work[name] as unknown[])[0]) : textOf(work[name]);
  const title = first('title');
  const subtitle = first('subtitle');
  const date =
    dateOf(work['published-print']) ??
    dateOf(work['published-online']) ??
    dateOf(work.published) ??
    dateOf(work.issued);
  const count = work['is-referenced-by-count'];
  return {
    file,
    line,
    ...optional('key', doi === undefined ? undefined : `doi:${doi}`),
    type: cslTypeOfCrossrefType[crossrefType] ?? 'document',
    ...optional('title', title === undefined ? undefined : subtitle === undefined ? title : `${title}: ${subtitle}`),
    authors: peopleOf(work.author),
    ...(Array.isArray(work.editor) ? { editors: peopleOf(work.editor) } : {}),
    ...optional('date', date),
    ...optional('venue', first('container-title') ?? (isPreprint ? first('institution') : undefined)),
    ...optional('publisher', textOf(work.publisher)),
    ...optional('volume', textOf(work.volume)),
    ...optional('issue', textOf(work.issue)),
    ...optional('pages', textOf(work.page) ?? textOf(work['article-number'])),
    ...optional('isbn', first('ISBN')),
    ...optional('issn', first('ISSN')),
    ...optional(
      'abstract',
      textOf(work.abstract)
        ?.replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
    ids: {
      ...optional('doi', doi),
      ...optional('arxiv', doi !== undefined && /^10\.48550\//.test(doi) ? bareArxiv(doi) : undefined),
    },
    ...(isPreprint ? { isPreprint: true } : {}),
    ...(typeof count === 'number' && Number.isInteger(count) && count >= 0
      ? { citations: { count, source: 'crossref' as const, date: indexedDate(work) ?? today } }
      : {}),
  };
}

function peopleOf(value: unknown): WorkPerson[] {
  if (!Array.isArray(value)) return [];
  return (value as Json[]).flatMap((person): WorkPerson[] => {
    const family = textOf(person.family);
    const given = textOf(person.given);
    const name = textOf(person.name);
    const orcid = bareOrcid(person.ORCID);
    if (family === undefined && name === undefined) return [];
    return [
      {
        ...(family === undefined ? { literal: name as string } : { family, ...optional('given', given) }),
        ...optional('orcid', orcid),
      },
    ];
  });
}

function dateOf(value: unknown): string | undefined {
  const parts = ((value as Json | undefined)?.['date-parts'] as unknown[][] | undefined)?.[0];
  return Array.isArray(parts) ? partialDateText(parts[0], parts[1], parts[2]) : undefined;
}

function indexedDate(work: Json): string | undefined {
  const stamp = (work.indexed as Json | undefined)?.['date-time'];
  return typeof stamp === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(stamp)?.[0] : undefined;
}
