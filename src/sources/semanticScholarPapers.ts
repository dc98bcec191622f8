/** Semantic Scholar Graph API papers (an author's `/papers` page with `data[]`, a list, or one paper) read as work records. */

import { bareArxiv, bareDoi, optional, partialDateText, personFromName, textOf } from './sourceValues.js';
import type { WorkRecord } from './workRecord.js';

type Json = Record<string, unknown>;

export function semanticScholarPaper(paper: Json, file: string, line: number, today: string): WorkRecord {
  const external = (paper.externalIds ?? {}) as Json;
  const venueInfo = (paper.publicationVenue ?? {}) as Json;
  const journal = (paper.journal ?? {}) as Json;
  const types = Array.isArray(paper.publicationTypes) ? (paper.publicationTypes as string[]) : [];
  const paperId = textOf(paper.paperId);
  const arxiv = bareArxiv(textOf(external.ArXiv) === undefined ? undefined : `arxiv:${textOf(external.ArXiv)}`);
  const venue = textOf(venueInfo.name) ?? textOf(paper.venue) ?? textOf(journal.name);
  const venueType = textOf(venueInfo.type);
  const isPreprint =
    arxiv !== undefined && (venue === undefined || /arxiv/i.test(venue)) && !types.includes('Conference');
  const type =
    types.includes('Conference') || venueType === 'conference'
      ? 'paper-conference'
      : types.includes('JournalArticle') || venueType === 'journal'
        ? 'article-journal'
        : types.includes('Book')
          ? 'book'
          : isPreprint
            ? 'article'
            : 'document';
  const date =
    typeof paper.publicationDate === 'string'
      ? (() => {
          const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(paper.publicationDate as string);
          return match ? partialDateText(match[1], match[2], match[3]) : undefined;
        })()
      : partialDateText(paper.year);
  const authors = (Array.isArray(paper.authors) ? (paper.authors as Json[]) : []).flatMap((author) => {
    const name = textOf(author.name);
    return name === undefined ? [] : [personFromName(name)];
  });
  const count = paper.citationCount;
  const dblp = textOf(external.DBLP);
  return {
    file,
    line,
    ...optional('key', paperId === undefined ? undefined : `s2:${paperId}`),
    type,
    ...optional('title', textOf(paper.title)),
    authors,
    ...optional('date', date),
    ...optional('venue', venue),
    ...optional('volume', textOf(journal.volume)),
    ...optional('pages', textOf(journal.pages)?.replace(/\s+/g, '')),
    ...optional('url', textOf(paper.url)),
    ...optional('abstract', textOf(paper.abstract)),
    ids: {
      ...optional('doi', bareDoi(textOf(external.DOI))),
      ...optional('arxiv', arxiv),
      ...optional('pmid', textOf(external.PubMed)),
      ...optional('semanticScholar', paperId),
      // S2 gives DBLP's key with a `journals/…` or `conf/…` prefix, as DBLP writes it.
      ...optional('dblp', dblp?.includes('/') ? dblp : undefined),
    },
    ...(isPreprint ? { isPreprint: true } : {}),
    ...(typeof count === 'number' && Number.isInteger(count) && count >= 0
      ? { citations: { count, source: 'semanticScholar' as const, date: today } }
      : {}),
  };
}
