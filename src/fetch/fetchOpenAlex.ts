/** An OpenAlex author's works: `/works?filter=author.id:…`, 200 a page, cursor paging (`cursor=*`) to the last page. */

import { type FetchContext, type FetchedDocument, fetchedDocument, field, query } from './fetchedDocument.js';
import { FetchError } from './httpClient.js';
import { fetchPages, getJsonList } from './pagedFetch.js';

export const openAlexPageSize = 200;

export async function fetchOpenAlex(author: string, context: FetchContext): Promise<FetchedDocument[]> {
  const name = `openalex:${author}`;
  const seen = new Set<string>();
  const runaway = { base: context.bases.openalex, why: 'the cursor never ended' };
  return fetchPages(context, runaway, '*', async (cursor, page) => {
    seen.add(cursor);
    const url = `${context.bases.openalex}/works${query([
      ['filter', `author.id:${author}`],
      ['per-page', String(openAlexPageSize)],
      ['cursor', cursor],
      ['mailto', context.contact],
      ['api_key', context.keys?.openalex],
    ])}`;
    const { response, answer, items } = await getJsonList(context, url, 'results');
    // The last page has no next cursor; past the end OpenAlex answers an empty page, which is not kept.
    const kept = items.length > 0 || page === 1;
    const document = kept ? fetchedDocument(name, response, `openalex-${author}-works-${page}.json`) : undefined;
    const next = field(answer, 'meta', 'next_cursor');
    if (typeof next !== 'string' || next === '' || items.length === 0) return { document };
    if (seen.has(next)) throw new FetchError('the next cursor repeats an earlier one', response.url, response.status);
    return { document, next };
  });
}
