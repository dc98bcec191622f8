/** A Semantic Scholar author's papers: `/author/{id}/papers`, 100 a page, following `next` to the last page. */

import {
  defaultMaxPages,
  type FetchContext,
  type FetchedDocument,
  fetchedDocument,
  field,
  jsonAnswer,
  query,
} from './fetchedDocument.js';
import { FetchError } from './httpClient.js';

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
  const documents: FetchedDocument[] = [];
  let offset = 0;
  for (let page = 1; ; page++) {
    if (page > (context.maxPages ?? defaultMaxPages)) {
      throw new FetchError(`stopped after ${page - 1} pages: the paging never ended`, context.bases.s2);
    }
    const url = `${context.bases.s2}/author/${author}/papers${query([
      ['fields', semanticScholarFields],
      ['offset', String(offset)],
      ['limit', String(semanticScholarPageSize)],
    ])}`;
    const key = context.keys?.s2;
    const response = await context.http.get(url, 'application/json', key === undefined ? {} : { 'x-api-key': key });
    const answer = jsonAnswer(response);
    const data = field(answer, 'data');
    if (!Array.isArray(data)) throw new FetchError('the answer has no "data" list', response.url, response.status);
    documents.push(fetchedDocument(name, response, `s2-${author}-papers-${page}.json`));
    const next = field(answer, 'next');
    // No `next` on the last page; a `next` that does not move forward would loop for ever.
    if (typeof next !== 'number' || !Number.isInteger(next) || data.length === 0) return documents;
    if (next <= offset) throw new FetchError(`the next offset ${next} does not move past ${offset}`, response.url);
    offset = next;
  }
}
