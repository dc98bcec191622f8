/** A publication as a CSL-JSON item; fields CSL has no place for go under `custom`. */
import { citationCount } from './citationCount.js';
import type { PublicationItem } from './items.js';
import type { Author, PublicationFields } from './schema.js';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

const typeOfCategory: Record<NonNullable<PublicationFields['category']>, string> = {
  conference: 'paper-conference',
  workshop: 'paper-conference',
  journal: 'article-journal',
  preprint: 'article',
  book: 'book',
  chapter: 'chapter',
  thesis: 'thesis',
  report: 'report',
  other: 'document',
};

export function cslType(fields: PublicationFields): string {
  return fields.type ?? (fields.category ? typeOfCategory[fields.category] : 'article');
}

export function cslName(author: Author): CslName {
  if (author.literal !== undefined) return { literal: author.literal };
  return { family: author.family ?? '', ...(author.given ? { given: author.given } : {}) };
}

function indicesWhere(authors: readonly Author[], test: (author: Author) => boolean): number[] {
  return authors.flatMap((author, index) => (test(author) ? [index] : []));
}

export function publicationToCsl(item: PublicationItem): Record<string, unknown> {
  const f = item.fields;
  const dateParts = f.date && [
    f.date.year,
    ...(f.date.month ? [f.date.month] : []),
    ...(f.date.month && f.date.day ? [f.date.day] : []),
  ];
  const csl: Record<string, unknown> = {
    id: f.key,
    'citation-key': f.key,
    type: cslType(f),
    title: f.title,
    // An edited volume has editors and no `author`: a style then writes it as one (APA's `Name (Ed.).`).
    ...(f.authors.length > 0 || !f.editors?.length ? { author: f.authors.map(cslName) } : {}),
    ...(f.editors ? { editor: f.editors.map(cslName) } : {}),
    ...(dateParts ? { issued: { 'date-parts': [dateParts] } } : {}),
    ...(f.venue ? { 'container-title': f.venue } : {}),
    ...(f.publisher ? { publisher: f.publisher } : {}),
    ...(f.volume ? { volume: f.volume } : {}),
    ...(f.issue ? { issue: f.issue } : {}),
    ...(f.pages ? { page: f.pages } : {}),
    ...(f.edition ? { edition: f.edition } : {}),
    ...(f.isbn ? { ISBN: f.isbn } : {}),
    ...(f.issn ? { ISSN: f.issn } : {}),
    ...(f.doi ? { DOI: f.doi } : {}),
    ...(f.url ? { URL: f.url } : {}),
    ...(f.pmid ? { PMID: f.pmid } : {}),
    ...(item.body ? { abstract: item.body } : {}),
  };
  const equal = indicesWhere(f.authors, (author) => author.equal === true);
  const corresponding = indicesWhere(f.authors, (author) => author.corresponding === true);
  csl.custom = {
    id: item.id,
    ...(f.label !== undefined ? { label: f.label } : {}),
    status: f.status ?? 'published',
    ...(f.category !== undefined ? { category: f.category } : {}),
    selected: f.selected ?? false,
    hidden: f.hidden ?? false,
    ...(f.order !== undefined ? { order: f.order } : {}),
    ...(f.arxiv !== undefined ? { arxiv: f.arxiv } : {}),
    ...(f.award !== undefined ? { award: f.award } : {}),
    ...(citationCount(f) !== undefined ? { citations: citationCount(f) } : {}),
    ...(f.citedBy !== undefined ? { citedBy: f.citedBy } : {}),
    ...(f.openalex !== undefined ? { openalex: f.openalex } : {}),
    ...(f.semanticScholar !== undefined ? { semanticScholar: f.semanticScholar } : {}),
    ...(f.dblp !== undefined ? { dblp: f.dblp } : {}),
    ...(f.orcidPutCode !== undefined ? { orcidPutCode: f.orcidPutCode } : {}),
    ...(equal.length ? { equalContribution: equal } : {}),
    ...(corresponding.length ? { corresponding } : {}),
    ...(f.links ? { links: f.links } : {}),
    ...(f.bibtex ? { bibtex: f.bibtex } : {}),
  };
  return csl;
}
