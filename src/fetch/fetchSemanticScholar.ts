/** A Semantic Scholar author's papers: `/author/{id}/papers`, 100 a page, following `next` to the last page. */

import { type FetchContext, type FetchedDocument, fetchedDocument, field, query } from './fetchedDocument.js';
import { FetchError } from './httpClient.js';
import { fetchPages, getJsonList } from './pagedFetch.js';

export const semanticScholarPageSize = 100;

/** What the readers use: identity (`paperId`, `externalIds`), bibliographic fields, venue and the citation count. */
export const semanticScholarFields = [
  'paperId',
  'externalIds',
  'title',
  'authors',
  'year',
  'publicationDate',
  'venue',
  'publicationVenue',
  'journal',
  'publicationTypes',
  'citationCount',
  'url',
].join(',');

export async function fetchSemanticScholar(author: string, context: FetchContext): Promise<FetchedDocument[]> {
  const name = `s2:${author}`;
  const runaway = { base: context.bases.s2, why: 'the paging never ended' };
  return fetchPages(context, runaway, 0, async (offset, page) => {
    const url = `${context.bases.s2}/author/${author}/papers${query([
      ['fields', semanticScholarFields],
      ['offset', String(offset)],
      ['limit', String(semanticScholarPageSize)],
    ])}`;
    const key = context.keys?.s2;
    const headers: Record<string, string> = key === undefined ? {} : { 'x-api-key': key };
    const { response, answer, items } = await getJsonList(context, url, 'data', headers);
    const document = fetchedDocument(name, response, `s2-${author}-papers-${page}.json`);
    const next = field(answer, 'next');
    // No `next` on the last page; a `next` that does not move forward would loop for ever.
    if (typeof next !== 'number' || !Number.isInteger(next) || items.length === 0) return { document };
    if (next <= offset) throw new FetchError(`the next offset ${next} does not move past ${offset}`, response.url);
    return { document, next };
  });
}
