/** What the paging fetchers (OpenAlex, Semantic Scholar) share: one JSON page with its list, and the pages to the end. */
import { defaultMaxPages, type FetchContext, type FetchedDocument, field, jsonAnswer } from './fetchedDocument.js';
import { FetchError, type HttpResponse } from './httpClient.js';

export interface JsonListPage {
  response: HttpResponse;
  /** The parsed answer, for the paging fields beside the list. */
  answer: unknown;
  /** The page's results. */
  items: unknown[];
}

/** GETs one JSON page and its list of results at `listField`; an answer without that list is a FetchError. */
export async function getJsonList(
  context: FetchContext,
  url: string,
  listField: string,
  headers?: Readonly<Record<string, string>>,
): Promise<JsonListPage> {
  const response = await context.http.get(url, 'application/json', headers);
  const answer = jsonAnswer(response);
  const items = field(answer, listField);
  if (!Array.isArray(items)) {
    throw new FetchError(`the answer has no "${listField}" list`, response.url, response.status);
  }
  return { response, answer, items };
}

/** What one page brought: the document to keep (none for an empty page past the end), and where the next one starts. */
export interface PageStep<Position> {
  document?: FetchedDocument | undefined;
  /** Absent on the last page. */
  next?: Position;
}

/**
 * Follows a service's paging from `first` to the last page, one request a page. More pages than `context.maxPages`
 * is runaway paging: a FetchError naming the service's `base` and `why` the pages did not end.
 */
export async function fetchPages<Position>(
  context: FetchContext,
  runaway: { base: string; why: string },
  first: Position,
  fetchPage: (position: Position, page: number) => Promise<PageStep<Position>>,
): Promise<FetchedDocument[]> {
  const documents: FetchedDocument[] = [];
  let position = first;
  for (let page = 1; ; page++) {
    if (page > (context.maxPages ?? defaultMaxPages)) {
      const pages = page - 1;
      throw new FetchError(`stopped after ${pages} ${pages === 1 ? 'page' : 'pages'}: ${runaway.why}`, runaway.base);
    }
    const step = await fetchPage(position, page);
    if (step.document !== undefined) documents.push(step.document);
    if (step.next === undefined) return documents;
    position = step.next;
  }
}
