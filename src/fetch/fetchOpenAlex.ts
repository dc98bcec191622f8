/** An OpenAlex author's works: `/works?filter=author.id:…`, 200 a page, cursor paging (`cursor=*`) to the last page. */

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

export const openAlexPageSize = 200;

export async function fetchOpenAlex(author: string, context: FetchContext): Promise<FetchedDocument[]> {
  const name = `openalex:${author}`;
  const documents: FetchedDocument[] = [];
  const seen = new Set<string>();
  let cursor = '*';
  for (let page = 1; ; page++) {
    if (page > (context.maxPages ?? defaultMaxPages)) {
      throw new FetchError(`stopped after ${page - 1} pages: the cursor never ended`, context.bases.openalex);
    }
    seen.add(cursor);
    const url = `${context.bases.openalex}/works${query([
      ['filter', `author.id:${author}`],
      ['per-page', String(openAlexPageSize)],
      ['cursor', cursor],
      ['mailto', context.contact],
      ['api_key', context.keys?.openalex],
    ])}`;
    const response = await context.http.get(url, 'application/json');
    const answer = jsonAnswer(response);
    const results = field(answer, 'results');
    if (!Array.isArray(results))
      throw new FetchError('the answer has no "results" list', response.url, response.status);
    // The last page has no next cursor; past the end OpenAlex answers an empty page, which is not kept.
    if (results.length > 0 || page === 1)
      documents.push(fetchedDocument(name, response, `openalex-${author}-works-${page}.json`));
    const next = field(answer, 'meta', 'next_cursor');
    if (typeof next !== 'string' || next === '' || results.length === 0) return documents;
    if (seen.has(next)) throw new FetchError('the next cursor repeats an earlier one', response.url, response.status);
    cursor = next;
  }
}
